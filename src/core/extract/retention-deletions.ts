/**
 * A sentence's deletions (Deletions): every deletion or overwrite, those not denied beside the verb (a
 * deletion denied only to say the data are anonymised, or whose "no" is a criterion's own, is no denial),
 * and the deletions' "when"s outside a session's end or a moderator's noticing.
 */
import type { Lang } from '../vocabulary';
import { blankSpans } from './blank-spans';
import { findAll, findAllOnce, overlaps, type Span } from './lexicon';
import { negatedNear } from './negation';
import {
  ANONYMISED_INSTEAD,
  CRITERIA,
  DELETION,
  DELETION_WHEN,
  NO_LONGER_NEEDED,
  OVERWRITTEN,
  WHEN_MASK,
} from './retention-tables';

/** How many characters before or after a deletion its negation may stand ("slettes ikke", "not deleted"). */
const DELETION_NEGATION_REACH = 12;

/** A sentence's deletions: all of them, those not negated beside the verb, and its unmasked "when"s. */
export interface Deletions {
  readonly all: readonly Span[];
  readonly kept: readonly Span[];
  readonly whens: readonly Span[];
  readonly unmasked: (m: Span) => boolean;
}

export function deletionsIn(text: string, lang: Lang): Deletions {
  const masks = findAll(WHEN_MASK, lang, text);
  const unmasked = (m: Span): boolean => !masks.some((k) => m.start >= k.start && m.start < k.end);
  const all = [...findAll(DELETION, lang, text), ...overwritesIn(text, lang)];
  const negated = all.filter(
    (m) => negatedNear(text, m, DELETION_NEGATION_REACH, lang) && !anonymisedInstead(text, m, lang),
  );
  const denied = negated.length === 0 ? negated : negatedBesideCriteria(text, lang, negated);
  return {
    all,
    kept: all.filter((m) => !denied.includes(m)),
    whens: findAll(DELETION_WHEN, lang, text).filter(unmasked),
    unmasked,
  };
}

/** The overwrites of a sentence that are not negated beside the verb: deletions, never denied ones. */
function overwritesIn(text: string, lang: Lang): Span[] {
  return findAll(OVERWRITTEN, lang, text).filter((m) => !negatedNear(text, m, DELETION_NEGATION_REACH, lang));
}

/** How far after a denied deletion its correction to an anonymisation may end ("..., sondern anonymisiert"). */
const ANONYMISED_REACH = 50;

/** "nicht gelöscht, sondern anonymisiert": a deletion denied only to say the data are anonymised. */
function anonymisedInstead(text: string, deletion: Span, lang: Lang): boolean {
  const after = text.slice(deletion.end, deletion.end + ANONYMISED_REACH);
  return findAllOnce(ANONYMISED_INSTEAD, lang, after).length > 0;
}

/**
 * The negated deletions whose negation is no criterion's own: in "data are deleted when no longer needed"
 * the "no" belongs to "when no longer needed". Read in one copy of the sentence with the criteria's words
 * blanked out (same length), all but those overlapping a negated deletion: one text for the sentence, so
 * negation's findings are made once, not once per deletion (a run-on sentence has hundreds).
 */
function negatedBesideCriteria(text: string, lang: Lang, negated: readonly Span[]): readonly Span[] {
  const criteria = [...findAll(CRITERIA, lang, text), ...findAll(NO_LONGER_NEEDED, lang, text)].filter(
    (c) => !negated.some((m) => overlaps(c, m)),
  );
  if (criteria.length === 0) return negated;
  const blanked = blankSpans(text, criteria);
  return negated.filter((m) => negatedNear(blanked, m, DELETION_NEGATION_REACH, lang));
}
