import type { Lang } from '../vocabulary';
import {
  declareTables,
  expandTerm,
  findAll,
  findAllOnce,
  type LangTerms,
  overlaps,
  punctuatedClause,
  type Span,
  termsFor,
  within,
} from './lexicon';
import limits from './lexicon/age-limits.json';

/**
 * Ages next to a child word that limit no one (session 17, fix17a): a band's upper age and a dead person's
 * age; and an age asked in a question whose answer, the next sentence, is the limit.
 */

/**
 * A question asking the reader's age ("Ben je jonger dan 16 jaar?", "Are you under 16?"): its answer in the
 * next sentence ("Dan heb je toestemming van je ouders nodig om een account aan te maken") says what the age
 * limits. Read with children's age patterns ({n}).
 */
export const ASKED_AGES = limits.askedAges as LangTerms;
/**
 * An age as the top of a band ("Kinder bis 14 Jahre erhalten einen Lesepass", "up to 12", "jusqu'à 12 ans"):
 * who a club, a price or a programme is for, no minimum age. Read with children's age patterns ({n}).
 */
export const UP_TO_AGES = limits.upToAges as LangTerms;
/**
 * A dead person ("avdøde", "der Verstorbene", "le défunt"): an age said of one in the same clause ("Dersom
 * avdøde var under 18 år, innhenter vi samtykke fra begge foreldrene") is their age at death, not the reader's.
 */
const DECEASED = limits.deceased as LangTerms;
/**
 * What an answer to an age question must speak of, besides data, consent or parents, for the question's age to
 * be a minimum age: an account, signing up, a profile ("Are you under 16? Then you need your parents' consent to
 * create an account"). Not the service or a membership at large (review17a finding 1).
 */
export const ANSWER_ACCOUNTS = limits.answerAccounts as LangTerms;
/**
 * A price, discount, gift or free thing in the answer ("Are you under 16? Then you get a 20% discount on your
 * membership", "Ben je jonger dan 18? Dan ontvang je een gratis cadeau"): the question asks who gets the perk,
 * and its age limits no one (review17a finding 1).
 */
export const PRICE_ANSWERS = limits.priceAnswers as LangTerms;
/**
 * "Teilnehmende an unserem Umfragepanel müssen mindestens achtzehn Jahre alt sein", "Participants must be at
 * least 18 years old": a requirement on anyone's age, not only the reader's (children's REQUIRED_AGES) and
 * with no audience word. "at least" and the unit "years" make it a minimum; years of experience or seniority
 * are not ages. Read with children's age patterns ({n}) after role holders ("account holder") are set aside.
 */
export const AGES_REQUIRED_OF_OTHERS = limits.agesRequiredOfOthers as LangTerms;
/**
 * "in the presence of a parent", "in Begleitung eines Elternteils", "w obecności rodzica", "accompagnés d'un
 * parent": a parent who is there, not one who consents. A band's upper age beside it ("Uczniowie ... do 12.
 * roku życia mogą brać udział w lekcjach tylko w obecności rodzica") is a rule of supervision for a lesson or a
 * visit, no minimum age; the parent word inside it does not make the sentence speak of consent. Asked alone.
 */
const PARENT_PRESENT = limits.parentPresent as LangTerms;
/**
 * "weeks", "Monate", "semaines", "miesięcy": units below a year. A number followed by one ("enfants
 * accueillis, âgés de 10 semaines à 3 ans", "aged 10 months") is an infant's age, never a minimum age in
 * years. Compiled into one anchored pattern per language.
 */
const SUB_YEAR_UNITS = limits.subYearUnits as LangTerms;
/**
 * "jaar na", "years after", "Jahre nach", "ans après": a number of years counted from an event ("vanaf 16 jaar
 * na je lidmaatschap", "16 years after you join") is a span of time, and years of experience or seniority
 * ("18 ans d'ancienneté", "16 años de experiencia") a career's; neither is a person's age. Compiled like
 * SUB_YEAR_UNITS into one anchored pattern per language. "After" counts only when an event follows it (a
 * membership, a purchase, the end of a contract, "Rücknahme"): "Kindern unter 16 Jahren nach Art. 8 DSGVO",
 * "Barn under 13 år etter personopplysningsloven", "poniżej 16 lat po uzyskaniu zgody" (a law, an article,
 * consent) keep their age (review19b finding 5). Years of a thing ("10 anos de matrícula", "20 anos de
 * construção", "2 anos de garantia") are no age either (review19b finding 4).
 */
