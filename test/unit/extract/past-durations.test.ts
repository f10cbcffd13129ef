/**
 * A duration with "ago" is a point in the past, not how long data is kept: "founded a decade ago", "vor
 * zehn Jahren", "il y a dix ans", "hace diez años", "dieci anni fa", "tien jaar geleden", "dziesięć lat
 * temu", "há dez anos", "dez anos atrás". The Scandinavian "for ti år siden" stays unread ("siden", "sedan"
 * are also "since": "3 år siden sidste login" is a period).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang) => practicesOf([text], lang).retention;

describe('a duration in the past is no retention period', () => {
  test.each<[Lang, string]>([
    ['en', 'We were founded a decade ago and store your data securely.'],
    ['en', 'Founded ten years ago, we store your data on servers in the EU.'],
    ['de', 'Wir wurden vor zehn Jahren gegründet und speichern Ihre Daten sicher.'],
    ['fr', 'Fondée il y a dix ans, notre société conserve vos données en France.'],
    ['es', 'Fundada hace diez años, nuestra empresa conserva sus datos en España.'],
    ['it', 'Fondata dieci anni fa, la nostra azienda conserva i dati in Italia.'],
    ['nl', 'Opgericht tien jaar geleden, bewaren wij uw gegevens in Nederland.'],
    ['pl', 'Założona dziesięć lat temu firma przechowuje dane w Polsce.'],
    ['pt', 'Fundada há dez anos, a empresa armazena seus dados no Brasil.'],
    ['pt', 'Fundada dez anos atrás, a empresa armazena seus dados no Brasil.'],
    ['pt', 'Fundada ha dez anos, a empresa armazena seus dados no Brasil.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).periods).toEqual([]);
  });
});

describe('the same words beside a period that is one: unchanged', () => {
  test.each<[Lang, string, string]>([
    ['de', 'Daten werden vor Ablauf von zehn Jahren nicht gelöscht.', 'P10Y'],
    ['de', 'Rechnungen werden zehn Jahre aufbewahrt.', 'P10Y'],
    ['da', 'Vi sletter kontoen, når der er gået 3 år siden sidste login.', 'P3Y'],
    ['sv', 'Kontot raderas när det har gått två år sedan senaste inloggningen.', 'P2Y'],
    ['it', 'I dati sono conservati per dieci anni.', 'P10Y'],
  ])('%s: %s', (lang, text, iso) => {
    expect(retentionOf(text, lang).periods).toEqual([iso]);
  });
});
