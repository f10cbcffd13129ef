/**
 * What a page says about children and the minimum age it states (extractChildren). The rules are in parts:
 * where a text states an age (children-age-patterns.ts), the ages a sentence with a child word states
 * (children-ages.ts) and those of a sentence without one (children-user-ages.ts); the lexicons are named in
 * children-tables.ts and declared here.
 */
import type { ChildrenPractice, Evidence } from '../report';
import type { Lang } from '../vocabulary';
import { ANSWER_ACCOUNTS, ASKED_AGES, isQuestion, PRICE_ANSWERS } from './age-limits';
import { ageMatches } from './children-age-patterns';
import { agesOutsideAdmissions } from './children-ages';
import {
  ADMISSIONS,
  AGE_TOPICS,
  AGED_ACTS,
  AGED_PURCHASES,
  AGED_THINGS,
  AUDIENCE,
  COLLECT,
  COLLECTED_UNDER,
  DIRECTED_AT,
  ERASURE_GROUND_COLLECTED,
  ERASURE_GROUNDS,
  FROM_AGE_JOINS,
  JOINING,
  MAJORITY_REQUIRED,
  OF_MAJORITY,
  REQUIRED_LEADS,
  RESTRICTED_TO,
  RIGHT_WORD,
  ROLE_HOLDERS,
  TERMS,
} from './children-tables';
import { deniesJoining, usersAges } from './children-user-ages';
import type { SentenceRef } from './context';
import { quote, topEvidence } from './evidence';
import { declareTables, hasAny } from './lexicon';

export { agesIn, explicitAges, mayHoldAge, numberWordsOf } from './children-age-patterns';

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

/** A question's ages ("Ben je jonger dan 16 jaar?"), for the sentence that answers it. */
interface AskedAges {
  readonly ref: SentenceRef;
  readonly ages: number[];
}

/** What a page says about children and the minimum age it states. */
export function extractChildren(refs: readonly SentenceRef[], lang: Lang): ChildrenPractice {
  const ages: number[] = [];
  const evidence: Evidence[] = [];
  let asked: AskedAges | null = null;
  for (const ref of refs) {
    const text = ref.sentence.text;
    const answered = asked?.ref.ctx === ref.ctx ? asked.ages : [];
    asked = isQuestion(text) ? { ref, ages: ageMatches(text, lang, [ASKED_AGES]).map((m) => m.age) } : null;
    // "Ben je jonger dan 16 jaar? Dan heb je toestemming van je ouders nodig": the question's age is what
    // the answer's consent or account is about.
    const found =
      answered.length > 0 && !asked && answersAnAge(text, lang)
        ? { ages: answered, weight: 0.7 }
        : childrenIn(ref, lang);
    if (found === null) continue;
    ages.push(...found.ages);
    evidence.push(quote(ref, found.weight + 0.3 * ref.ctx.affinity.children));
  }
  return { found: evidence.length > 0, minAge: mostFrequent(ages), evidence: topEvidence(evidence) };
}

/**
 * What one sentence says about children: the ages it states and its evidence's weight before the passage's
 * affinity, or null when it says nothing. Without a child word or a children heading only a user's age reads.
 */
function childrenIn(ref: SentenceRef, lang: Lang): { ages: number[]; weight: number } | null {
  const text = ref.sentence.text;
  const heading = ref.ctx.headingTopics.has('children');
  const term = hasAny(TERMS, lang, text);
  if (!term && !heading) {
    const users = usersAges(text, lang);
    return users.length === 0 ? null : { ages: users, weight: 0.6 };
  }
  const stated = heading || aboutThePolicy(text, lang) ? agesOutsideAdmissions(text, lang, term) : [];
  if (stated.length === 0 && erasureGround(ref, lang)) return null;
  const relevant =
    stated.length > 0 ||
    (term &&
      (heading ||
        ref.ctx.affinity.children >= 0.5 ||
        hasAny(COLLECT, lang, text) ||
        hasAny(DIRECTED_AT, lang, text)));
  if (!relevant) return null;
  return { ages: stated, weight: 0.45 + (stated.length > 0 ? 0.25 : 0) };
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
