import type { ChildrenPractice, Evidence } from '../report';
import type { Lang } from '../vocabulary';
import {
  AGES_REQUIRED_OF_OTHERS,
  ANSWER_ACCOUNTS,
  ASKED_AGES,
  isQuestion,
  negatedRequirementBefore,
  outsideBands,
  outsideDeaths,
  PARTICIPANTS,
  PRICE_ANSWERS,
  subYearUnitAt,
  topicsBeyondPresence,
  UP_TO_AGES,
  yearsNotAgesAt,
} from './age-limits';
import type { SentenceRef } from './context';
import { quote, topEvidence } from './evidence';
import {
  declareTables,
  expandTerm,
  findAll,
  hasAny,
  LATIN_LETTERS,
  type LangTerms,
  lowerSameLength,
  overlaps,
  ownThenEnglish,
  type Span,
  termsFor,
  within,
} from './lexicon';
import children from './lexicon/children.json';
import { cues } from './lexicon/cues/index';
import numbers from './lexicon/numbers.json';
import { negatedClause } from './negation';

const TERMS = children.terms as LangTerms;
/** Phrases that state an age on their own ("under the age of 16", "16 years old"). */
const AGES = children.ages as LangTerms;
/** Phrases that state an age only next to a word for children ("Kinder unter 16 Jahren": "16 Jahren"). */
const AGES_WITH_CHILDREN = children.agesWithChildren as LangTerms;
const COLLECT = cues.collect as LangTerms;
/**
 * What makes an age stated next to a child word the policy's minimum age: the sentence speaks of data,
 * privacy, consent or parents ("Kinder unter 16 Jahren nur mit Zustimmung der Eltern"), of collecting, or
 * of who the service is for (AUDIENCE). "Está prohibida la venta de alcohol a menores de 18 años" and
 * "Los jugadores menores de 12 años juegan en campos más pequeños" speak of none: their age is a limit
 * for buying a product or a sports category, not the privacy minimum age.
 */
const AGE_TOPICS = children.ageTopics as LangTerms;
/**
 * Who the service is for or who may use it: an account, registration, "intended for", "richtet sich an",
 * the service, adults. With it an age reads without a child word ("You must be at least 16 years old to
 * create an account", "Erwachsene ab 18 Jahren", "not meant for anyone under the age of fifteen").
 */
const AUDIENCE = children.audience as LangTerms;
/**
 * Ages said of a person without a child word: forms that cannot be a duration or a count ("16 years old",
 * "aged 18", "be at least 16", "mindestens 16 Jahre alt", "voksne over 18 år", "avoir au moins 16 ans");
 * "at least 16 years" alone (a retention) or "at least 12 characters" (a password) is not one.
 */
const USER_AGES = children.agesOfUsers as LangTerms;
/**
 * An age said as where something starts ("from the age of 16", "vanaf 16 jaar", "à partir de 16 ans"): a
 * minimum age only beside joining, signing up or using (FROM_AGE_JOINS), "You can become a member from the
 * age of 16". Beside a perk it is when the perk starts: "Members from the age of 16 receive a birthday
 * voucher", "From the age of 18 you receive our adult newsletter" (review17a finding 3).
 */
const AGES_FROM = children.agesFrom as LangTerms;
/** Joining, signing up, using, or a membership said open or possible: what a from-age limits. */
const FROM_AGE_JOINS = children.fromAgeJoins as LangTerms;
/**
 * Data taken from people as such ("collect personal information from anyone", "Daten von Personen", "données
 * des utilisateurs"): with a person's age it is the COPPA statement of a minimum age ("We do not knowingly
 * collect personal information from anyone under the age of sixteen"). Not the generic collection cue, which
 * holds every "receive", "erhalten", "får" (review17a finding 3).
 */
