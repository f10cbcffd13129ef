/**
 * The security masks of session 21 narrowed after review (fixr21b): security rules on servers (règles de sécurité,
 * normas de seguridad, regras de segurança) and access control at the company's own offices or premises are
 * security; safety instructions, access control at a gym's door and a document held as security are not.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

const SECURITY: readonly [Lang, string][] = [
  ['en', 'To protect your data we use access control at the entrance of our offices.'],
  ['en', 'Our offices are protected by access control and video surveillance.'],
  ['de', 'Zum Schutz Ihrer Daten setzen wir Zugriffskontrollen am Eingang unserer Büros ein.'],
  ['de', 'Unsere Büros sind durch Zugriffskontrollen und Videoüberwachung geschützt.'],
  ['nl', 'Onze kantoren zijn beveiligd met toegangscontrole en camerabewaking.'],
  ['nb', 'Som sikkerhetstiltak krypterer vi opplysningene dine.'],
  ['sv', 'Som säkerhetsåtgärd krypterar vi dina uppgifter.'],
  ['da', 'Vores kontorer er beskyttet med adgangskontrol og videoovervågning.'],
  ['fr', "Nos locaux sont protégés par un contrôle d'accès et une surveillance vidéo."],
  ['es', 'Nuestras instalaciones cuentan con control de acceso y videovigilancia.'],
  ['it', 'I nostri uffici sono protetti da controllo degli accessi e videosorveglianza.'],
  ['pl', 'Nasze biura są chronione kontrolą dostępu i monitoringiem wizyjnym.'],
  ['pt', 'As nossas instalações têm controlo de acesso e videovigilância.'],
];

/** Security rules name no measure of their own: read where the model is sure the sentence is about security. */
const RULES_WHEN_SURE: readonly [Lang, string][] = [
  ['fr', 'Nous appliquons des règles de sécurité strictes à nos serveurs.'],
  ['es', 'Aplicamos estrictas normas de seguridad en nuestros servidores.'],
  ['it', 'Applichiamo rigide norme di sicurezza ai nostri server.'],
  ['pt', 'Aplicamos regras de segurança rigorosas em todos os nossos servidores.'],
];

const NOT_SECURITY: readonly [Lang, string][] = [
  ['en', 'Access control at the door of our gyms works with your membership card.'],
  ['de', 'Bitte hinterlegen Sie Ihren Ausweis als Sicherheit an der Rezeption.'],
  ['nl', 'Lees de veiligheidsinstructies voordat je de step gebruikt.'],
  ['fr', "Merci de lire les consignes de sécurité avant d'utiliser la trottinette."],
  ['es', 'Lee las instrucciones de seguridad antes de usar el patinete.'],
  ['it', 'Leggi le istruzioni di sicurezza prima di usare il monopattino.'],
  ['pl', 'Przeczytaj instrukcję bezpieczeństwa przed jazdą hulajnogą.'],
];

describe("security rules on servers and access control at the company's offices are security", () => {
  it.each(SECURITY)('%s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([true, true]);
  });
});

describe('security rules on servers are no safety instructions', () => {
  it.each(RULES_WHEN_SURE)('%s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')[1]).toBe(true);
  });
});

describe("safety instructions, a gym's door and a deposit set no security flag", () => {
  it.each(NOT_SECURITY)('%s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([false, false]);
  });
});
