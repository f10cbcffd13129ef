import type { Evidence, RetentionPractice } from '../report';
import type { Lang, RetentionKind } from '../vocabulary';
import { explicitAges } from './children';
import type { SentenceRef } from './context';
import { findDurations } from './durations';
import { quote, topEvidence } from './evidence';
import { declareTables, findAll, findAllOnce, hasAny, type LangTerms, type Span } from './lexicon';
import children from './lexicon/children.json';
import { cues } from './lexicon/cues/index';
import { dataTypes } from './lexicon/data-types/index';
import retention from './lexicon/retention.json';
import { clauseHasAny, negatedBefore, negatedNear } from './negation';

const CUE = retention.cue as LangTerms;
const CRITERIA = retention.criteria as LangTerms;
const INDEFINITE = retention.indefinite as LangTerms;
const INDEFINITE_MASK = retention.indefiniteMask as LangTerms;
const USER_ACTION = retention.userAction as LangTerms;
const RESPONSE = retention.response as LangTerms;
const WITHIN = retention.within as LangTerms;
const CHILDREN = children.terms as LangTerms;
const COOKIES = dataTypes.types.cookies.strong as LangTerms;
const COOKIE_WORDS = retention.cookieWords as LangTerms;
/** "Rejected applications are deleted", "slettes løbende": a rule for deleting data, a criterion. */
const DELETION = retention.deletion as LangTerms;
/** "You have the right to have your data deleted": a right, not the operator's rule. */
const RIGHT_GRANT = cues.rightGrant as LangTerms;
const DELETION_NEGATION_REACH = 12;
/** When a deletion rule applies: "after", "when", "automatically", "every year". */
const DELETION_WHEN = retention.deletionWhen as LangTerms;
/**
 * "When" phrases that are no rule of keeping: a session's end ("when you close your browser", "når
 * nettleserfanen lukkes": a cookie's or session storage's lifetime) and the operator noticing something
 * ("when we see them": moderation). Neither a deletion's "when" nor a criterion starts inside one.
 */
const WHEN_MASK = retention.deletionWhenMask as LangTerms;
declareTables([
  WHEN_MASK,
  CUE,
  USER_ACTION,
  CHILDREN,
  COOKIES,
  CRITERIA,
  INDEFINITE_MASK,
  INDEFINITE,
  DELETION,
  DELETION_WHEN,
  RIGHT_GRANT,
]);

/** Without a keep/store/delete verb, a sentence counts only in a passage the model or heading calls retention. */
const AFFINITY_ALONE = 0.6;

/** What one sentence says about keeping data. */
export interface SentenceRetention {
  readonly periods: string[];
  readonly indefinite: boolean;
  readonly criteria: boolean;
}

const NOTHING: SentenceRetention = { periods: [], indefinite: false, criteria: false };

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
    if (r.periods.length > 0) evidence.push(quote(ref, 0.65 + 0.3 * aff));
    else if (r.indefinite) evidence.push(quote(ref, 0.55 + 0.3 * aff));
    else if (r.criteria) evidence.push(quote(ref, 0.4 + 0.3 * aff));
  });
  const { kind, periods } = retentionSummary(found);
  return { found: kind !== 'none', kind, periods, evidence: topEvidence(evidence) };
}

/** What sentences say together: their periods (first mention first), then "indefinitely", then criteria. */
export function retentionSummary(found: readonly SentenceRetention[]): {
  kind: RetentionKind;
  periods: string[];
} {
  const periods: string[] = [];
  let indefinite = false;
  let criteria = false;
  for (const r of found) {
    for (const p of r.periods) if (!periods.includes(p)) periods.push(p);
    indefinite ||= r.indefinite;
    criteria ||= r.criteria;
  }
  const kind: RetentionKind =
    periods.length > 0 ? 'specific' : indefinite ? 'indefinite' : criteria ? 'criteria' : 'none';
  return { kind, periods };
}