const COLLECTED_UNDER = children.collectedUnder as LangTerms;
/**
 * Things that have ages and are no person: "Accounts that are over 12 years old are deleted", "Kontoer som er
 * over 10 år gamle", "the company must be at least 16 years old", "18 years in business", inactivity ("nach
 * über 10 Jahren Inaktivität"). A sentence with one states no user's age (no child word in it).
 */
const AGED_THINGS = children.agedThings as LangTerms;
/**
 * "buy alcohol", "Alkohol kaufen", "acheter de l'alcool", "kupować alkohol": an age for buying or being served
 * alcohol or tobacco is the law's, not the service's. It states no user's age only when nothing else in the
 * sentence says whom the service is for: "You must be 18 to create an account and purchase alcohol" gives 18
 * (review15a finding 5), "Um Alkohol zu kaufen, müssen Sie mindestens 18 Jahre alt sein" nothing.
 */
const AGED_PURCHASES = children.agedPurchases as LangTerms;
/**
 * A purpose beyond using the service, said with its lead ("to rent", "um ... zu mieten", "för att hyra", "pour
 * louer", "para participar en el sorteo", "aby wynająć"), or a driving licence: "Customers must be 21 to rent a
 * car", "Vous déclarez être âgé d'au moins 21 ans et titulaire du permis" state the age of a rental, a purchase,
 * an order, a prize draw or a driver, no minimum age of the service (review19b finding 1). Read like
 * AGED_PURCHASES: only when no audience word (use, account, registering, service) is said beside it.
 */
const AGED_ACTS = children.agedActs as LangTerms;
/**
 * People in a role other than the reader's: an account holder, an employee, "the parent who creates the family
 * account", a guarantor ("Der Kontoinhaber muss volljährig sein, Familienmitglieder dürfen das Konto mitnutzen",
 * "Pracownik obsługujący konta musi być pełnoletni"). An age said of one limits who holds that role, not who may
 * use the service (others, children too, may still use it): such a sentence states no user's age unless it is
 * said to the reader ("you must be 18", REQUIRED_AGES) (review14b finding 3).
 */
const ROLE_HOLDERS = children.roleHolders as LangTerms;
/**
 * Taking part: "participate", "teilnehmen", "delta", "partecipare", "allowed on the platform". Denied next to
 * a child word and an age ("Barn under 13 år kan ikke delta", "Los menores de 14 años no pueden participar"),
 * it states who may join, a minimum age, outside a children heading and with no data word.
 */
const JOINING = children.joining as LangTerms;
/**
 * The GDPR's ground for erasure of data "collected in relation to the offer of information society services"
 * to a child (Art. 17(1)(f)), retold as "data about a child collected when the child created a profile on a
 * social network" ("Om personuppgifterna avser barn och har samlats in i samband med att barnet skapar en
 * profil i ett socialt nätverk"). One item of a rights list, copied from the regulation: it says nothing of
 * the service's own users being children.
 */
const ERASURE_GROUNDS = children.erasureGrounds as LangTerms;
/**
 * The ground's own shape: data "collected in relation to" the offer ("have been collected", "erhoben",
 * "samlats in", "collectées", "recogieron", "raccolti", "zebrane"), or as policies retell it, data "processed"
 * ("verarbeitet", "traitées", "tratados", "przetwarzane", "behandlats"), data that "relates to" the offer
 * ("i dati riguardano"), consent given "as a child" ("als Kind") (review14 finding 6). Without it, "Our
 * information society services are not directed at children" or "Children may not create a profile on a social
 * network" is a statement about the service's users, even under a rights heading (review13b finding 4).
 */
const ERASURE_GROUND_COLLECTED = children.erasureGroundCollected as LangTerms;
/**
 * What the reader must be or have turned, a condition on using the service whatever it is used for: "För att
 * boka ett rum måste du ha fyllt 18 år", "Sie müssen mindestens 18 Jahre alt sein", "è necessario aver compiuto
 * 14 anni". Said to the reader ("you must", "du måste"), it reads without an audience word; "Spieler müssen
 * mindestens 16 Jahre alt sein" (a team's rule) is not said to the reader and does not.
 */
