/**
 * "Authorities" invented (audit13 pl-2, it-2). (1) Security measures "required by law" ("środków ochrony ...
 * wymaganych przez przepisy prawa", "measures required by law") say what the law asks of the safeguards, not
 * a disclosure: the law phrase after a word of measures is masked in the eleven languages. (2) Anonymous
 * aggregates ("i dati operativi aggregati (mai nominali) possono essere utilizzati per: Presentazioni
 * istituzionali (Ministero dell'Istruzione, enti pubblici)", "aggregati e anonimi") reach no one as personal
 * data and are no data types collected. Disclosures required by law and personal data stay read.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf, recipientsOf, typesBoth } from './helpers';

describe('measures required by law name no authority', () => {
  test.each<[Lang, string]>([
    [
      'pl',
      'Wszystkie podmioty, którym powierzam przetwarzanie danych osobowych, gwarantują stosowanie odpowiednich środków ochrony i bezpieczeństwa danych osobowych wymaganych przez przepisy prawa.',
    ],
    [
      'en',
      'Our processors apply appropriate security measures as required by law when they process your data.',
    ],
    ['fr', 'Nos sous-traitants appliquent les mesures de sécurité requises par la loi.'],
    ['es', 'Nuestros encargados aplican las medidas de seguridad exigidas por la ley.'],
    ['it', 'I responsabili del trattamento applicano le misure di sicurezza richieste dalla legge.'],
    ['pt', 'Os subcontratantes aplicam as medidas de segurança exigidas por lei.'],
  ])('[%s] %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('authorities');
  });
});

describe('a disclosure required by law still names authorities', () => {
  test.each<[Lang, string]>([
    ['pl', 'Dane mogą być udostępnione organom państwowym, jeżeli wymagają tego przepisy prawa.'],
    ['en', 'We disclose your data to the police where required by law.'],
    ['it', 'I dati possono essere comunicati alle autorità competenti quando richiesto dalla legge.'],
    ['fr', 'Nous transmettons vos données aux autorités lorsque cela est requis par la loi.'],
  ])('[%s] %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });
});

describe('anonymous aggregates are no recipient and no data type', () => {
  test('[it] aggregated figures in institutional presentations', () => {
    const page = practicesOf(
      [
        'Con il consenso esplicito del Biologo, i dati operativi aggregati (mai nominali) possono essere utilizzati per:',
        { text: "Presentazioni istituzionali (Ministero dell'Istruzione, enti pubblici)", kind: 'list-item' },
      ],
      'it',
    );
    expect(page.sharing.recipients).not.toContain('authorities');
  });
  test.each<[Lang, string]>([
    [
      'it',
      "I dati inseriti sono esclusivamente aggregati e anonimi: punteggi medi per classe, distribuzione per sesso e fascia d'età, risposte aggregate ai questionari.",
    ],
    [
      'en',
      'The data entered are aggregated and anonymous: average scores per class, distribution by gender and age group.',
    ],
    [
      'de',
      'Die Daten sind aggregiert und anonym: Durchschnittswerte pro Klasse, Verteilung nach Geschlecht und Altersgruppe.',
    ],
    [
      'fr',
      'Les données sont agrégées et anonymes : moyennes par classe, répartition par sexe et tranche d’âge.',
    ],
    ['es', 'Los datos son agregados y anónimos: medias por clase, distribución por sexo y grupo de edad.'],
    ['pt', 'Os dados são agregados e anónimos: médias por turma, distribuição por sexo e faixa etária.'],
    ['pl', 'Dane są zagregowane i anonimowe: średnie wyniki klas, rozkład według płci i grupy wiekowej.'],
  ])('[%s] %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).not.toContain('demographics');
  });
  test.each<[Lang, string]>([
    ['it', 'Raccogliamo il sesso e la data di nascita di ogni studente.'],
    ['en', 'We collect your gender and date of birth; statistics are aggregated.'],
  ])('[%s] personal data stay read: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toContain('demographics');
  });
});
