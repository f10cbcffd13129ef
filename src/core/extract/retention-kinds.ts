/**
 * Retention without a period: a criterion (a criterion term, or a rule for deleting data that says when or
 * deletes data in an end state), and data kept indefinitely (said so, never deleted, or kept after the
 * person deletes it or their account).
 */
import type { Lang } from '../vocabulary';
import { findAll, hasAny, overlaps, type Span, within } from './lexicon';
import { clauseAround, negatedBefore } from './negation';
import type { Deletions } from './retention-deletions';
import { recursBeside } from './retention-schedules';
import {
  CRITERIA,
  CUE,
  CUE_MASK,
  DELETION,
  DELETION_PROVISO,
  DELETION_STATE,
  FOR_THE_TERM,
  INDEFINITE,
  INDEFINITE_MASK,
  KEPT_AFTER_DELETION,
  NO_LONGER_NEEDED,
  NOT_DELETED_WITH_ACCOUNT,
  PROVISO_ON_REQUEST,
} from './retention-tables';
import { grantsRight } from './rights';

/**
 * Whether a sentence states a criterion: a criterion term or a deletion rule saying when. Neither counts
 * inside a session's end or a moderator's noticing (WHEN_MASK); a negated deletion's "after" is no
 * criterion ("worden niet verwijderd na afloop van", "não serão apagados após o término"), its "until" is
 * ("not deleted until the end of the contract": kept until then).
 */
export function criteriaIn(text: string, lang: Lang, d: Deletions): boolean {
  const deniedWhen = (m: Span): boolean =>
    d.all.length > 0 && d.kept.length === 0 && d.whens.some((w) => w.start === m.start);
  const stated = (m: Span): boolean => d.unmasked(m) && !deniedWhen(m);
  return (
    findAll(CRITERIA, lang, text).some(stated) ||
    findAll(FOR_THE_TERM, lang, text).some(stated) ||
    (findAll(NO_LONGER_NEEDED, lang, text).some(stated) && !grantsRight(text, lang)) ||
    deletionRule(text, lang, d)
  );
}

/**
 * The operator's rule for deleting data, saying when ("logs are deleted regularly", "konti slettes
 * automatisk efter en periode med inaktivitet") or deleting data in an end state ("rejected applications
 * are deleted"): a criterion, even with no period. "Offensive messages will be deleted" says what, not
 * when: moderation, not retention. Not a right ("you may have your data deleted") and not negated right
 * beside the verb (`kept` holds the deletions that are not: "we do not delete", "slettes ikke"; a
 * negation further off qualifies the data, "konti uden børn slettes", "ej godkända ansökningar tas bort").
 */
function deletionRule(text: string, lang: Lang, d: Deletions): boolean {
  return (
    d.kept.length > 0 &&
    (d.whens.length > 0 || hasAny(DELETION_STATE, lang, text) || recursBeside(text, lang, d)) &&
    !grantsRight(text, lang)
  );
}

/**
 * "Results are never deleted", "we do not delete your data": every deletion of the sentence negated, and
 * no "when" that would make it a rule of keeping ("slettes ikke automatisk efter arrangementet" says how
 * data is deleted, not that it is kept): the data is kept without limit. Only a plain never-delete: a
 * proviso says when data may go after all ("We will not delete your account without notifying you
 * first", "nicht sofort gelöscht"), unless the proviso is only the person's own request ("not ... unless you
 * ask", "annat än om en individ begär"): then nothing but a request ends the keeping.
 */
export function neverDeleted(text: string, lang: Lang, d: Deletions): boolean {
  if (d.all.length === 0 || d.kept.length > 0 || d.whens.length > 0) return false;
  // Only a proviso of the never-delete's clause, or one opening the next ("never deleted unless you ask"):
  // not "Results are never deleted, and you can see them before the race".
  const clauses = d.all.map((m) => clauseAround(text, m.start, lang));
  const provisos = findAll(DELETION_PROVISO, lang, text).filter((p) =>
    clauses.some((c) => p.start <= c.end && c.start <= p.end),
  );
  if (provisos.length === 0) return true;
  const requests = findAll(PROVISO_ON_REQUEST, lang, text);
  return provisos.every((p) => requests.some((r) => within(p, r)));
}

/**
 * Data kept after the person deletes it or their account (KEPT_AFTER_DELETION), with no criterion of the
 * sentence bounding it. The sentence's own criteria are asked here, not its deletion rules: "after your
 * account is deleted" is itself a deletion's "when".
 */
export function keptAfterDeletion(text: string, lang: Lang): boolean {
  return (
    (hasAny(NOT_DELETED_WITH_ACCOUNT, lang, text) || keptBesideDeletion(text, lang)) &&
    !hasAny(CRITERIA, lang, text) &&
    !hasAny(NO_LONGER_NEEDED, lang, text) &&
    !hasAny(FOR_THE_TERM, lang, text)
  );
}

/**
 * A KEPT_AFTER_DELETION phrase with a keeping or deleting word of the sentence outside it and outside the
 * rest of its stretch (to the next comma or stop): "anche se ha già eliminato il proprio account o rimosso
 * la nostra app" removes an app, keeps nothing. Keeping senses that keep nothing (CUE_MASK: "app store")
 * do not count.
 */
function keptBesideDeletion(text: string, lang: Lang): boolean {
  const phrases = findAll(KEPT_AFTER_DELETION, lang, text).map((p) => ({
    start: p.start,
    end: stretchEnd(text, p.end),
  }));
  if (phrases.length === 0) return false;
  const masks = findAll(CUE_MASK, lang, text);
  const outside = (m: Span): boolean =>
    !phrases.some((p) => overlaps(m, p)) && !masks.some((k) => within(m, k));
  return findAll(CUE, lang, text).some(outside) || findAll(DELETION, lang, text).some(outside);
}

/** Where the stretch of text from `from` ends: the next comma, semicolon or stop, or the text's end. */
function stretchEnd(text: string, from: number): number {
  const rest = text.slice(from).search(/[,;.!?]/);
  return rest < 0 ? text.length : from + rest;
}

/** "kept indefinitely", not "permanently deleted" and not "we do not keep data indefinitely". */
export function indefiniteIn(text: string, lang: Lang): boolean {
  const masks = findAll(INDEFINITE_MASK, lang, text);
  return findAll(INDEFINITE, lang, text).some(
    (m) => !masks.some((k) => within(m, k)) && !negatedBefore(text, m.start, lang),
  );
}
