/**
 * International transfers denied (session 13's real-page audit): "Wij verstrekken geen persoonsgegevens aan
 * partijen welke gevestigd zijn buiten de EU", "Non sono previsti trasferimenti di dati al di fuori dello
 * Spazio Economico Europeo", "sus datos personales no serán transferidos ni tratados por personas ...
 * distintas" raised the international flag. A denied transfer is no transfer: a negation on the verb or noun
 * of moving, storing or processing data silences the topic's words after it in the sentence, eleven
 * languages. A denial with a proviso after it ("except", "without your consent", "unless") is a condition:
 * transfers happen on terms, and the sentence still reads. A negation elsewhere ("countries that do not
 * offer", "without an adequacy decision") denies nothing. A page that denies and elsewhere states a transfer
 * keeps its yes.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth, practicesOf } from './helpers';

const international = (text: string, lang: Lang) => flagBoth(text, lang, 'international', 'audiences');

describe('a denied transfer is no transfer', () => {
  test.each<[Lang, string]>([
    ['nl', 'Wij verstrekken geen persoonsgegevens aan partijen welke gevestigd zijn buiten de EU.'],
    ['it', 'Non sono previsti trasferimenti di dati al di fuori dello Spazio Economico Europeo.'],
    [
      'es',
      'Le informamos que sus datos personales no serán transferidos ni tratados por personas físicas y/o morales distintas a las que forman parte del responsable.',
    ],
    ['en', 'We do not transfer your personal data outside the European Economic Area.'],
    ['en', 'No personal data is transferred to third countries.'],
    ['en', 'Transfers to third countries do not take place.'],
    ['de', 'Wir übermitteln keine personenbezogenen Daten in Drittländer.'],
    ['de', 'Ihre Daten werden nicht in Drittländer übermittelt.'],
    ['de', 'Eine Übermittlung in Drittländer findet nicht statt.'],
    ['nl', 'Uw gegevens worden niet buiten de EU verwerkt.'],
    ['nl', 'Doorgifte naar landen buiten de EU vindt niet plaats.'],
    ['nb', 'Vi overfører ikke personopplysninger til land utenfor EØS.'],
    ['nb', 'Opplysningene overføres ikke til tredjeland.'],
    ['sv', 'Uppgifterna delas aldrig utanför EU.'],
    ['sv', 'Vi överför inte dina personuppgifter till tredje land.'],
    ['da', 'Vi overfører ikke dine personoplysninger til lande uden for EU.'],
    ['da', 'Overførsel til tredjelande finder ikke sted.'],
    ['fr', 'Vos données ne sont pas transférées hors de l’Union européenne.'],
    ['fr', 'Aucun transfert hors UE n’est effectué.'],
    ['es', 'No se realizan transferencias internacionales de datos.'],
    ['it', 'I dati non vengono trasferiti in paesi terzi.'],
    ['pl', 'Nie przekazujemy danych osobowych do państw trzecich.'],
    ['pl', 'Dane nie są przekazywane poza Europejski Obszar Gospodarczy.'],
    ['pt', 'Os seus dados não serão transferidos para países terceiros.'],
  ])('%s: %s', (lang, text) => {
    expect(international(text, lang)).toEqual([false, false]);
  });
});

describe('a transfer with a negation elsewhere, or a denial with a proviso, still reads', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'Some of our processors are based in third countries that do not offer an adequate level of protection.',
    ],
    ['en', 'For countries without an adequacy decision, we rely on standard contractual clauses.'],
    [
      'en',
      'We do not transfer data outside the EEA except to processors bound by standard contractual clauses.',
    ],
    ['en', 'The processor shall not transfer personal data to a third country without your prior consent.'],
    ['de', 'Eine Übermittlung in Drittländer erfolgt nicht ohne Ihre Einwilligung.'],
    ['de', 'Daten können in Drittländer übermittelt werden, die kein angemessenes Datenschutzniveau haben.'],
    ['nl', 'Wij geven geen gegevens door buiten de EU, tenzij u daarvoor toestemming geeft.'],
    ['nb', 'Data kan overføres til land utenfor EØS som ikke har tilstrekkelig beskyttelsesnivå.'],
    ['sv', 'Uppgifter överförs inte utanför EU utan lämpliga skyddsåtgärder.'],
    [
      'da',
      'Vi overfører ikke oplysninger til tredjelande, medmindre der foreligger standardkontraktbestemmelser.',
    ],
    ['fr', 'Nous ne transférons pas vos données hors de l’UE sans garanties appropriées.'],
    ['es', 'No transferimos datos fuera de la Unión Europea salvo con cláusulas contractuales tipo.'],
    ['it', 'Non trasferiamo dati al di fuori dello Spazio Economico Europeo senza garanzie adeguate.'],
    [
      'pl',
      'Nie przekazujemy danych poza EOG, z wyjątkiem dostawców związanych standardowymi klauzulami umownymi.',
    ],
    ['pt', 'Não transferimos dados para fora da UE sem cláusulas contratuais padrão.'],
  ])('%s: %s', (lang, text) => {
    expect(international(text, lang)[1]).toBe(true);
  });
});

test('a page that denies one transfer and states another keeps its yes', () => {
  const page = practicesOf(
    [
      'Wij verstrekken geen persoonsgegevens aan partijen welke gevestigd zijn buiten de EU.',
      'Onze nieuwsbriefdienst slaat gegevens op in de VS op basis van EU-standaardcontracten.',
    ],
    'nl',
  );
  expect(page.international.found).toBe(true);
  expect(page.international.evidence.map((e) => e.text)).toEqual([
    'Onze nieuwsbriefdienst slaat gegevens op in de VS op basis van EU-standaardcontracten.',
  ]);
});
