import { letterWidth } from '../text/letters';
import type { Lang } from '../vocabulary';
import { LANGUAGES } from '../vocabulary';
import letters from './letters.json';
import stopwords from './stopwords.json';

/** How many words identification reads: enough to be sure, few enough to cost microseconds. */
const SAMPLE_WORDS = 1500;

/**
 * Each stopword votes for the languages that use it, shared words with a split vote; languages are
 * compared by their total. Close languages (nb/da/sv, es/pt) are kept apart by the words they do not share.
 */
const WEIGHTS: ReadonlyMap<string, readonly Vote[]> = buildWeights();

/**
 * Letters only some of the languages write (ø, å, ł, ñ, ã...) vote too, each occurrence at a fraction of a
 * stopword's weight: a short text may hold few stopwords, and those few may be shared (nb "du" is fr "du").
 */
const LETTER_WEIGHTS: ReadonlyMap<string, readonly Vote[]> = new Map(
  Object.entries(letters.letters as Record<string, Lang[]>).map(([letter, langs]) => [
    letter,
    langs.map((lang) => ({ lang, weight: letters.weight / langs.length ** 2 })),
  ]),
);

/** A stopword's vote for one language. */
interface Vote {
  readonly lang: Lang;
  readonly weight: number;
}

function buildWeights(): Map<string, Vote[]> {
  const owners = new Map<string, Lang[]>();
  for (const lang of LANGUAGES) {
    for (const word of (stopwords as Record<Lang, string[]>)[lang]) {
      const list = owners.get(word) ?? [];
      if (!list.includes(lang)) list.push(lang);
      owners.set(word, list);
    }
  }
  const weights = new Map<string, Vote[]>();
  for (const [word, langs] of owners) {
    weights.set(
      word,
      langs.map((lang) => ({ lang, weight: 1 / langs.length ** 2 })),
    );
  }
  return weights;
}

export interface LanguageGuess {
  lang: Lang;
  /** Share of the winning language's votes among all votes, 0 when no stopword was seen. */
  confidence: number;
}

/** The language of a text among the eleven Plainly reads; English when nothing is recognised. */
export function identifyLanguage(text: string): Lang {
  return guessLanguage(text).lang;
}

export function guessLanguage(text: string): LanguageGuess {
  const scores = new Map<Lang, number>();
  const lower = text.toLowerCase();
  // The first SAMPLE_WORDS runs of letters (/\p{L}+/gu) of the lower case, read in one pass.
  const n = lower.length;
  let words = 0;
  let i = 0;
  while (i < n && words < SAMPLE_WORDS) {
    const start = i;
    while (i < n) {
      const width = letterWidth(lower, i);
      if (width === 0) break;
      i += width;
    }
    if (i === start) {
      i += lower.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    words++;
    for (let j = start; j < i; j++) {
      const code = lower.charCodeAt(j);
      if (code < 0xc0) continue;
      const letterVotes = LETTER_WEIGHTS.get(lower[j]!);
      if (letterVotes)
        for (const { lang, weight } of letterVotes) scores.set(lang, (scores.get(lang) ?? 0) + weight);
    }
    const votes = WEIGHTS.get(lower.slice(start, i));
    if (!votes) continue;
    for (const { lang, weight } of votes) scores.set(lang, (scores.get(lang) ?? 0) + weight);
  }
  let best: Lang = 'en';
  let bestScore = 0;
  let total = 0;
  for (const [lang, score] of scores) {
    total += score;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return { lang: best, confidence: total > 0 ? bestScore / total : 0 };
}
