/**
 * findAll / hasAny (one walk over a text for every lexicon of its language) must give exactly what a scan
 * with each lexicon's alternation regex gives: every lexicon of the JSON files, every language, on real
 * sentences, their slices, and edge cases.
 */
import { describe, expect, it } from 'vitest';
import {
  clearPreparedTexts,
  findAll,
  findAllOnce,
  hasAny,
  type LangTerms,
} from '../../../src/core/extract/lexicon';
import { LANGUAGES } from '../../../src/core/vocabulary';
import { EDGE_TEXTS, sentencesOf } from './corpus';
import { practicesOf } from './helpers';
import { agreesWithRegex, lexiconTables, regexScan } from './lexicon-tables';

const TABLES = lexiconTables();

describe('lexicon matching', () => {
  it('finds the lexicons in the JSON files', () => {
    expect(TABLES.length).toBeGreaterThan(60);
  });

  it.each([...LANGUAGES])('matches like each lexicon regex on %s sentences and their slices', (lang) => {
    const sentences = [...EDGE_TEXTS, ...sentencesOf(lang, 16)];
    const texts = sentences.flatMap((s) => [s, s.slice(3, -5)]);
    clearPreparedTexts();
    const wrong: string[] = [];
    for (const text of texts) {
      for (const [path, table] of TABLES) {
        if (!agreesWithRegex(table, lang, text)) wrong.push(`${path} ${lang} ${JSON.stringify(text)}`);
      }
    }
    expect(texts.length).toBeGreaterThan(30);
    expect(wrong).toEqual([]);
  });

  it('matches lexicons made on the fly: the first alternative that matches at a position wins', () => {
    const tables: LangTerms[] = [
      { en: ['shar(?:e|es|ed|ing)', 'data(?: protection)?', ', and we'], all: ['gdpr'] },
      { en: ['personal', 'personal data', 'data protection', 'data', 'per\\w*'] },
      { en: ['personal data', 'personal', 'data protection officer', 'data(?: protection)??'] },
      { en: ['(?:your|our) (?:e-?mail )?address(?:es)?', 'e-?mail', 'address', 'e-mail address\\w+'] },
      { en: ["\\w*n['’]t", 'do not', 'no(?!t)', 'not'], de: ['nicht', 'kein\\w*'] },
    ];
    const text =
      'We share data protection info, and we follow the GDPR; sharing Data. Your personal data protection ' +
      "officer's e-mail addresses, your email address and our e-mail-addresses don't, do not, no, nothing.";
    for (const table of tables) {
      for (const lang of ['en', 'de'] as const) {
        for (const slice of [text, text.slice(10), text.slice(0, 57)]) {
          expect(findAll(table, lang, slice)).toEqual(regexScan(table, lang, slice).spans);
          expect(findAllOnce(table, lang, slice)).toEqual(regexScan(table, lang, slice).spans);
        }
      }
    }
  });

  it('drops its caches for a page', () => {
    const table: LangTerms = { en: ['data'] };
    const text = 'data and more data';
    expect(findAll(table, 'en', text)).toEqual(regexScan(table, 'en', text).spans);
    clearPreparedTexts();
    expect(findAll(table, 'en', text)).toEqual(regexScan(table, 'en', text).spans);
    expect(hasAny({ en: ['nothing here'] }, 'en', text)).toBe(false);
    expect(findAll({}, 'en', text)).toEqual([]);
  });

  it('starts over an index that lexicons made on the fly have swollen, between pages, with the same results', () => {
    const page = [
      'We collect your name, e-mail address and IP address when you register.',
      'We share your data with our hosting provider and with Google Analytics.',
    ];
    const before = practicesOf(page, 'en');
    for (let i = 0; i < 2100; i++) hasAny({ en: [`made${i}`] }, 'en', 'made1 made2');
    clearPreparedTexts();
    expect(practicesOf(page, 'en')).toEqual(before);
    expect(findAll({ en: ['made7'] }, 'en', 'made7')).toEqual([{ start: 0, end: 5 }]);
  });
});
