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
 *
 * Transfers: the plain-country rules took a country beside any verb ("Vi behandler bestillinger fra kunder
 * i USA", "Vi lagrer varer på lager i Kina", "Payments transferred to the USA") and de "in die USA" bare
 * ("Wir liefern auch in die USA"). A data noun (data, Daten, gegevens, opplysninger, uppgifter, données,
 * datos, dati, dane, dados) must stand before or after the verb; a server in the country still counts.
 *
 * Breach notices: "Wir informieren Sie über Sicherheitsvorfälle in Ihrer Region" and "Wij informeren u over
 * datalekken bij andere bedrijven" are news on a topic, not a promise: in the "we inform ... breach" order
 * the breach may not follow "über/over" bare ("über eine Datenpanne" still reads). es, it, pt read the
 * present "notificamos/notifichiamo" as well as the future, as de, en, nl do.
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

describe('a country beside goods, orders or payments is no transfer of data', () => {
  test.each<[Lang, string]>([
    ['de', 'Wir liefern auch in die USA.'],
    ['de', 'Der Versand in die USA dauert etwa zehn Tage.'],
    ['de', 'Reisen in die USA buchen Sie bequem über unser Portal.'],
    ['de', 'Unsere Produkte werden in die USA exportiert.'],
    ['de', 'Wir verarbeiten Bestellungen von Kunden in den USA gemäß den dortigen Gesetzen.'],
    ['nb', 'Vi behandler bestillinger fra kunder i USA på samme måte som andre.'],
    ['nb', 'Vi lagrer varer på lager i Kina før de sendes til deg.'],
    ['sv', 'Vi behandlar beställningar till kunder i USA.'],
    ['sv', 'Vi lagrar produkter i vårt lager i Kina.'],
    ['da', 'Vi behandler ordrer fra kunder i USA.'],
    ['da', 'Vi opbevarer varer på vores lager i Kina.'],
    ['nl', 'Onze bestellingen worden verwerkt en verzonden naar de VS binnen drie dagen.'],
    ['fr', 'Nous hébergeons des événements aux USA chaque année.'],
    ['fr', 'Nous traitons aussi les commandes expédiées aux USA.'],
    ['it', 'I prodotti trattati in Italia sono esportati negli USA.'],
    ['pl', 'Przetwarzamy zamówienia wysyłane do USA.'],
    ['es', 'Los pedidos tratados en nuestra tienda se envían a EE.UU.'],
    ['pt', 'As encomendas tratadas na loja são enviadas para os EUA.'],
    ['en', 'Payments transferred to the USA take three days.'],
  ])('%s: %s', (lang, text) => {
    expect(flagUnder(text, lang, 'international')[0]).toBe(false);
  });

  test.each<[Lang, string]>([
    ['en', 'We may be transferring your personal data to service providers in the USA.'],
    ['de', 'Ihre personenbezogenen Daten können in die USA übermittelt werden.'],
    ['de', 'Ihre Daten werden auf Servern in den USA gespeichert.'],
    ['nl', 'Uw persoonsgegevens worden opgeslagen op servers in de VS.'],
    ['nb', 'Vi behandler personopplysninger i USA.'],
    ['sv', 'Dina personuppgifter lagras i USA.'],
    ['da', 'Vi opbevarer dine oplysninger i USA.'],
    ['fr', 'Vos données sont hébergées aux USA.'],
    ['es', 'Sus datos se almacenan en EE.UU.'],
    ['it', 'I tuoi dati sono conservati negli USA.'],
    ['pl', 'Twoje dane są przechowywane w USA.'],
    ['pt', 'Os seus dados são armazenados nos EUA.'],
  ])('data kept or moved there still reads, %s: %s', (lang, text) => {
    expect(flagUnder(text, lang, 'international')[0]).toBe(true);
  });
});

describe('breach notices', () => {
  test.each<[Lang, string]>([
    ['de', 'Wir informieren Sie über Sicherheitsvorfälle in Ihrer Region, etwa Unwetterwarnungen.'],
    ['nl', 'Wij informeren u over datalekken bij andere bedrijven via onze nieuwsbrief.'],
  ])('news about breaches elsewhere is no promise, %s: %s', (lang, text) => {
    expect(flagUnder(text, lang, 'security')[0]).toBe(false);
  });

  test.each<[Lang, string]>([
    ['de', 'Wir informieren Sie unverzüglich über eine Datenpanne, die Ihre Daten betrifft.'],
    ['nl', 'Wij informeren u direct over een datalek dat uw gegevens raakt.'],
    ['es', 'En caso de una brecha de seguridad, notificamos a la AEPD en un plazo de 72 horas.'],
    ['pt', 'Em caso de violação de dados, notificamos a CNPD no prazo de 72 horas.'],
    ['it', 'In caso di violazione dei dati, notifichiamo il Garante entro 72 ore.'],
  ])('a promise to notify a breach reads, %s: %s', (lang, text) => {
    expect(flagUnder(text, lang, 'security')[0]).toBe(true);
  });
});
