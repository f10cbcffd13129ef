/** For lexicon tests: the words one lexicon table matches in a one-text page, as extraction reads it. */
import { findAll, type LangTerms, readingPage } from '../../../src/core/extract/lexicon';
import type { Lang } from '../../../src/core/vocabulary';
import { lexiconTables } from './lexicon-tables';

const TABLES = new Map(lexiconTables());

/** A text as typed without accents. */
export const stripAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');

/** The words table `path` matches in a one-text page of `lang` (folded when the page has no accents). */
export function tableMatches(path: string, lang: Lang, text: string): string[] {
  const table: LangTerms | undefined = TABLES.get(path);
  if (!table) throw new Error(`no lexicon table ${path}`);
  const spans = readingPage(lang, [{ text }], () => findAll(table, lang, text));
  return spans.map((s) => text.slice(s.start, s.end));
}