/** What one sentence says about keeping data. */
export function retentionIn(ref: SentenceRef, lang: Lang): SentenceRetention {
  const text = ref.sentence.text;
  // "We keep your data for: - Maximum 40 years": the list's intro holds the verb.
  const introCue = ref.ctx.segment.kind === 'list-item' && hasAny(CUE, lang, ref.ctx.intro);
  const cue = hasAny(CUE, lang, text) || hasAny(DELETION, lang, text) || introCue;
  if (!cue && ref.ctx.affinity.retention < AFFINITY_ALONE) return NOTHING;
  // "you may delete the scanned data after 48 hours" is the user's choice, not a retention period.
  if (hasAny(USER_ACTION, lang, text)) return NOTHING;
  const aboutChildren = hasAny(CHILDREN, lang, text);
  const ages = explicitAges(text, lang);
  const periods = aboutChildren
    ? []
    : findDurations(text, lang)
        .filter((d) => !ages.some((a) => d.start < a.end && a.start < d.end))
        .filter((d) => !isDeadline(text, d.start, lang))
        .filter((d) => !isCookieLifetime(text, d.start, lang))
        .map((d) => d.iso);
  // "cookies remain until you delete them" describes cookies, not how long the operator keeps data.
  const cookieOnly = ref.ctx.affinity.retention < AFFINITY_ALONE && hasAny(COOKIES, lang, text);
  return {
    periods: [...new Set(periods)],
    indefinite: indefiniteIn(text, lang),
    criteria: !cookieOnly && criteriaIn(text, lang),
  };
}

/**
 * Whether a sentence states a criterion: a criterion term or a deletion rule saying when. Neither counts
 * inside a session's end or a moderator's noticing (WHEN_MASK); a negated deletion's "after" is no
 * criterion ("worden niet verwijderd na afloop van", "não serão apagados após o término"), its "until" is
 * ("not deleted until the end of the contract": kept until then).
 */
function criteriaIn(text: string, lang: Lang): boolean {
  const masks = findAll(WHEN_MASK, lang, text);
  const unmasked = (m: Span): boolean => !masks.some((k) => m.start >= k.start && m.start < k.end);
  const whens = findAll(DELETION_WHEN, lang, text).filter(unmasked);
  const deletions = findAll(DELETION, lang, text);
  const kept = deletions.filter((m) => !negatedNear(text, m, DELETION_NEGATION_REACH, lang));
  const deniedWhen = (m: Span): boolean =>
    deletions.length > 0 && kept.length === 0 && whens.some((w) => w.start === m.start);
  return (
    findAll(CRITERIA, lang, text).some((m) => unmasked(m) && !deniedWhen(m)) ||
    deletionRule(text, lang, whens, kept)
  );
}

/**
 * The operator's rule for deleting data, saying when ("logs are deleted regularly", "konti slettes
 * automatisk efter en periode med inaktivitet"): a criterion, even with no period. "Offensive messages
 * will be deleted" says what, not when: moderation, not retention. Not a right ("you may have your data
 * deleted") and not negated right beside the verb (`kept` holds the deletions that are not: "we do not
 * delete", "slettes ikke"; a negation further off qualifies the data, "konti uden børn slettes").
 */
function deletionRule(text: string, lang: Lang, whens: readonly Span[], kept: readonly Span[]): boolean {
  return whens.length > 0 && kept.length > 0 && !hasAny(RIGHT_GRANT, lang, text);
}

/** "we answer your request within 30 days": a deadline for a reply, not how long data is kept. */
function isDeadline(text: string, start: number, lang: Lang): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const within = findAllOnce(WITHIN, lang, before).at(-1);
  return (
    within !== undefined &&
    before.slice(within.end).trim() === '' &&
    clauseHasAny(RESPONSE, text, start, lang)
  );
}

/** "the consent cookie expires after 12 months": a cookie's lifetime, not how long data is kept. */
function isCookieLifetime(text: string, start: number, lang: Lang): boolean {
  return clauseHasAny(COOKIE_WORDS, text, start, lang);
}

/** "kept indefinitely", not "permanently deleted" and not "we do not keep data indefinitely". */
function indefiniteIn(text: string, lang: Lang): boolean {
  const masks = findAll(INDEFINITE_MASK, lang, text);
  return findAll(INDEFINITE, lang, text).some(
    (m) => !masks.some((k) => m.start >= k.start && m.end <= k.end) && !negatedBefore(text, m.start, lang),
  );
}