const YEARS_NOT_AGES = limits.yearsNotAges as LangTerms;
/**
 * A requirement denied right before an age: "do not need to have", "não precisam de", "behöver inte ha", "ne
 * doivent pas forcément", "non devono". "Users do not need to have reached the age of 18 to open a savings
 * account" states no minimum age (review19b finding 3). Only a modal's denial: "children who have not reached
 * the age of 16", "Om du inte har fyllt 16 år" still state one. Compiled into one pattern per language that
 * must end where the age's pattern starts.
 */
const NEGATED_REQUIREMENTS = limits.negatedRequirements as LangTerms;
/**
 * "participants", "Teilnehmende", "deelnemers", "uczestnicy", "respondents": those who take part, of whom a
 * required age (AGES_REQUIRED_OF_OTHERS) is a minimum age; a team's "players" are not among them.
 */
export const PARTICIPANTS = limits.participants as LangTerms;
declareTables([DECEASED, ANSWER_ACCOUNTS, PRICE_ANSWERS, PARTICIPANTS]);

/**
 * One regex per language over a table's terms, made on first use: `wrap` turns the terms' alternation into
 * the regex's source (null when the language has no terms).
 */
function lazyRegexes(table: LangTerms, wrap: (alternation: string) => string): (lang: Lang) => RegExp | null {
  const made = new Map<Lang, RegExp | null>();
  return (lang) => {
    let regex = made.get(lang);
    if (regex === undefined) {
      const terms = termsFor(table, lang).map(expandTerm);
      regex = terms.length > 0 ? new RegExp(wrap(terms.join('|')), 'u') : null;
      made.set(lang, regex);
    }
    return regex;
  };
}

/** Units right after a number, as one whole word: "16 Monate", "18 ans d'ancienneté". */
const unitsAfterNumber = (units: string) => `^[ \\u00a0]?(?:${units})(?![\\p{L}\\p{N}])`;

const subYearRegex = lazyRegexes(SUB_YEAR_UNITS, unitsAfterNumber);

/** Whether a lower-cased text goes on, after a number ending at `end`, with a unit below a year. */
export function subYearUnitAt(lower: string, end: number, lang: Lang): boolean {
  return subYearRegex(lang)?.test(lower.slice(end, end + 16)) ?? false;
}

const yearsNotAgesRegex = lazyRegexes(YEARS_NOT_AGES, unitsAfterNumber);

/** Whether a lower-cased text goes on, after a number ending at `end`, with years that are no age (YEARS_NOT_AGES). */
export function yearsNotAgesAt(lower: string, end: number, lang: Lang): boolean {
  return yearsNotAgesRegex(lang)?.test(lower.slice(end, end + 64)) ?? false;
}

const negatedRequirementRegex = lazyRegexes(
  NEGATED_REQUIREMENTS,
  (terms) => `(?<![\\p{L}\\p{N}])(?:${terms}) $`,
);

/** Whether a lower-cased text denies a requirement (NEGATED_REQUIREMENTS) right before `start`. */
export function negatedRequirementBefore(lower: string, start: number, lang: Lang): boolean {
  return negatedRequirementRegex(lang)?.test(lower.slice(Math.max(0, start - 64), start)) ?? false;
}

/**
 * Whether a sentence speaks of parents, consent or data (`topics`, children's AGE_TOPICS matches) other than
 * a parent's presence (PARENT_PRESENT).
 */
export function topicsBeyondPresence(text: string, lang: Lang, topics: readonly Span[]): boolean {
  if (topics.length === 0) return false;
  const present = findAllOnce(PARENT_PRESENT, lang, text);
  return topics.some((t) => !present.some((p) => within(t, p)));
}

/** An age found by a pattern: its value and the span of the whole match. */
export interface AgeSpan extends Span {
  readonly age: number;
}

/** The ages of `found` but those said of a dead person, in a clause with a deceased word. */
export function outsideDeaths(text: string, lang: Lang, found: readonly AgeSpan[]): readonly AgeSpan[] {
  const dead = findAll(DECEASED, lang, text);
  if (dead.length === 0 || found.length === 0) return found;
  const clauses = dead.map((d) => punctuatedClause(text, d));
  return found.filter((a) => !clauses.some((c) => a.start >= c.start && a.start < c.end));
}

/** The ages of `found` but those inside a band's upper age (`upTo`, UP_TO_AGES matches). */
export function outsideBands(found: readonly AgeSpan[], upTo: readonly AgeSpan[]): readonly AgeSpan[] {
  if (upTo.length === 0) return found;
  return found.filter((a) => !upTo.some((u) => overlaps(a, u)));
}

/** Whether a sentence is a question: it ends with '?' (closing quotes or brackets aside). */
export function isQuestion(text: string): boolean {
  return /\?["'”’»)\]]*\s*$/u.test(text);
}
