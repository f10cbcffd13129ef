/**
 * Retention look-alikes (session 12's second unseen probe).
 *
 * A contract's notice period said with the cancelling verb, not the noun: de "Die Mitgliedschaft kann mit
 * einer Frist von drei Monaten zum Jahresende gekündigt werden" read P3M where the model filed it under
 * retention. The verb or advance-notice words ("gekündigt", "opgezegd", "sies opp", "résiliée", "di
 * anticipo", "de antecedência") join the contract periods, eleven languages: a duration in their clause is
 * no retention unless the clause keeps or deletes something.
 *
 * Restricting processing while a request is reviewed is a right, not retention: nl "... tijdelijk te
 * beperken zolang wij een verzoek om correctie beoordelen" read criteria from "tijdelijk" and "zolang".
 * "Temporarily restrict/limit" and "while we review an objection / a correction" are masked, eleven
 * languages; keeping data temporarily, or while a request is handled, still reads.
 *
 * Read with the model sure of retention (as in card mode).
 */
import { describe, expect, test } from 'vitest';
import { extractPractices } from '../../../src/core/extract/index';
import type { Lang } from '../../../src/core/vocabulary';
import { segments, sureScores } from './helpers';

const retentionSure = (text: string, lang: Lang) =>
  extractPractices(segments([text]), sureScores(1, 'retention'), lang).retention;

describe('a membership cancelled with notice keeps nothing', () => {
  test.each<[Lang, string]>([
    ['de', 'Die Mitgliedschaft kann mit einer Frist von drei Monaten zum Jahresende gekündigt werden.'],
    ['en', 'Membership can be terminated by giving notice of three months before the end of the year.'],
    [
      'nl',
      'Het lidmaatschap kan met inachtneming van een termijn van drie maanden tegen het einde van het jaar worden opgezegd.',
    ],
    ['nb', 'Medlemskapet kan sies opp med tre måneders varsel til årsskiftet.'],
    ['sv', 'Medlemskapet kan sägas upp med tre månaders varsel till årsskiftet.'],
    ['da', 'Medlemskabet kan opsiges med tre måneders varsel til udgangen af året.'],
    ['fr', "L'adhésion peut être résiliée avec un délai de trois mois avant la fin de l'année."],
    ['es', 'La suscripción puede darse de baja con una antelación de tres meses antes de fin de año.'],
    ['it', "L'iscrizione può essere disdetta con tre mesi di anticipo rispetto alla fine dell'anno."],
    ['pl', 'Członkostwo można wypowiedzieć z trzymiesięcznym wyprzedzeniem na koniec roku.'],
    ['pt', 'A inscrição pode ser cancelada com três meses de antecedência em relação ao fim do ano.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionSure(text, lang).periods).toEqual([]);
  });

  test.each<[Lang, string, string]>([
    ['de', 'Nach der Kündigung speichern wir Ihre Daten noch drei Monate.', 'P3M'],
    ['nl', 'Nadat het lidmaatschap is opgezegd, bewaren wij uw gegevens nog drie maanden.', 'P3M'],
    ['sv', 'När medlemskapet har sagts upp raderar vi uppgifterna efter tre månader.', 'P3M'],
  ])('data kept after the cancelling still reads, %s: %s', (lang, text, period) => {
    expect(retentionSure(text, lang).periods).toEqual([period]);
  });
});

describe('restricting processing while a request is reviewed is no retention', () => {
  test.each<[Lang, string]>([
    [
      'nl',
      'U kunt ons vragen het gebruik van uw gegevens tijdelijk te beperken zolang wij een verzoek om correctie beoordelen.',
    ],
    [
      'en',
      'You can ask us to restrict the use of your data temporarily while we review a request for correction.',
    ],
    [
      'de',
      'Sie können verlangen, dass wir die Nutzung Ihrer Daten vorübergehend einschränken, solange wir einen Antrag auf Berichtigung prüfen.',
    ],
    [
      'nb',
      'Du kan be oss midlertidig begrense bruken av opplysningene dine så lenge vi behandler en forespørsel om retting.',
    ],
    [
      'sv',
      'Du kan be oss tillfälligt begränsa användningen av dina uppgifter så länge vi prövar en begäran om rättelse.',
    ],
    [
      'da',
      'Du kan bede os midlertidigt begrænse brugen af dine oplysninger, så længe vi behandler en anmodning om berigtigelse.',
    ],
    [
      'fr',
      "Vous pouvez nous demander de limiter temporairement l'utilisation de vos données tant que nous examinons une demande de rectification.",
    ],
    [
      'es',
      'Puede pedirnos que limitemos temporalmente el uso de sus datos mientras examinamos una solicitud de rectificación.',
    ],
    [
      'it',
      "Può chiederci di limitare temporaneamente l'uso dei suoi dati finché esaminiamo una richiesta di rettifica.",
    ],
    [
      'pl',
      'Możesz poprosić nas o tymczasowe ograniczenie wykorzystania danych na czas rozpatrywania wniosku o sprostowanie.',
    ],
    [
      'pt',
      'Pode pedir-nos que limitemos temporariamente a utilização dos seus dados enquanto analisamos um pedido de retificação.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(retentionSure(text, lang).kind).toBe('none');
  });

  test.each<[Lang, string]>([
    ['nl', 'Wij bewaren uw gegevens tijdelijk, zolang dat nodig is voor de levering.'],
    ['nl', 'Wij bewaren uw gegevens zolang wij uw verzoek behandelen, en verwijderen ze daarna.'],
    ['en', 'We store your data temporarily while we process your order.'],
    ['de', 'Wir speichern Ihre Daten vorübergehend, bis die Bestellung abgeschlossen ist.'],
  ])('keeping data temporarily still reads, %s: %s', (lang, text) => {
    expect(retentionSure(text, lang).kind).toBe('criteria');
  });
});
