/**
 * The ages a sentence with a child word (or under a children heading) states as a minimum age: not those in
 * the clause of a child's price or stay rule, a dead person's, nor a band's upper age unless the sentence
 * speaks of data, consent or parents.
 */
import type { Lang } from '../vocabulary';
import { outsideBands, outsideDeaths, topicsBeyondPresence, UP_TO_AGES } from './age-limits';
import { type AgeMatch, ageMatches } from './children-age-patterns';
import { ADMISSIONS, AGE_TOPICS, AGES, AGES_WITH_CHILDREN, COLLECT, TERMS } from './children-tables';
import { findAll, hasAny, type Span } from './lexicon';

/**
 * The ages a sentence states, but for those in the clause of a child's price or stay rule (ADMISSIONS) in a
 * sentence that collects nothing. Only that clause's ages are dropped: "Children under 13 may not create an
 * account; children under 2 travel free of charge" still states 13 (review14b finding 4).
 */
export function agesOutsideAdmissions(text: string, lang: Lang, aboutChildren: boolean): number[] {
  const admissions = findAll(ADMISSIONS, lang, text);
  const matches = limitingAges(
    text,
    lang,
    ageMatches(text, lang, aboutChildren ? [AGES, AGES_WITH_CHILDREN] : [AGES]),
  );
  if (admissions.length === 0 || matches.length === 0 || hasAny(COLLECT, lang, text)) {
    return matches.map((m) => m.age);
  }
  const clauses = admissions.map((a) => clauseOf(text, lang, a));
  return matches.filter((m) => !clauses.some((c) => m.start >= c.start && m.start < c.end)).map((m) => m.age);
}

/**
 * The ages that can limit who uses the service: not a dead person's (outsideDeaths), nor a band's upper age
 * ("Kinder bis 14 Jahre erhalten im Kinderbuchclub einen Lesepass") unless the sentence speaks of data, consent
 * or parents ("Kinder bis 16 Jahre brauchen die Einwilligung der Eltern" keeps 16).
 */
function limitingAges(text: string, lang: Lang, matches: readonly AgeMatch[]): readonly AgeMatch[] {
  if (matches.length === 0) return matches;
  const living = outsideDeaths(text, lang, matches);
  // A parent who is present ("nur in Begleitung eines Elternteils") is no parent who consents.
  if (topicsBeyondPresence(text, lang, findAll(AGE_TOPICS, lang, text))) return living;
  return outsideBands(living, ageMatches(text, lang, [UP_TO_AGES]));
}

/** A clause break in every language: ';' (a comma breaks only before a child word, clauseOf). */
const SEMICOLON = /;/g;

/**
 * The clause around a span: up to a ';' either side, or a comma right before a child word ("…, children under 2
 * stay free"), which opens a new statement about other children. A comma before anything else stays inside
 * ("Children under 12, when sharing a room, stay free").
 */
function clauseOf(text: string, lang: Lang, span: Span): Span {
  const breaks = [...text.matchAll(SEMICOLON)].map((m) => m.index);
  for (const t of findAll(TERMS, lang, text)) {
    const before = text.slice(0, t.start);
    const comma = /,\s*(?:\p{L}+\s+){0,2}$/u.exec(before);
    if (comma) breaks.push(comma.index);
  }
  const start = Math.max(0, ...breaks.filter((b) => b < span.start).map((b) => b + 1));
  const end = Math.min(text.length, ...breaks.filter((b) => b >= span.end));
  return { start, end };
}