const REQUIRED_AGES = children.agesRequired as LangTerms;
/**
 * The leads of REQUIRED_AGES ("you must be", "du måste"), a cheap check from the shared lexicon index: without
 * one the age patterns are not run (most sentences hold a digit; their regexes doubled children's time).
 */
const REQUIRED_LEADS = children.requiredLeads as LangTerms;
/**
 * The age of majority said with a word ("volljährig", "maggiorenni", "pełnoletnie", "mayor de edad", "of legal
 * age"): 18. It reads only where the sentence restricts who may use or join (AUDIENCE, a denied or restricted
 * taking part): "L'app è riservata agli utenti maggiorenni"; "Wenn Sie volljährig sind, können Sie selbst
 * einwilligen" speaks of consent, not of who may use the service, and gives no age.
 */
const OF_MAJORITY = children.ofMajority as LangTerms;
/**
 * The age of majority required of the reader ("Vous devez être majeur pour passer commande", "Sie müssen volljährig
 * sein", "you must be of legal age"): like REQUIRED_AGES, a condition said to the reader, so it reads 18 without an
 * audience word. Not "majeur protégé" (an adult under guardianship), nor a majority said of no one ("la majeure
 * partie", "the majority of our users").
 */
const MAJORITY_REQUIRED = children.majorityRequired as LangTerms;
/** The age of majority these words mean (in all eleven languages' countries). */
const MAJORITY_AGE = 18;
/** "only", "nur", "wyłącznie": beside a taking part (JOINING) it restricts who may join. */
const RESTRICTED_TO = children.restrictedTo as LangTerms;
/**
 * A service's aim said with a child word ("Våra tjänster riktar sig inte till barn", "not directed at
 * children"): a children statement even without an age or a data word. An aim at parents ("Unsere Werbung
 * richtet sich an Eltern mit Kindern") is not one: each pattern refuses a parent word after it (review14b).
 */
const DIRECTED_AT = children.directedAt as LangTerms;
/**
 * A price or a stay rule for children ("Kinderen tot 12 jaar verblijven gratis op de kamer van hun ouders",
 * "Los niños menores de 12 años se alojan gratis"): its age is who stays, travels or enters free, not who may
 * use the service, even beside "parents" or "adults". A sentence that also speaks of collecting still reads.
 */
const ADMISSIONS = children.admissions as LangTerms;
/** The word "right" ("rätt", "Recht", "droit"): a list introduced with it is a list of rights. */
const RIGHT_WORD = cues.rightWord as LangTerms;
declareTables([
  TERMS,
  COLLECT,
  FROM_AGE_JOINS,
  COLLECTED_UNDER,
  AGE_TOPICS,
  AUDIENCE,
  AGED_THINGS,
  AGED_PURCHASES,
  AGED_ACTS,
  ROLE_HOLDERS,
  JOINING,
  ERASURE_GROUNDS,
  ERASURE_GROUND_COLLECTED,
  REQUIRED_LEADS,
  OF_MAJORITY,
  MAJORITY_REQUIRED,
  RESTRICTED_TO,
  DIRECTED_AT,
  ADMISSIONS,
]);
const NUMBER_WORDS = numbers as Readonly<Record<string, Readonly<Record<string, number>>>>;
/** Ordinal words an age is said with ("poniżej trzynastego roku życia", "das sechzehnte Lebensjahr"). */
const ORDINALS = children.ordinals as Readonly<Record<string, Readonly<Record<string, number>>>>;
/**
 * Two ages joined as a range ("barn i åldern 13–16 år", "Kinder von 13 bis 16 Jahren", "aged between 13 and
 * 16"): the ages of the people a service or a programme serves, no minimum age. A number inside one is read
 * as no age ({n} is two digits here).
 */
