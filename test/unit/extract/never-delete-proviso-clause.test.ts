/**
 * A proviso ("without", "unless", "before", "until") makes a never-delete no plain "kept without limit" only
 * in the never-delete's own clause, or opening the next ("never deleted unless the law requires it"). In
 * another clause it is about something else: "Results are never deleted, and you can see them before the
 * race" keeps the results indefinitely.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const kindOf = (text: string, lang: Lang) => practicesOf([text], lang).retention.kind;

describe('a proviso in another clause leaves the never-delete', () => {
  test.each<[Lang, string]>([
    ['en', 'Results are never deleted, and you can see them before the race.'],
    ['de', 'Die Ergebnisse werden nie gelöscht, und Sie können sie einsehen, bevor das Rennen beginnt.'],
    ['nl', 'De resultaten worden nooit verwijderd, en u kunt ze vóór de wedstrijd bekijken.'],
    ['nb', 'Resultatene slettes ikke, og du kan se dem før løpet.'],
    ['sv', 'Resultaten tas inte bort, och du kan se dem före loppet.'],
    ['da', 'Resultaterne slettes ikke, og du kan se dem før løbet.'],
    ['fr', 'Les résultats ne sont jamais supprimés, et vous pouvez les consulter avant la course.'],
    ['es', 'Los resultados no se eliminan, y usted puede verlos antes de la carrera.'],
    ['it', 'I risultati non vengono mai cancellati, e lei può vederli prima della gara.'],
    ['pl', 'Wyniki nie są usuwane, a można je zobaczyć przed biegiem.'],
    ['pt', 'Os resultados nunca são apagados, e você pode vê-los antes da corrida.'],
  ])('%s: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('indefinite');
  });
});

describe("a proviso of the never-delete's clause still counts", () => {
  test.each<[Lang, string]>([
    ['en', 'We will not delete your account without notifying you first.'],
    ['en', 'Results are never deleted unless the law requires it.'],
    ['en', 'Results are never deleted, unless the law requires it.'],
    ['de', 'Wir löschen Ihre Daten nicht ohne Ihre Zustimmung.'],
    ['fr', 'Nous ne supprimons pas vos données sans vous prévenir.'],
  ])('%s: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('none');
  });

  test('a proviso before the never-delete, in its clause: "not deleted until" is a criterion', () => {
    expect(kindOf('Until the end of the season, results are not deleted.', 'en')).toBe('criteria');
  });

  test.each<[Lang, string]>([
    ['en', 'We will not delete your data unless you ask us to.'],
    ['sv', 'Vi tar inte bort data ur dessa annat än om en individ begär borttagande av eget resultat.'],
  ])('the person asking is still no limit: %s: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('indefinite');
  });
});
