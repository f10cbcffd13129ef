import type { Lang } from '../vocabulary';
import type { SentenceRef } from './context';
import { declareTables, findAll, type LangTerms } from './lexicon';
import selling from './lexicon/selling.json';
import { clauseHasAny, negatedClause } from './negation';
import { RECIPIENT_KINDS } from './recipients';

const VERBS = selling.verbs as LangTerms;
/** Words that deny selling only in a negation ("we do not rent or trade your data"). */
const DENIAL_ONLY = selling.denialOnly as LangTerms;
declareTables([VERBS, DENIAL_ONLY]);
const DATA_NOUNS = selling.dataNouns as LangTerms;
/**
 * "is excluded", "ist ausgeschlossen", "est exclue", "jest wykluczona": a sale ruled out by its clause's
 * predicate, with no negation word ("Ein Verkauf Ihrer Daten ist ausgeschlossen" read as selling). Asked only
 * of the clause of a sell word (clauseHasAny), so not declared.
 */
const RULED_OUT = selling.ruledOut as LangTerms;
const ACQUISITION = RECIPIENT_KINDS.acquirers.strong ?? {};

/**
 * What one sentence says about selling personal data: true (sells), false (does not), null (nothing).
 * A denial needs no data noun ("we never sell them"); an admission does ("we sell licences" is not one).
 */
export function sellStatement(ref: SentenceRef, lang: Lang): boolean | null {
  const text = ref.sentence.text;
  let verdict: boolean | null = null;
  const candidates = [
    ...findAll(VERBS, lang, text).map((span) => ({ span, denialOnly: false })),
    ...findAll(DENIAL_ONLY, lang, text).map((span) => ({ span, denialOnly: true })),
  ];
  for (const { span, denialOnly } of candidates) {
    // "if we sell our business" is about an acquisition, not about selling data.
    if (clauseHasAny(ACQUISITION, text, span.start, lang)) continue;
    if (negatedClause(text, span.start, lang) || clauseHasAny(RULED_OUT, text, span.start, lang))
      return false;
    if (!denialOnly && clauseHasAny(DATA_NOUNS, text, span.start, lang)) verdict = true;
  }
  return verdict;
}

/** The page's answer: a denial anywhere wins ("we do not sell ... we never sell"), then an admission. */
export function combineSells(statements: readonly (boolean | null)[]): boolean | null {
  if (statements.includes(false)) return false;
  return statements.includes(true) ? true : null;
}
