/**
 * What makes a sentence a safeguard statement (session 13's real-page audit): the operator protecting data,
 * with measures or against harms. Security named as something else raised the flag where the model filed the
 * sentence under security:
 * - as a purpose of processing: en "the data is used to optimize the website and to ensure the security of
 *   our information technology systems" (log files), "for security purposes";
 * - in a legal-basis line: fr "Intérêt légitime : sécurité, prévention des abus, statistiques techniques";
 * - as the level of protection that allows a transfer: sv "Privacy Shield vilket innebär att skyddsnivån för
 *   dina personuppgifter är tillräckligt hög för att godkänna en överföring", en "Such transfers rely on
 *   appropriate safeguards ..., including standard contractual clauses".
 * These are masked for the security topic, eleven languages; a measure in the same sentence still reads.
 * Missed: pt "Quando armazenamos dados, protegemos dentro de meios comercialmente aceitáveis para evitar
 * perdas e roubos": protecting (data) against or to prevent loss, theft, unauthorised access, and the
 * template's "commercially acceptable means", eleven languages.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

const security = (text: string, lang: Lang) => flagBoth(text, lang, 'security', 'security');

describe('security as a purpose, a legal basis or a transfer level is no safeguard', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'In addition, the data is used to optimize the website and to ensure the security of our information technology systems.',
    ],
    ['fr', 'Intérêt légitime : sécurité, prévention des abus, statistiques techniques.'],
    [
      'sv',
      'Båda företagen har anslutit sig till det så kallade Privacy Shield vilket innebär att skyddsnivån för dina personuppgifter är tillräckligt hög för att godkänna en överföring av dem till tredje land (utanför EU/EES).',
    ],
    [
      'en',
      "Such transfers rely on appropriate safeguards required by the GDPR, including standard contractual clauses or the provider's participation in the EU-U.S. Data Privacy Framework.",
    ],
    ['en', 'We keep log files for security purposes.'],
    ['en', 'Legitimate interest: security and fraud prevention.'],
    [
      'de',
      'Zudem dienen uns die Daten zur Optimierung der Website und zur Sicherstellung der Sicherheit unserer informationstechnischen Systeme.',
    ],
    ['de', 'Berechtigtes Interesse: Sicherheit und Missbrauchsvermeidung.'],
    [
      'nl',
      'De gegevens worden gebruikt om de website te verbeteren en voor de beveiliging van onze systemen.',
    ],
    ['nl', 'Wij bewaren logbestanden om veiligheidsredenen.'],
    ['nb', 'Loggdata lagres av sikkerhetshensyn.'],
    [
      'nb',
      'Overføringen er lovlig fordi beskyttelsesnivået for dine opplysninger er godkjent av EU-kommisjonen.',
    ],
    ['sv', 'Loggfiler sparas av säkerhetsskäl.'],
    ['da', 'Logfiler gemmes af sikkerhedshensyn.'],
    ['da', 'Overførslen sker til et land med et passende beskyttelsesniveau.'],
    ['fr', 'Les journaux sont conservés à des fins de sécurité.'],
    [
      'fr',
      'Ces données sont utilisées pour optimiser le site et pour assurer la sécurité de nos systèmes informatiques.',
    ],
    ['es', 'Interés legítimo: seguridad y prevención del fraude.'],
    ['es', 'Conservamos los registros por motivos de seguridad.'],
    ['it', 'Interesse legittimo: sicurezza e prevenzione degli abusi.'],
    ['it', 'I log sono conservati per motivi di sicurezza.'],
    ['pl', 'Logi przechowujemy ze względów bezpieczeństwa.'],
    ['pl', 'Przekazanie danych do państw trzecich odbywa się z zastosowaniem odpowiednich zabezpieczeń.'],
    ['pt', 'Interesse legítimo: segurança e prevenção de fraudes.'],
    ['pt', 'Os registos são conservados por motivos de segurança.'],
  ])('%s: %s', (lang, text) => {
    expect(security(text, lang)).toEqual([false, false]);
  });
});

describe('a measure beside such words still reads', () => {
  test.each<[Lang, string]>([
    ['en', 'Technical and organisational measures are used to ensure the security of our systems.'],
    ['en', 'For security reasons, this site uses SSL encryption.'],
    ['de', 'Aus Sicherheitsgründen nutzt diese Seite eine SSL-Verschlüsselung.'],
    ['fr', 'Pour des raisons de sécurité, vos données sont chiffrées.'],
    ['sv', 'Vi skyddar dina uppgifter med kryptering när de överförs till tredje land.'],
    ['pl', 'Stosujemy odpowiednie środki bezpieczeństwa, a dane nie są przekazywane do państw trzecich.'],
  ])('%s: %s', (lang, text) => {
    expect(security(text, lang)[1]).toBe(true);
  });
});

describe('protecting data against loss, theft or unauthorised access is a safeguard', () => {
  test.each<[Lang, string]>([
    [
      'pt',
      'Quando armazenamos dados, protegemos dentro de meios comercialmente aceitáveis para evitar perdas e roubos, bem como acesso, divulgação, cópia, uso ou modificação não autorizados.',
    ],
    ['en', 'We protect your data within commercially acceptable means.'],
    ['en', 'We safeguard stored data to prevent loss and theft.'],
    ['de', 'Wir schützen Ihre Daten vor Verlust und Diebstahl.'],
    ['nl', 'Wij beschermen uw gegevens tegen verlies en diefstal.'],
    ['nb', 'Vi beskytter opplysningene dine mot tap og tyveri.'],
    ['sv', 'Vi skyddar dina uppgifter mot förlust och stöld.'],
    ['da', 'Vi beskytter dine oplysninger mod tab og tyveri.'],
    ['fr', 'Nous protégeons vos données contre la perte et le vol.'],
    ['es', 'Protegemos sus datos para evitar pérdidas y robos.'],
    ['it', 'Proteggiamo i tuoi dati contro la perdita e il furto.'],
    ['pl', 'Chronimy Twoje dane przed utratą i kradzieżą.'],
    ['pt', 'Protegemos os seus dados contra perdas e roubos.'],
  ])('%s: %s', (lang, text) => {
    expect(security(text, lang)).toEqual([true, true]);
  });

  test.each<[Lang, string]>([
    ['en', 'We protect you against fraud by checking orders.'],
    ['pt', 'Protegemos os nossos clientes contra fraudes.'],
    ['de', 'Wir schützen unsere Marke vor Nachahmung.'],
  ])('protecting against other harms says nothing on its own, %s: %s', (lang, text) => {
    expect(security(text, lang)[0]).toBe(false);
  });
});
