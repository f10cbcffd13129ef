import type { AccentFold } from './accent-fold';
import type { LexiconMatches } from './match-records';
import type { TermIndex } from './term-index';

/** A text prepared for matching: lower-cased at the same offsets, and what the lexicons match in it. */
export interface Prepared {
  readonly lower: string;
  /** `lower` with its accents folded by `foldedBy` (accent-fold.ts), the text lexicons are matched in. */
  folded: string | null;
  foldedBy: AccentFold | null;
  /** Matches of the lexicons of `index` by id, computed when first asked (see lexicon.ts). */
  matches: LexiconMatches | null;
  index: TermIndex | null;
  /** How many lexicons `index` held when the text was walked. */
  indexSize: number;
}

/**
 * Prepared texts, in two generations: a page's sentences are asked about by every extractor in turn, so
 * the cache holds a whole page; when the newer generation fills up, the older one is dropped.
 */
const GENERATION = 4096;
let recent = new Map<string, Prepared>();
let older = new Map<string, Prepared>();

/** Forgets every prepared text. */
export function forgetPreparedTexts(): void {
  recent = new Map();
  older = new Map();
  lastText = null;
  lastPrepared = null;
}

/** The text asked about last: extractors ask many questions about one sentence in a row. */
let lastText: string | null = null;
let lastPrepared: Prepared | null = null;

export function prepare(text: string): Prepared {
  if (text === lastText && lastPrepared) return lastPrepared;
  let p = recent.get(text);
  if (p) return remember(text, p);
  p = older.get(text);
  if (!p)
    p = { lower: lowerCase(text), folded: null, foldedBy: null, matches: null, index: null, indexSize: 0 };
  if (recent.size >= GENERATION) {
    older = recent;
    recent = new Map();
  }
  recent.set(text, p);
  return remember(text, p);
}

function remember(text: string, p: Prepared): Prepared {
  lastText = text;
  lastPrepared = p;
  return p;
}

/**
 * The text in lower case with every character at its original offset (characters whose lower case
 * has another length, like "İ", stay as they are), so match offsets index the original text.
 */
export function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  }).join('');
}

/** The lower case of a prepared text with its accents folded by `fold` (the lower case itself when null). */
export function foldedText(p: Prepared, fold: AccentFold | null): string {
  if (!fold) return p.lower;
  if (p.foldedBy !== fold || p.folded === null) {
    p.folded = fold(p.lower);
    p.foldedBy = fold;
  }
  return p.folded;
}
