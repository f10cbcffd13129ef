import type { Lang } from '../vocabulary';
import { LANGUAGES } from '../vocabulary';
import stopwords from './stopwords.json';

/** How many words identification reads: enough to be sure, few enough to cost microseconds. */
const SAMPLE_WORDS = 1500;

/**
 * Each stopword votes for the languages that use it, shared words with a split vote; languages are
 * compared by their total. Close languages (nb/da/sv, es/pt) are kept apart by the words they do not share.
 */
const WEIGHTS: ReadonlyMap<string, ReadonlyMap<Lang, number>> = buildWeights();

function buildWeights(): Map<string, Map<Lang, number>> {
  const owners = new Map<string, Lang[]>();
  for (const lang of LANGUAGES) {
    for (const word of (stopwords as Record<Lang, string[]>)[lang]) {
      const list = owners.get(word) ?? [];
      if (!list.includes(lang)) list.push(lang);
      owners.set(word, list);
    }
  }
  const weights = new Map<string, Map<Lang, number>>();
  for (const [word, langs] of owners) {
    weights.set(word, new Map(langs.map((lang) => [lang, 1 / langs.length ** 2])));
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
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const limit = Math.min(words.length, SAMPLE_WORDS);
  for (let i = 0; i < limit; i++) {
    const votes = WEIGHTS.get(words[i] ?? '');
    if (!votes) continue;
    for (const [lang, weight] of votes) scores.set(lang, (scores.get(lang) ?? 0) + weight);
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
