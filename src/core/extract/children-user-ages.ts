/**
 * The ages of a sentence without a child word: a person's age said of who the service is for, required of the
 * reader, or of who may not take part; never an account's or a company's, a purchase's or another act's, nor
 * a role holder's. And whether a sentence denies or restricts taking part.
 */
import type { Lang } from '../vocabulary';
import { AGES_REQUIRED_OF_OTHERS, PARTICIPANTS } from './age-limits';
import { ageMatches } from './children-age-patterns';
import {
  AGED_ACTS,
  AGED_PURCHASES,
  AGED_THINGS,
  AGES_FROM,
  AUDIENCE,
  COLLECTED_UNDER,
  FROM_AGE_JOINS,
  JOINING,
  MAJORITY_AGE,
  MAJORITY_REQUIRED,
  OF_MAJORITY,
  REQUIRED_AGES,
  REQUIRED_LEADS,
  RESTRICTED_TO,
  ROLE_HOLDERS,
  USER_AGES,
} from './children-tables';
import { findAll, hasAny, overlaps, type Span, within } from './lexicon';
import { negatedClause } from './negation';

/** Whether a sentence denies taking part: "kan ikke delta", "ist die Teilnahme nicht gestattet". */
export function deniesJoining(text: string, lang: Lang): boolean {
  return findAll(JOINING, lang, text).some((j) => negatedClause(text, j.start, lang));
}

/**
 * Whether a sentence denies taking part or restricts it to some ("Am Gewinnspiel teilnehmen dürfen nur
 * Personen, die mindestens 18 Jahre alt sind", "Z aplikacji mogą korzystać wyłącznie osoby pełnoletnie").
 */
function limitsJoining(text: string, lang: Lang): boolean {
  return deniesJoining(text, lang) || (hasAny(JOINING, lang, text) && hasAny(RESTRICTED_TO, lang, text));
}

/**
 * The ages of a sentence without a child word: a person's age, said of who the service is for or who may
 * not take part, never of an account or a company (AGED_THINGS).
 */
export function usersAges(text: string, lang: Lang): number[] {
  if (hasAny(AGED_THINGS, lang, text) || onlyPurchaseAge(text, lang)) return [];
  const required = hasAny(REQUIRED_LEADS, lang, text) ? ageMatches(text, lang, [REQUIRED_AGES]) : [];
  if (required.length > 0) return required.map((m) => m.age);
  if (hasAny(ROLE_HOLDERS, lang, text)) return [];
  // "Teilnehmende an unserem Umfragepanel müssen mindestens achtzehn Jahre alt sein": the required age of those
  // who take part or use the service, not of a team's players ("Spieler müssen mindestens 16 Jahre alt sein, um
  // in der ersten Mannschaft zu spielen": no joining or audience word, a rule inside the club).
  const joins =
    hasAny(PARTICIPANTS, lang, text) || hasAny(JOINING, lang, text) || hasAny(AUDIENCE, lang, text);
  const others = joins ? ageMatches(text, lang, [AGES_REQUIRED_OF_OTHERS]) : [];
  if (others.length > 0) return others.map((m) => m.age);
  // After the role holders: it/pt/es "deve / debe" is also a third person's ("Il titolare dell'account deve
  // essere maggiorenne" limits who holds the account, not who may use the service).
  if (hasAny(MAJORITY_REQUIRED, lang, text)) return [MAJORITY_AGE];
  // Collecting from people under an age ("We do not knowingly collect personal information from anyone under
  // the age of sixteen") is the COPPA statement of a minimum age, like an audience word.
  const who =
    hasAny(AUDIENCE, lang, text) || hasAny(COLLECTED_UNDER, lang, text) || limitsJoining(text, lang);
  // A from-age reads beside joining or using, with or without an audience word ("Puedes hacerte socio a partir
  // de los 16 años"); without one it is when a perk starts.
  const from = hasAny(FROM_AGE_JOINS, lang, text) ? [AGES_FROM] : [];
  const tables = who ? [USER_AGES, ...from] : from;
  if (tables.length === 0) return [];
  const ages = ageMatches(text, lang, tables).map((m) => m.age);
  if (ages.length === 0 && who && ofMajorityWho(text, lang)) return [MAJORITY_AGE];
  return ages;
}

/**
 * Whether the sentence's age is only one for buying alcohol or tobacco, or for another act than using the
 * service (AGED_ACTS: renting, ordering, a prize draw, driving): such a phrase and no audience word (use,
 * account, app, service) outside it. The majority word itself is no such audience
 * word: pl "pełnoletn-" is one, and "Musisz być pełnoletni, aby kupić alkohol" states a purchase age, no
 * minimum age of the service (review16a finding 2a).
 */
function onlyPurchaseAge(text: string, lang: Lang): boolean {
  const purchases = [...findAll(AGED_PURCHASES, lang, text), ...findAll(AGED_ACTS, lang, text)];
  if (purchases.length === 0) return false;
  const majority = [...findAll(OF_MAJORITY, lang, text), ...findAll(MAJORITY_REQUIRED, lang, text)];
  const other = (a: Span) => !purchases.some((p) => overlaps(a, p)) && !majority.some((m) => overlaps(a, m));
  return !findAll(AUDIENCE, lang, text).some(other);
}

/**
 * Whether a majority word is said of who may use or join: an audience word other than the majority word
 * itself ("pełnoletn-" and "adults" are audience words too: "Osoba pełnoletnia może sama wyrazić zgodę" speaks
 * of consent and gives no age), or a limited taking part.
 */
function ofMajorityWho(text: string, lang: Lang): boolean {
  const majority = findAll(OF_MAJORITY, lang, text);
  if (majority.length === 0) return false;
  const own = (a: Span) => majority.some((m) => within(a, m) || within(m, a));
  return findAll(AUDIENCE, lang, text).some((a) => !own(a)) || limitsJoining(text, lang);
}