const AGE_RANGES = children.rangesOfAges as LangTerms;
/**
 * "under", "unter", "moins de" right before a range ("Children under 13 to 16 years, depending on the member
 * state, may not register"): its lower number is the age below which no one may join, so it still reads;
 * only the upper one is masked.
 */
const BELOW_BEFORE_RANGE = children.belowBeforeRange as LangTerms;

/** Ages a policy can mean as a minimum age; other numbers near "children" are something else. */
const MIN_AGE = 10;
const MAX_AGE = 21;

const ageRegexes = new Map<LangTerms, Map<Lang, RegExp[]>>();

const numberWords = new Map<Lang, ReadonlyMap<string, number>>();

export function numberWordsOf(lang: Lang): ReadonlyMap<string, number> {
  let words = numberWords.get(lang);
  if (!words) {
    const found = new Map<string, number>();
    for (const l of ownThenEnglish(lang)) {
      for (const [w, v] of Object.entries(NUMBER_WORDS[l] ?? {}))
        if (v >= MIN_AGE && v <= MAX_AGE) found.set(w, v);
    }
    for (const [w, v] of Object.entries(ORDINALS[lang] ?? {})) found.set(w, v);
    words = found;
    numberWords.set(lang, words);
  }
  return words;
}

/** Age patterns with `{n}` (digits or a number word) as their one capture group. */
function agePatterns(table: LangTerms, lang: Lang): RegExp[] {
  let perLang = ageRegexes.get(table);
  if (!perLang) {
    perLang = new Map();
    ageRegexes.set(table, perLang);
  }
  let list = perLang.get(lang);
  if (!list) {
    const words = [...numberWordsOf(lang).keys()].sort((a, b) => b.length - a.length).join('|');
    const n = `(\\d{1,2}|${words})`;
    list = termsFor(table, lang).map(
      (p) =>
        new RegExp(
          `(?<![${LATIN_LETTERS}])${expandTerm(p.toLowerCase()).replace('{n}', n)}(?![${LATIN_LETTERS}])`,
          'gd',
        ),
    );
    perLang.set(lang, list);
  }
  return list;
}

interface AgeMatch {
  readonly age: number;
  readonly start: number;
  readonly end: number;
}

const numberTokens = new Map<Lang, RegExp>();
const DIGIT = /\d/;
/** A letter or digit ending a text: the code point before a number word, in the two code units before it. */
const WORD_BEFORE = /[\p{L}\p{N}]$/u;

/**
 * Whether a lower-cased text holds a digit or a number word: every age pattern holds `{n}` outside any
 * group, so a text without one cannot match (a unit test keeps the patterns so).
 */
export function mayHoldAge(lower: string, lang: Lang): boolean {
  if (DIGIT.test(lower)) return true;
  let regex = numberTokens.get(lang);
  if (!regex) {
    regex = new RegExp(`(?:${[...numberWordsOf(lang).keys()].join('|')})`, 'gu');
    numberTokens.set(lang, regex);
  }
  // A number word only where a word starts: "ten" is in "often", "content", "written", which let nearly
  // every sentence run the age patterns (review of session 12's extraction cost). The start is checked on
  // the words found, not as a lookbehind the engine would try at every position of the text.
  regex.lastIndex = 0;
  for (let m = regex.exec(lower); m; m = regex.exec(lower)) {
    if (!WORD_BEFORE.test(lower.slice(Math.max(0, m.index - 2), m.index))) {
      regex.lastIndex = 0;
      return true;
    }
    regex.lastIndex = m.index + 1;
  }
  return false;
}

