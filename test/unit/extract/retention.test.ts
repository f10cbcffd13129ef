import { describe, expect, test } from 'vitest';
import { findDurations } from '../../../src/core/extract/durations';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

describe('findDurations: digits and words in every language', () => {
  test.each<[Lang, string, string[]]>([
    ['en', '48 hours', ['PT48H']],
    ['en', 'seven years', ['P7Y']],
    ['en', '24 or 48 hours', ['PT24H', 'PT48H']],
    ['en', 'a 12-month period', ['P12M']],
    ['en', 'thirty days', ['P30D']],
    ['de', 'zwei Jahre', ['P2Y']],
    ['de', '6 bzw. 10 Jahre', ['P6Y', 'P10Y']],
    ['de', 'nach 14 Tagen', ['P14D']],
    ['nl', 'drie maanden', ['P3M']],
    ['nl', '7 jaar', ['P7Y']],
    ['nb', '5 (fem) år', ['P5Y']],
    ['nb', 'tre måneder', ['P3M']],
    ['nb', 'fem år', ['P5Y']],
    ['sv', 'två år', ['P2Y']],
    ['sv', '30 dagar', ['P30D']],
    ['da', 'fem år', ['P5Y']],
    ['da', '6 måneder', ['P6M']],
    ['fr', '24 mois', ['P24M']],
    ['fr', 'trois ans', ['P3Y']],
    ['fr', 'de 3 à 5 ans', ['P3Y', 'P5Y']],
    ['es', 'seis meses', ['P6M']],
    ['es', 'cinco años', ['P5Y']],
    ['it', 'dodici mesi', ['P12M']],
    ['it', '10 anni', ['P10Y']],
    ['pl', 'dwa lata', ['P2Y']],
    ['pl', 'pięć lat', ['P5Y']],
    ['pl', '12 miesięcy', ['P12M']],
    ['pt', 'cinco anos', ['P5Y']],
    ['pt', 'seis meses', ['P6M']],
  ])('%s: %s', (lang, text, expected) => {
    expect(findDurations(text, lang).map((d) => d.iso)).toEqual(expected);
  });

  test.each<[Lang, string]>([
    ['en', 'We review this policy once a year.'],
    ['de', 'Am 25. Mai 2018 trat die DSGVO in Kraft.'],
    ['en', 'Regulation (EU) 2016/679 of 27 April 2016'],
  ])('%s: no duration in "%s"', (lang, text) => {
    expect(findDurations(text, lang)).toEqual([]);
  });
});

