/**
 * Regressions review13 found in session 13's flag look-alikes (fix13f), narrowed.
 *
 * Security: the public-security masks took "bezpieczeństwo Państwa danych" (pl, the formal "your data"),
 * "segurança interna dos nossos sistemas" (pt) and "sicurezza nazionale e internazionale dei dati" (it), so
 * a security section lost its only security word. The pl mask takes "państwa" only without a data noun
 * after it and "wewnętrzne" only of the state; pt drops "interna"; it stops before "dei dati".
 *
 * Changes: the "you can change your settings" masks of es, it, pt took the company's "La Empresa puede
 * realizar cambios en su Política" ("puede/può/pode" is also the third person, "su/sua" also "its"), so a
 * real change clause lost its change word. The informal second person keeps its possessive; the formal
 * "puede/può/pode" needs a settings noun (configuración, perfil, impostazioni, definições ...).
 *
 * Adapting a policy: "adjust/adapt our policy" took any policy ("our policy on refunds", "notre politique
 * tarifaire", "politykę zwrotów"), de "Datenschutz-Schulungen anzupassen" and nl "privacyinstellingen aan te
 * passen" any Datenschutz or privacy word. "this policy" / "la présente politique" / "niniejszej polityki"
 * stay; "our/notre/nuestra/la nostra/naszą" need a privacy qualifier ("privacy policy", "de
 * confidentialité", "de privacidad", "sulla privacy", "prywatności"), or "this policy" ends the clause; de and
 * nl need the document's noun (Datenschutzerklärung, -hinweis, privacybeleid, privacyverklaring).
 */
import { describe, expect, test } from 'vitest';
import type { FlagTopic } from '../../../src/core/extract/flags';
import { extractPractices } from '../../../src/core/extract/index';
import type { Lang } from '../../../src/core/vocabulary';
import { segments, silentScores, sureScores } from './helpers';

/** Whether one paragraph under a heading sets the flag: on lexical cues alone, and with the model sure of it. */
function flagUnder(text: string, lang: Lang, flag: FlagTopic, heading = ''): [boolean, boolean] {
  const segs = segments([{ text, heading }]);
  return [
    extractPractices(segs, silentScores(1), lang)[flag].found,
    extractPractices(segs, sureScores(1, flag === 'international' ? 'audiences' : flag), lang)[flag].found,
  ];
}

describe('security of your data is no state security', () => {
  test.each<[Lang, string, string]>([
    ['pl', 'Bezpieczeństwo danych', 'Dbamy o bezpieczeństwo Państwa danych osobowych.'],
    ['pl', 'Bezpieczeństwo', 'Dokładamy wszelkich starań, aby zapewnić bezpieczeństwo Państwa danych.'],
    ['pl', 'Jak chronimy dane', 'Zapewniamy bezpieczeństwo Państwa danych osobowych i poufność informacji.'],
    ['pl', 'Bezpieczeństwo danych', 'Zapewniamy bezpieczeństwo wewnętrznych systemów informatycznych.'],
    ['pt', 'Segurança', 'Garantimos a segurança interna dos nossos sistemas.'],
    ['it', 'Sicurezza', 'Garantiamo la sicurezza nazionale e internazionale dei dati.'],
  ])('%s, under "%s": %s', (lang, heading, text) => {
    expect(flagUnder(text, lang, 'security', heading)[1]).toBe(true);
  });

  test.each<[Lang, string]>([
    ['pl', 'Informujemy organy odpowiedzialne za bezpieczeństwo państwa, gdy wymaga tego prawo.'],
    ['pl', 'Dane przekazujemy służbom odpowiedzialnym za bezpieczeństwo wewnętrzne państwa.'],
    ['pt', 'Partilhamos dados com as autoridades de segurança pública quando exigido por lei.'],
    ['it', 'Comunicheremo i dati alle autorità di sicurezza nazionale se richiesto dalla legge.'],
  ])("the state's security still says nothing, %s: %s", (lang, text) => {
    expect(flagUnder(text, lang, 'security')).toEqual([false, false]);
  });
});

