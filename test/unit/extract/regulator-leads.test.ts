/**
 * The data protection authority counts as a recipient only where the word leading to it governs its name
 * (review11 finding 3): "to the relevant supervisory authority", "an die zuständige Aufsichtsbehörde", "à la
 * CNIL", with only determiners, adjectives or other listed parties between. The "to" of another party
 * ("to third countries ... of the supervisory authority"), a genitive or agent word ("der", "fra", "av",
 * "da", "pela"), a rule or register between the verb and the name ("gemäß", "conformément", "zgodnie z",
 * "faite à", "registered with") and a bare "with" that no verb of passing data on takes ("registered with
 * the ICO") leave it none. "ICO" counts only as "the ICO" in English, and not as a coin offering.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('an authority named by a rule, a genitive or an agent is none', () => {
  test.each<[Lang, string]>([
    ['de', 'Wir übermitteln Daten an Drittländer gemäß den Vorgaben der Aufsichtsbehörde.'],
    [
      'nl',
      'Wij geven gegevens door aan derde landen in overeenstemming met de richtlijnen van de Autoriteit Persoonsgegevens.',
    ],
    ['nb', 'Vi overfører opplysninger til tredjeland i samsvar med retningslinjene fra Datatilsynet.'],
    [
      'sv',
      'Vi överför uppgifter till tredjeland i enlighet med vägledningen från Integritetsskyddsmyndigheten.',
    ],
    ['da', 'Vi overfører oplysninger til tredjelande i overensstemmelse med vejledningen fra Datatilsynet.'],
    ['fr', 'Nous transférons des données vers des pays tiers conformément aux recommandations de la CNIL.'],
    ['es', 'Transferimos datos a terceros países de acuerdo con las directrices de la autoridad de control.'],
    ['it', "Trasferiamo i dati verso paesi terzi in conformità alle linee guida dell'autorità di controllo."],
    [
      'pt',
      'Transferimos dados para países terceiros de acordo com as orientações da autoridade de controlo.',
    ],
    ['pl', 'Przekazujemy dane do państw trzecich zgodnie z wytycznymi organu nadzorczego.'],
    ['pl', 'Przekazujemy dane do państw trzecich na podstawie decyzji Prezesa UODO.'],
    ['nb', 'Vi overfører opplysninger til land som Datatilsynet har godkjent.'],
    [
      'es',
      'Cedemos sus datos a terceros de acuerdo con la autorización concedida a la autoridad de control.',
    ],
    ['pt', 'Transferimos dados para países reconhecidos pela CNPD.'],
    ['en', 'We transfer data to countries that the supervisory authority has approved.'],
    ['en', "We transfer your data to the supervisory authority's servers."],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('authorities');
  });

  test.each<[Lang, string, string]>([
    [
      'en',
      "We are registered with the Information Commissioner's Office and share data with our processors.",
      'service-providers',
    ],
    ['nb', 'Vi deler opplysninger med leverandører som er godkjent av Datatilsynet.', 'service-providers'],
    [
      'nl',
      'Wij delen uw gegevens met partners die bij de Autoriteit Persoonsgegevens zijn geregistreerd.',
      'business-partners',
    ],
    [
      'da',
      'Vi videregiver oplysninger til databehandlere i overensstemmelse med vejledning fra Datatilsynet.',
      'service-providers',
    ],
    [
      'fr',
      'Nous communiquons vos données à nos sous-traitants, conformément à la déclaration faite à la CNIL.',
      'service-providers',
    ],
    ['pt', 'Compartilhamos seus dados com parceiros conforme a regulamentação da ANPD.', 'business-partners'],
    ['en', 'We share data with partners as the supervisory authority requires.', 'business-partners'],
    ['pl', 'Przekazujemy dane dostawcom usług, zgodnie z zaleceniami Prezesa UODO.', 'service-providers'],
    [
      'en',
      'If you take part in our ICO, we share your wallet address with the ICO smart contract auditors.',
      'service-providers',
    ],
  ])('the real recipient stays, the authority is none (%s: %s)', (lang, text, kind) => {
    const found = recipientsOf(text, lang);
    expect(found).toContain(kind);
    expect(found).not.toContain('authorities');
  });
});

describe('an authority the lead governs is a recipient', () => {
  test.each<[Lang, string]>([
    ['en', 'We may disclose your information to the ICO.'],
    ['en', 'We may share your data with the ICO.'],
    ['en', 'We disclose data to our processors and to the supervisory authority.'],
    ['en', 'We disclose data to our processors and the relevant supervisory authority.'],
    ['de', 'Wir geben Ihre Daten an Gerichte, Behörden und die Aufsichtsbehörde weiter.'],
    ['nl', 'Wij delen uw gegevens met de bevoegde toezichthouder.'],
    ['nb', 'Vi deler opplysninger med Datatilsynet.'],
    ['sv', 'Vi delar uppgifter med Integritetsskyddsmyndigheten.'],
    ['da', 'Vi deler oplysninger med Datatilsynet.'],
    ['fr', 'Nous partageons vos données avec la CNIL.'],
    ['es', 'Compartimos sus datos con la autoridad de control.'],
    ['it', "Condividiamo i dati con l'autorità di controllo."],
    ['pl', 'Przekazujemy dane do właściwego organu nadzorczego.'],
    ['pl', 'Przekazujemy dane Prezesowi UODO.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });
});

describe('turning to the authority with a gerund is no disclosure', () => {
  test.each<[Lang, string]>([
    [
      'es',
      'Si considera que hemos comunicado sus datos indebidamente, puede reclamar dirigiéndose a la autoridad de control.',
    ],
    [
      'es',
      'Si considera que hemos comunicado sus datos indebidamente, puede actuar acudiendo a la autoridad de control.',
    ],
    [
      'pt',
      'Se considerar que partilhámos os seus dados ilicitamente, pode reclamar dirigindo-se à autoridade de controlo.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('authorities');
  });
});