function ageMatches(text: string, lang: Lang, tables: readonly LangTerms[]): AgeMatch[] {
  const words = numberWordsOf(lang);
  const found: AgeMatch[] = [];
  const lower = lowerSameLength(text);
  if (!mayHoldAge(lower, lang)) return found;
  let ranges: readonly Span[] | null = null;
  for (const table of tables) {
    for (const regex of agePatterns(table, lang)) {
      for (const m of lower.matchAll(regex)) {
        const token = m[1] ?? '';
        const age = /^\d+$/.test(token) ? Number.parseInt(token, 10) : (words.get(token) ?? 0);
        if (age < MIN_AGE || age > MAX_AGE) continue;
        // "âgés de 10 semaines à 3 ans": weeks or months are an infant's age, no minimum age.
        const numberEnd = m.indices?.[1]?.[1] ?? m.index + m[0].length;
        if (subYearUnitAt(lower, numberEnd, lang)) continue;
        // "vanaf 16 jaar na je lidmaatschap", "18 ans d'ancienneté": years from an event or of a career, no age.
        if (yearsNotAgesAt(lower, numberEnd, lang)) continue;
        // "Users do not need to have reached the age of 18": a requirement denied is no minimum age.
        if (negatedRequirementBefore(lower, m.index, lang)) continue;
        const at = m.indices?.[1]?.[0] ?? m.index;
        ranges ??= rangesIn(lower, lang);
        if (ranges.some((r) => at >= r.start && at < r.end)) continue;
        found.push({ age, start: m.index, end: m.index + m[0].length });
      }
    }
  }
  return found;
}

const rangeRegexes = new Map<Lang, RegExp>();