describe('retention periods and kind', () => {
  test.each<[Lang, string, string[]]>([
    ['en', 'We keep your account data for 48 hours after deletion of the account.', ['PT48H']],
    ['en', 'Invoices are retained for seven years.', ['P7Y']],
    ['de', 'Wir speichern Ihre Daten zwei Jahre lang.', ['P2Y']],
    ['de', 'Rechnungen werden 10 Jahre aufbewahrt.', ['P10Y']],
    ['nl', 'Wij bewaren uw gegevens drie maanden.', ['P3M']],
    ['nb', 'Personopplysninger lagres i 5 (fem) år fra datoen for innsending.', ['P5Y']],
    ['nb', 'Vi lagrer opplysningene i tre måneder.', ['P3M']],
    ['sv', 'Vi sparar uppgifterna i två år.', ['P2Y']],
    ['da', 'Vi opbevarer oplysningerne i fem år.', ['P5Y']],
    ['fr', 'Nous conservons vos données pendant 24 mois.', ['P24M']],
    ['es', 'Conservamos sus datos durante seis meses.', ['P6M']],
    ['it', 'I dati sono conservati per dodici mesi.', ['P12M']],
    ['pl', 'Dane przechowujemy przez dwa lata.', ['P2Y']],
    ['pt', 'Conservamos os seus dados durante cinco anos.', ['P5Y']],
  ])('%s: %s', (lang, sentence, periods) => {
    const r = practicesOf([sentence], lang).retention;
    expect(r.kind).toBe('specific');
    expect(r.periods).toEqual(periods);
    expect(r.evidence[0]?.text).toBe(sentence);
  });

  test.each<[Lang, string, string[]]>([
    ['en', 'Server logs are deleted within 30 days.', ['P30D']],
    [
      'fr',
      'Données liées aux transactions : conservées pendant 10 ans pour répondre aux obligations comptables.',
      ['P10Y'],
    ],
    ['pl', 'Dane przechowujemy przez okres 3 lat od dnia rozpatrzenia reklamacji.', ['P3Y']],
  ])(
    '%s: a period next to "within" or "answer" is still a period when nobody answers: %s',
    (lang, sentence, periods) => {
      expect(practicesOf([sentence], lang).retention.periods).toEqual(periods);
    },
  );

  test('one period per distinct duration, in order', () => {
    const r = practicesOf(
      [
        'Logs are deleted after 30 days.',
        'Invoices are kept for 10 years.',
        'Backups are deleted after 30 days.',
      ],
      'en',
    ).retention;
    expect(r.periods).toEqual(['P30D', 'P10Y']);
  });

  test.each<[Lang, string]>([
    ['en', 'We will answer your request within 30 days.'],
    ['en', 'We do not store data of users under 16 years of age.'],
    ['en', 'In general, you may choose to delete the scanned data after 24 or 48 hours after the scan.'],
    ['de', 'Wir beantworten Ihre Anfrage innerhalb von 30 Tagen.'],
    ['nb', 'Vi svarer på henvendelsen innen 30 dager.'],
    ['en', 'We will respond to your deletion request within 30 days.'],
    ['it', 'I dati vengono conservati una volta all’anno per un controllo.'],
  ])('%s: not a retention period: %s', (lang, sentence) => {
    expect(practicesOf([sentence], lang).retention.periods).toEqual([]);
  });

  test.each<[Lang, string]>([
    ['en', 'We retain your information for as long as necessary for the purposes described.'],
    ['de', 'Wir speichern Ihre Daten nur so lange, wie es für den Zweck erforderlich ist.'],
    ['nl', 'We bewaren persoonlijke gegevens zolang als nodig is voor het doel waarvoor ze zijn verzameld.'],
    ['nb', 'Vi lagrer opplysningene så lenge det er nødvendig for formålet.'],
    ['sv', 'Vi sparar uppgifterna så länge det är nödvändigt för ändamålet.'],
    ['da', 'Vi opbevarer oplysningerne, så længe det er nødvendigt til formålet.'],
    ['fr', 'Nous conservons vos données aussi longtemps que nécessaire.'],
    ['es', 'Conservamos sus datos durante el tiempo necesario para cumplir la finalidad.'],
    ['it', 'I dati sono conservati per il tempo necessario alle finalità indicate.'],
    ['pl', 'Dane przechowujemy przez okres niezbędny do realizacji celów.'],
    ['pt', 'Conservamos os dados pelo tempo necessário para a finalidade.'],
  ])('%s: criteria', (lang, sentence) => {
    const r = practicesOf([sentence], lang).retention;
    expect(r.kind).toBe('criteria');
    expect(r.periods).toEqual([]);
  });

  test.each<[Lang, string]>([
    ['en', 'We keep your posts indefinitely.'],
    ['de', 'Wir speichern Ihre Beiträge unbefristet.'],
    ['fr', 'Nous conservons vos contributions indéfiniment.'],
  ])('%s: indefinite', (lang, sentence) => {
    expect(practicesOf([sentence], lang).retention.kind).toBe('indefinite');
  });

  test('"permanently deleted" and "not indefinitely" are not indefinite retention', () => {
    expect(
      practicesOf(['Your data is permanently deleted when you close the account.'], 'en').retention.kind,
    ).not.toBe('indefinite');
    expect(practicesOf(['We do not keep your data indefinitely.'], 'en').retention.kind).not.toBe(
      'indefinite',
    );
  });

  test('a period in a list item counts when the list intro says the data is kept', () => {
    const r = practicesOf(
      [
        'Uw persoonsgegevens worden opgeslagen voor de periode:',
        { text: 'Maximaal 40 jaar.', kind: 'list-item' },
      ],
      'nl',
    ).retention;
    expect(r.kind).toBe('specific');
    expect(r.periods).toEqual(['P40Y']);
  });

  test('a period in a list item without a keeping intro is not a retention period', () => {
    const r = practicesOf(
      ['Onze openingstijden:', { text: 'Maximaal 40 jaar.', kind: 'list-item' }],
      'nl',
    ).retention;
    expect(r.periods).toEqual([]);
  });

  test.each<[Lang, string]>([
    ['da', 'Cookie sk_consent opbevares i din browser og udløber automatisk efter 12 måneder.'],
    ['en', 'The consent cookie is stored in your browser for 12 months.'],
    ['de', 'Das Cookie „_ga“ wird für 2 Jahre gespeichert.'],
  ])('%s: a cookie lifetime is not a retention period: %s', (lang, sentence) => {
    expect(practicesOf([sentence], lang).retention.periods).toEqual([]);
  });

  test('a period for other data beside a cookie clause still counts', () => {
    const r = practicesOf(
      ['We keep server logs for 7 days; the consent cookie expires after 12 months.'],
      'en',
    ).retention;
    expect(r.periods).toEqual(['P7D']);
  });

  test.each<[Lang, string]>([
    ['fr', 'Ces informations seront supprimées une fois votre message traité.'],
    ['nb', 'Meldingen oppbevares ikke utover det som følger av ordinær e-postbehandling.'],
    ['de', 'Die Daten werden nach Ende der Mitgliedschaft gelöscht.'],
    ['es', 'Los datos se eliminarán una vez finalizada la relación.'],
    ['it', 'I dati saranno cancellati al termine del rapporto.'],
    ['pl', 'Dane zostaną usunięte po zakończeniu współpracy.'],
    ['pt', 'Os dados serão eliminados após o término do contrato.'],
    ['da', 'Oplysningerne slettes efter endt medlemskab.'],
  ])('%s: deletion when an event ends is criteria: %s', (lang, sentence) => {
    expect(practicesOf([sentence], lang).retention.kind).toBe('criteria');
  });

  test.each<[Lang, string]>([
    ['de', 'Anonymisierte IP-Adressen werden nur bis zur Ebene von Staaten ausgewertet.'],
    ['de', 'Wir behalten uns vor, diese Erklärung anzupassen, sofern dies gesetzlich erforderlich wird.'],
  ])('%s: no retention statement: %s', (lang, sentence) => {
    expect(practicesOf([sentence], lang).retention.kind).toBe('none');
  });

  test.each<[Lang, string]>([
    [
      'pl',
      'Korespondencja może podlegać archiwizacji i nie jestem w stanie określić, kiedy zostanie usunięta.',
    ],
    ['sv', 'Resultatlistor sparas tills vidare.'],
    ['en', 'We cannot say when backups are deleted.'],
  ])('%s: "cannot say when it is deleted" is indefinite: %s', (lang, sentence) => {
    expect(practicesOf([sentence], lang).retention.kind).toBe('indefinite');
  });

  test('nothing said about keeping data: none', () => {
    const r = practicesOf(['We collect your e-mail address to send the newsletter.'], 'en').retention;
    expect(r).toEqual({ found: false, kind: 'none', periods: [], evidence: [] });
  });
});
