/**
 * What a page says about how long it keeps data, read sentence by sentence (retentionIn) and summed for the
 * page (retentionOf, retentionSummary). The rules are in parts: whether a sentence speaks of keeping at all
 * (retention-cues.ts), which of its durations are retention periods (retention-periods.ts), its deletions
 * (retention-deletions.ts), deletions every period or on a date (retention-schedules.ts), and criteria and
 * indefinite keeping (retention-kinds.ts); the lexicons are named in retention-tables.ts and declared here.
 */
import type { Evidence, RetentionPractice } from '../report';
import type { Lang, RetentionKind } from '../vocabulary';
import type { SentenceRef } from './context';
import { quote, topEvidence } from './evidence';
import { declareTables, hasAny } from './lexicon';
import { keepingSaid, onlyRightNames } from './retention-cues';
import { deletionsIn } from './retention-deletions';
import { criteriaIn, indefiniteIn, keptAfterDeletion, neverDeleted } from './retention-kinds';
import { keptPeriods } from './retention-periods';
import { periodicDeletions, scheduledIn } from './retention-schedules';
import {
  CHILDREN,
  COOKIES,
  CRITERIA,
  CUE,
  CUE_MASK,
  DELETION,
  DELETION_DATE,
  DELETION_PROVISO,
  DELETION_STATE,
  DELETION_WHEN,
  FOR_THE_TERM,
  INDEFINITE,
  INDEFINITE_MASK,
  KEPT_AFTER_DELETION,
  NO_LONGER_NEEDED,
  NOT_DELETED_WITH_ACCOUNT,
  OVERWRITTEN,
  PROVISO_ON_REQUEST,
  USER_ACTION,
  WHEN_MASK,
} from './retention-tables';

declareTables([
  WHEN_MASK,
  CUE,
  CUE_MASK,
  USER_ACTION,
  CHILDREN,
  COOKIES,
  CRITERIA,
  NO_LONGER_NEEDED,
  FOR_THE_TERM,
  INDEFINITE_MASK,
  INDEFINITE,
  KEPT_AFTER_DELETION,
  NOT_DELETED_WITH_ACCOUNT,
  DELETION,
  OVERWRITTEN,
  DELETION_WHEN,
  DELETION_STATE,
  DELETION_DATE,
  DELETION_PROVISO,
  PROVISO_ON_REQUEST,
]);

/** Without a keep/store/delete verb, a sentence counts only in a passage the model or heading calls retention. */
const AFFINITY_ALONE = 0.6;

/** What one sentence says about keeping data. */
export interface SentenceRetention {
  readonly periods: string[];
  /** Data deleted on a fixed date: specific, with no duration to state. */
  readonly scheduled: boolean;
  readonly indefinite: boolean;
  readonly criteria: boolean;
}

/** A sentence that says nothing about keeping data. */
export const NOTHING_KEPT: SentenceRetention = {
  periods: [],
  scheduled: false,
  indefinite: false,
  criteria: false,
};

/** The page's retention practice from what each sentence says (`found`, index for index with `refs`). */
export function retentionOf(
  refs: readonly SentenceRef[],
  found: readonly SentenceRetention[],
): RetentionPractice {
  const evidence: Evidence[] = [];
  refs.forEach((ref, i) => {
    const r = found[i];
    if (!r) return;
    const aff = ref.ctx.affinity.retention;
    if (r.periods.length > 0 || r.scheduled) evidence.push(quote(ref, 0.65 + 0.3 * aff));
    else if (r.indefinite) evidence.push(quote(ref, 0.55 + 0.3 * aff));
    else if (r.criteria) evidence.push(quote(ref, 0.4 + 0.3 * aff));
  });
  const { kind, periods } = retentionSummary(found);
  return { found: kind !== 'none', kind, periods, evidence: topEvidence(evidence) };
}

/**
 * What sentences say together: their periods (first mention first) or a fixed deletion date, then
 * "indefinitely", then criteria.
 */
export function retentionSummary(found: readonly SentenceRetention[]): {
  kind: RetentionKind;
  periods: string[];
} {
  const periods: string[] = [];
  let scheduled = false;
  let indefinite = false;
  let criteria = false;
  for (const r of found) {
    for (const p of r.periods) if (!periods.includes(p)) periods.push(p);
    scheduled ||= r.scheduled;
    indefinite ||= r.indefinite;
    criteria ||= r.criteria;
  }
  const kind: RetentionKind =
    periods.length > 0 || scheduled ? 'specific' : indefinite ? 'indefinite' : criteria ? 'criteria' : 'none';
  return { kind, periods };
}
/** What one sentence says about keeping data. */
export function retentionIn(ref: SentenceRef, lang: Lang): SentenceRetention {
  const text = ref.sentence.text;
  const { cue, introCue } = keepingSaid(ref, lang);
  if (!cue && ref.ctx.affinity.retention < AFFINITY_ALONE) return NOTHING_KEPT;
  if (cue && !introCue && onlyRightNames(text, lang)) return NOTHING_KEPT;
  // "you may delete the scanned data after 48 hours" is the user's choice, not a retention period.
  if (hasAny(USER_ACTION, lang, text)) return NOTHING_KEPT;
  const aboutChildren = hasAny(CHILDREN, lang, text);
  const periods = keptPeriods(text, lang, aboutChildren);
  // "cookies remain until you delete them" describes cookies, not how long the operator keeps data.
  const cookieOnly = ref.ctx.affinity.retention < AFFINITY_ALONE && hasAny(COOKIES, lang, text);
  const deletions = cookieOnly ? null : deletionsIn(text, lang);
  const criteria = deletions !== null && criteriaIn(text, lang, deletions);
  const scheduled = deletions !== null && scheduledIn(text, lang, deletions);
  // "Den 1:e april varje år tar vi bort ...": the date bounds the data; "every year" is when it recurs.
  const recurring =
    deletions !== null && periods.length === 0 && !scheduled && !aboutChildren
      ? periodicDeletions(text, lang, deletions)
      : [];
  return {
    periods: [...new Set([...periods, ...recurring])],
    scheduled,
    indefinite:
      indefiniteIn(text, lang) ||
      (deletions !== null && !criteria && periods.length === 0 && neverDeleted(text, lang, deletions)) ||
      (cue && periods.length === 0 && keptAfterDeletion(text, lang)),
    criteria,
  };
}