describe('the company changing its policy is a policy change', () => {
  test.each<[Lang, string]>([
    ['es', 'La Empresa puede realizar cambios en su Política de Privacidad en cualquier momento.'],
    ['es', 'El titular puede hacer modificaciones en su política de privacidad sin previo aviso.'],
    ['pt', 'A empresa pode fazer alterações na sua política de privacidade a qualquer momento.'],
    ['pt', 'A Empresa poderá efetuar atualizações à sua Política de Privacidade.'],
    ['it', 'Il Titolare può apportare modifiche alla sua informativa privacy in qualsiasi momento.'],
    ['it', 'La Società potrà effettuare aggiornamenti alla sua informativa sulla privacy.'],
  ])('%s: %s', (lang, text) => {
    expect(flagUnder(text, lang, 'changes')[0]).toBe(true);
  });

  test.each<[Lang, string]>([
    [
      'es',
      'Puede realizar cambios en su perfil en cualquier momento; consulte nuestra política de privacidad.',
    ],
    ['es', 'Puedes hacer cambios en tus preferencias según nuestra política de cookies.'],
    [
      'it',
      'Può apportare modifiche alle sue impostazioni come descritto nella presente informativa privacy.',
    ],
    ['it', 'Puoi apportare modifiche al tuo profilo in qualsiasi momento, come spiega questa informativa.'],
    ['pt', 'Pode fazer alterações ao seu perfil a qualquer momento, como explica esta política.'],
  ])('the reader changing their own settings still says nothing, %s: %s', (lang, text) => {
    expect(flagUnder(text, lang, 'changes')[0]).toBe(false);
  });
});

describe('adapting a policy that is not the privacy policy is no policy change', () => {
  test.each<[Lang, string]>([
    ['en', 'We may adjust our policy on refunds at any time.'],
    ['en', 'We alter our notice to customers when a product is recalled.'],
    ['de', 'Wir behalten uns vor, unsere Datenschutz-Schulungen anzupassen.'],
    ['nl', 'Om je privacyinstellingen aan te passen, ga naar Instellingen.'],
    ['sv', 'Vi kan justera vår policy för returer.'],
    ['da', 'Vi kan justere vores politik for returnering.'],
    ['fr', 'Nous pouvons adapter notre politique tarifaire.'],
    ['es', 'Podemos ajustar nuestra política de devoluciones.'],
    ['it', 'Possiamo adeguare la nostra politica dei prezzi.'],
    ['pt', 'Podemos ajustar a nossa política de devoluções.'],
    ['pl', 'Możemy dostosować naszą politykę zwrotów.'],
    ['pl', 'Dostosowujemy politykę cenową do rynku.'],
  ])('%s: %s', (lang, text) => {
    expect(flagUnder(text, lang, 'changes')[0]).toBe(false);
  });

  test.each<[Lang, string]>([
    ['en', 'We may adjust our privacy policy from time to time.'],
    ['en', 'We reserve the right to adapt this policy.'],
    ['de', 'Wir behalten uns vor, die Datenschutzhinweise jederzeit anzupassen.'],
    ['nl', 'Wij behouden ons het recht voor deze privacy policy bij te werken.'],
    ['sv', 'Vi kan justera denna policy vid behov.'],
    ['da', 'Vi kan tilpasse denne politik efter behov.'],
    ['fr', 'Nous pouvons adapter notre politique de confidentialité.'],
    ['fr', 'Nous pouvons adapter cette politique.'],
    ['es', 'Podemos ajustar nuestra política de privacidad.'],
    ['es', 'Podemos ajustar esta política.'],
    ['it', 'Possiamo adeguare la nostra politica sulla privacy.'],
    ['pt', 'Podemos ajustar a nossa política de privacidade.'],
    ['pl', 'Możemy dostosować naszą politykę prywatności.'],
    ['pl', 'Możemy dostosować tę politykę.'],
  ])('the privacy policy adapted still reads, %s: %s', (lang, text) => {
    expect(flagUnder(text, lang, 'changes')[0]).toBe(true);
  });
});
