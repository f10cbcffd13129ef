/**
 * How the verdict reads a page's title and the headings that name it (verdict-terms.json): does it name
 * a privacy policy, a site's privacy page, another kind of page? Every reader folds its input
 * ("Datenschutzerklärung" -> "datenschutzerklarung").
 */
import type { PageKind } from '../report';
import { fold } from './fold';
import terms from './verdict-terms.json';
import model from './verdict-weights.json';

const POLICY_TITLES = terms.policyTitles.map(fold);
const PRIVACY_WORDS = terms.privacyWords.map(fold);
const LAW_NAMES = new Set(terms.privacyLaws.map(fold));
const PRIVACY_PAGE_WORDS = PRIVACY_WORDS.filter((w) => !LAW_NAMES.has(w));
const LAW_WORDS = new Set(terms.lawWords.map(fold));
const LAW_ENDINGS = terms.lawWordEndings.map(fold);
const OTHER_TITLES = Object.entries(terms.otherTitles).map(
  ([kind, words]) => [kind, words.map(fold)] as const,
);

/** A folded text holds a privacy word ("privacy", "datenschutz", "personvern"...). */
export function speaksOfPrivacy(folded: string): boolean {
  return PRIVACY_WORDS.some((w) => folded.includes(w));
}

/**
 * A title names a policy document when one of its parts ("Privacy Policy" in "Privacy Policy | Acme") is
 * short and holds a policy phrase; "How to write a privacy policy for your small business" does not.
 */
export function namesPolicy(title: string): boolean {
  return titleParts(title, model.maxTitleWords).some((part) => {
    const read = withSharedHeads(part);
    return POLICY_TITLES.some((t) => read.includes(t));
  });
}

/**
 * A part of the title of a few words holds a privacy word and does not name a law or a product
 * ("Personvern", "Your Privacy"; not "Privacy Act 1988", "Datenschutz-Grundverordnung", "Privacy Shield").
 */
export function namesPrivacyPage(title: string): boolean {
  return titleParts(title, model.maxPrivacyTitleWords).some(
    (part) => PRIVACY_PAGE_WORDS.some((w) => part.includes(w)) && !namesLaw(part),
  );
}

/** A word of the (folded) title part is a law's or a product's ("act", "gesetz", "...forordningen"). */
function namesLaw(part: string): boolean {
  return part
    .split(/[^\p{L}\p{N}]+/u)
    .some(
      (word) => LAW_WORDS.has(word) || LAW_ENDINGS.some((e) => word.length > e.length && word.endsWith(e)),
    );
}

/** The parts of a title ("Privacy Policy | Acme": "privacy policy", "acme"), folded, of at most `maxWords`. */
function titleParts(title: string, maxWords: number): string[] {
  return fold(title)
    .split(/\s[|–—:·•»]\s|\s-\s|[|:]/)
    .filter((part) => part.trim().split(/\s+/).length <= maxWords);
}

/** "Personuppgifts- och datahanteringspolicy", "Datenschutz- und Cookie-Richtlinie": coordinated compounds. */
const COORDINATED = /(\p{L}+)- (?:och|og|und|en|and) ([\p{L}-]+)/gu;

/**
 * A compound coordinated with a hyphen shares the head of the next one ("Personuppgifts- och
 * datahanteringspolicy" is a "personuppgiftspolicy" and a "datahanteringspolicy"): the part is read with
 * each policy title so formed added, when the first compound begins one and the second ends like it.
 */
function withSharedHeads(part: string): string {
  return part.replace(COORDINATED, (match, first: string, second: string) => {
    const formed = POLICY_TITLES.find(
      (t) => t.length > first.length + 3 && t.startsWith(first) && second.endsWith(t.slice(first.length)),
    );
    return formed ? `${match} ${formed}` : match;
  });
}

export function otherTitleKind(headline: string): PageKind | undefined {
  for (const [kind, words] of OTHER_TITLES) {
    if (words.some((w) => titleHas(headline, w))) return kind as PageKind;
  }
  return undefined;
}

/** The whole-word pattern of each short title word, compiled once (the verdict asks on every page). */
const WORD_PATTERNS = new Map<string, RegExp>();

/** Long words also match inside compounds ("brukervilkar"); short ones (agb, cgu) only as words. */
function titleHas(headline: string, word: string): boolean {
  if (word.length >= 6) return headline.includes(word);
  let pattern = WORD_PATTERNS.get(word);
  if (pattern === undefined) {
    pattern = new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u');
    WORD_PATTERNS.set(word, pattern);
  }
  return pattern.test(headline);
}