/** Where a lower-cased text joins two numbers as a range ("13–16", "13 bis 16", "between 13 and 16"). */
function rangesIn(lower: string, lang: Lang): Span[] {
  let regex = rangeRegexes.get(lang);
  if (!regex) {
    const alternatives = termsFor(AGE_RANGES, lang).map(expandTerm);
    const below = termsFor(BELOW_BEFORE_RANGE, lang).map(expandTerm);
    const before = below.length > 0 ? `(?:(${below.join('|')}) )?` : '';
    regex = new RegExp(`(?<![\\p{L}\\p{N}])${before}(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    rangeRegexes.set(lang, regex);
  }
  return Array.from(lower.matchAll(regex), (m) => {
    const end = m.index + m[0].length;
    if (m[1] === undefined) return { start: m.index, end };
    // After "under": the range begins after its first number, which stays an age.
    const afterBelow = m.index + m[1].length + 1;
    const first = /\d+/.exec(lower.slice(afterBelow, end));
    return { start: first === null ? m.index : afterBelow + first.index + first[0].length, end };
  });
}

/** The ages a sentence states, within the range of minimum ages; bare "16 år" only next to "children". */
export function agesIn(text: string, lang: Lang, aboutChildren: boolean): number[] {
  return ageMatches(text, lang, aboutChildren ? [AGES, AGES_WITH_CHILDREN] : [AGES]).map((m) => m.age);
}

/** Where a text states an age explicitly ("under 16 years of age"): such numbers are not durations. */
export function explicitAges(text: string, lang: Lang): AgeMatch[] {
  return ageMatches(text, lang, [AGES]);
}

/** What a page says about children and the minimum age it states. */
export function extractChildren(refs: readonly SentenceRef[], lang: Lang): ChildrenPractice {
  const ages: number[] = [];
  const evidence: Evidence[] = [];
  let asked: { ref: SentenceRef; ages: number[] } | null = null;
  for (const ref of refs) {
    const text = ref.sentence.text;
    const answered = asked?.ref.ctx === ref.ctx ? asked.ages : [];
    asked = isQuestion(text) ? { ref, ages: ageMatches(text, lang, [ASKED_AGES]).map((m) => m.age) } : null;
    if (answered.length > 0 && !asked && answersAnAge(text, lang)) {
      // "Ben je jonger dan 16 jaar? Dan heb je toestemming van je ouders nodig": the question's age is what
      // the answer's consent or account is about.
      ages.push(...answered);
      evidence.push(quote(ref, 0.7 + 0.3 * ref.ctx.affinity.children));
      continue;
    }
    const heading = ref.ctx.headingTopics.has('children');
    const term = hasAny(TERMS, lang, text);
    if (!term && !heading) {
      const users = usersAges(text, lang);
      if (users.length === 0) continue;
      ages.push(...users);
      evidence.push(quote(ref, 0.6 + 0.3 * ref.ctx.affinity.children));
      continue;
    }
    const stated = heading || aboutThePolicy(text, lang) ? agesOutsideAdmissions(text, lang, term) : [];
    if (stated.length === 0 && erasureGround(ref, lang)) continue;
    const relevant =
      stated.length > 0 ||
      (term &&
        (heading ||
          ref.ctx.affinity.children >= 0.5 ||
          hasAny(COLLECT, lang, text) ||
          hasAny(DIRECTED_AT, lang, text)));
    if (!relevant) continue;
    ages.push(...stated);
    evidence.push(quote(ref, 0.45 + (stated.length > 0 ? 0.25 : 0) + 0.3 * ref.ctx.affinity.children));
  }
  return { found: evidence.length > 0, minAge: mostFrequent(ages), evidence: topEvidence(evidence) };
}

/**
 * Whether a sentence is the GDPR's erasure ground for a child's data (ERASURE_GROUNDS) set among rights: under
 * a rights heading or in a list its intro says is one of rights ("Du har under vissa omständigheter rätt att
 * bli raderad:"), in the ground's shape of data collected (ERASURE_GROUND_COLLECTED). The same words with an
 * age ("information society services offered to a child under 16") state a minimum age and still read.
 */
function erasureGround(ref: SentenceRef, lang: Lang): boolean {
  const { ctx, sentence } = ref;
  if (!(ctx.headingTopics.has('rights') || hasAny(RIGHT_WORD, lang, ctx.intro))) return false;
  return (
    hasAny(ERASURE_GROUNDS, lang, sentence.text) && hasAny(ERASURE_GROUND_COLLECTED, lang, sentence.text)
  );
}

/**
 * Whether the answer to an age question makes its age a minimum age: it speaks of data, consent, parents or an
 * account, and of no price, discount or gift (review17a finding 1: "Are you under 16? Then you get a 20% discount
 * on your membership" gives no age; the audience nouns and the collection cue no longer suffice).
 */
function answersAnAge(text: string, lang: Lang): boolean {
  if (hasAny(PRICE_ANSWERS, lang, text)) return false;
  return hasAny(AGE_TOPICS, lang, text) || hasAny(ANSWER_ACCOUNTS, lang, text);
}

/**
 * Whether a sentence with a child word and an age speaks of data, consent, collecting or the audience, or
 * denies taking part ("Kids under 16 are not allowed on the platform").
 */
function aboutThePolicy(text: string, lang: Lang): boolean {
  return (
    hasAny(AGE_TOPICS, lang, text) ||
    hasAny(AUDIENCE, lang, text) ||
    hasAny(COLLECT, lang, text) ||
    deniesJoining(text, lang)
  );
}

/** Whether a sentence denies taking part: "kan ikke delta", "ist die Teilnahme nicht gestattet". */
function deniesJoining(text: string, lang: Lang): boolean {
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
 * The ages a sentence states, but for those in the clause of a child's price or stay rule (ADMISSIONS) in a
 * sentence that collects nothing. Only that clause's ages are dropped: "Children under 13 may not create an
 * account; children under 2 travel free of charge" still states 13 (review14b finding 4).
 */
function agesOutsideAdmissions(text: string, lang: Lang, aboutChildren: boolean): number[] {
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

/**
 * The ages of a sentence without a child word: a person's age, said of who the service is for or who may
 * not take part, never of an account or a company (AGED_THINGS).
 */
function usersAges(text: string, lang: Lang): number[] {
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

/** The age stated most often; on a tie, the first stated. */
function mostFrequent(values: readonly number[]): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (const v of values) {
    const count = values.filter((x) => x === v).length;
    if (count > bestCount) {
      best = v;
      bestCount = count;
    }
  }
  return best;
}
