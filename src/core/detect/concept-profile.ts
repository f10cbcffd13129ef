import type { ConceptCounts } from '../classify/classifier';
import { compileAutomaton, conceptNames, type Lexicon } from '../classify/concepts';
import { normalizeText } from '../classify/normalize';
import { countConcepts } from '../classify/text-scan';
import { markSpecialTokens } from '../classify/tokenize';
import type { Segment } from '../page/segment';
import type { Lang } from '../vocabulary';

/**
 * What a page talks about, in the classifier's multilingual concepts: for each concept, how often the
 * body text names it. A policy speaks of personal data, collecting, sharing, requests and "we" and "you";
 * a blog post about the GDPR speaks of the GDPR, breaches and companies. Because the concepts have stems
 * in all eleven languages, the same weights read every language.
 */
export type ConceptProfile = Readonly<Record<string, number>>;

/** Occurrences per this many tokens reach the profile's top value 1 (after a square root). */
const RATE_PER = 100;
const SATURATION = 3;

/**
 * The concept profile of the body passages (`isBody` picks them): per concept, sqrt(occurrences per
 * 100 tokens) / 3, capped at 1, so a concept named once in every hundred words scores 0.33 and the
 * commonest words do not drown the rest.
 */
export function conceptProfile(
  segments: readonly Segment[],
  isBody: (segment: Segment) => boolean,
  lexicon: Lexicon,
  lang: Lang,
  known?: ConceptCounts,
): ConceptProfile {
  const names = conceptNames(lexicon);
  // Compiled once per lexicon and language, and shared with the classifier's featuriser.
  const automaton = compileAutomaton(lexicon, lang);
  const counts = new Int32Array(names.length);
  // What the classifier counted as it read the page, when it read it with the same lexicon and language
  // (and so counted the same concepts: one count per concept name in a row of `width`).
  const tallies =
    known?.lexicon === lexicon && known.lang === lang && known.width === names.length ? known : null;
  const tallied = tallies?.counts;
  const width = counts.length;
  let tokens = 0;
  for (const segment of segments) {
    if (!isBody(segment)) continue;
    const row = tallies?.rows.get(segment);
    if (tallies && tallied && row !== undefined) {
      tokens += tallies.tokens[row]!;
      addRow(counts, tallied, row * width);
      continue;
    }
    // The classifier's one-pass scan, counting: the same tokens and concept hits as tokenize() + match().
    tokens += countConcepts(markSpecialTokens(normalizeText(segment.text)), automaton, counts);
  }
  const profile: Record<string, number> = {};
  names.forEach((name, i) => {
    const rate = tokens > 0 ? ((counts[i] ?? 0) / tokens) * RATE_PER : 0;
    profile[name] = Math.min(1, Math.sqrt(rate) / SATURATION);
  });
  return profile;
}

/**
 * Adds the row of `tallied` that starts at `at` to `counts`. A function of its own so that the loop is
 * not compiled in the middle of conceptProfile (on-stack replacement): that code was kept from the page
 * it was made on, before the rest of the function had run, and gave up at the profile's first line on
 * every later page (a deoptimisation a page, and the rest of the function interpreted).
 */
function addRow(counts: Int32Array, tallied: Int32Array, at: number): void {
  for (let i = 0; i < counts.length; i++) counts[i]! += tallied[at + i]!;
}
