import type { Lang } from '../vocabulary';
import { findAllOnce, isWholeTerm, type LangTerms, type Span } from './lexicon';
import recipients from './lexicon/recipients.json';

/**
 * Business partners said by their role: "the manufacturer", "the event organiser", "client companies",
 * "another operator", "der Hersteller", "le constructeur", "opdrachtgevers" (probe14). The same words often
 * name the operator itself ("die Veranstalter der Innomeet Cologne ... verpflichtet sind", the organisers
 * running the site) or, in general terms, the other party to the contract ("die Opdrachtgever"), so such a
 * role is a recipient only where the sentence sends data to it: a destination word ("to", "with", "an",
 * "à", "til", "con"...) stands at most `reach` words before it, in the same clause. Polish says the
 * destination by the dative case, which the kind terms themselves spell ("producentowi", "organizatorom").
 * Matched alone in the mention and the few words before it, so not declared.
 */
const ROLE_NOUNS = recipients.roleNouns.terms as LangTerms;
const DESTINATIONS = recipients.roleNouns.destinations as LangTerms;
/** Articles and possessives that may stand between the destination word and the role ("to the", "an unseren"). */
const BETWEEN = recipients.roleNouns.between as LangTerms;
/** Words that make the destination word part of an idiom, not a destination ("according to", "gemäß dem", "in base alle"). */
const NOT_AFTER = recipients.roleNouns.notAfter as LangTerms;
const ROLE_REACH = recipients.roleNouns.reach;
/**
 * The parties the user deals with through the operator: the seller, the hotel, the restaurant, the estate
 * agent, the landlord (probe15). Such a party is the one the user booked or asked ("to the hotel", "naar de
 * makelaar", "à l'agence immobilière"); after an indefinite article it is a generic example ("Hvis
 * rejsebureauet videregiver oplysninger til et hotel", a GDPR explainer), which names no recipient.
 */
const DEALT_WITH = recipients.roleNouns.dealtWith as LangTerms;
const INDEFINITE = recipients.roleNouns.indefinite as LangTerms;
/**
 * "notre hôtel", "our restaurant", "unser Hotel": the operator's own establishment, not a party the user
 * deals with through it (review16b: "Vos données sont transmises à notre hôtel de Paris").
 */
const OWN = recipients.roleNouns.ownPossessives as LangTerms;
/** The establishments a possessive makes the operator's own: hotels and restaurants (not "our dealers"). */
const ESTABLISHMENTS = recipients.roleNouns.establishments as LangTerms;
/**
 * "will receive", "erhalten", "riceverà", "recibirá": a receiving verb after the role makes it the receiver,
 * with no destination word before it ("If we sell our business, the buyer will receive your data", "kann der
 * Käufer unseres Unternehmens Ihre Daten erhalten"). Asked only of the words after a role, so not declared.
 */
const RECEIVING = recipients.roleNouns.receiving as LangTerms;
/** A possessive right after the role: "the manufacturer's instructions" names its instructions, not a recipient. */
const GENITIVE_AFTER = /^['’](?:s\b|\s|$)/u;
/** How far before the role its destination word may stand (bounds the work). */
const WINDOW = 40;
/** Punctuation that ends a clause or opens an aside: a destination before it belongs to something else. */
const CLAUSE_MARK = /[,.;:!?()[\]"“”„«»–—]/gu;
/** A word, with an elided article's apostrophe ("l'", "all'"), which is dropped before the word is asked about. */
const WORD = /\p{L}+['’]?/gu;

/** Whether the mention at `m` is a role noun that no destination word leads to: it receives nothing. */
export function roleNotReached(m: Span, text: string, lang: Lang): boolean {
  if (!isRoleNoun(text.slice(m.start, m.end), lang)) return false;
  if (GENITIVE_AFTER.test(text.slice(m.end, m.end + 3))) return true;
  const window = text.slice(Math.max(0, m.start - WINDOW), m.start);
  if (!destinationBefore(window, lang)) return !receivesAfter(text.slice(m.end, m.end + WINDOW), lang);
  const mention = text.slice(m.start, m.end);
  if (!isWholeTerm(DEALT_WITH, lang, mention)) return false;
  if (lastWordIn(INDEFINITE, window, lang)) return true;
  return isWholeTerm(ESTABLISHMENTS, lang, mention) && lastWordIn(OWN, window, lang);
}

/** Whether a receiving verb follows the role in its clause: the role is the subject that receives. */
function receivesAfter(after: string, lang: Lang): boolean {
  const mark = after.search(CLAUSE_MARK);
  const clause = mark < 0 ? after : after.slice(0, mark);
  return findAllOnce(RECEIVING, lang, clause).length > 0;
}

/**
 * Whether the word right before the role is one of `terms`: an indefinite article ("til et hotel", "to a
 * seller") or the operator's possessive ("à notre hôtel").
 */
function lastWordIn(terms: LangTerms, window: string, lang: Lang): boolean {
  const last = [...window.matchAll(WORD)].at(-1)?.[0].toLowerCase() ?? '';
  return isWholeTerm(terms, lang, last);
}

/** Whether a mention's words are a role noun ("event organiser", "constructeur", "opdrachtgevers"). */
export function isRoleNoun(mention: string, lang: Lang): boolean {
  return isWholeTerm(ROLE_NOUNS, lang, mention);
}

/**
 * Whether the destination word governs the role: walking back from the role over at most `reach` articles
 * and possessives, the next word is a destination ("with the", "an unseren", "au", "til"), and no idiom
 * word stands before it ("according to", "subject to", "gemäß dem", "conformément aux", "in base alle").
 * Another noun between them ("alle indicazioni del produttore") means the role belongs to that noun, unless
 * it is one modifier right before the role after an article or a selection word ("to selected antique dealers").
 */
function destinationBefore(window: string, lang: Lang): boolean {
  const marks = [...window.matchAll(CLAUSE_MARK)];
  const lastMark = marks.at(-1);
  const tail = lastMark ? window.slice((lastMark.index ?? 0) + 1) : window;
  const words = [...tail.matchAll(WORD)].map((w) => w[0].replace(/['’]$/u, '').toLowerCase());
  // One modifier right before the role ("to selected antique dealers", "to our car dealers") when an article,
  // possessive or selection word stands before it; "to help dealers", "to book hotels" have none.
  const last = words.length - 1;
  const modifier =
    last >= 1 &&
    !isWholeTerm(BETWEEN, lang, words[last] ?? '') &&
    !isWholeTerm(DESTINATIONS, lang, words[last] ?? '') &&
    isWholeTerm(BETWEEN, lang, words[last - 1] ?? '');
  const from = modifier ? last - 1 : last;
  for (let i = from; i >= 0 && i >= from - ROLE_REACH; i--) {
    const w = words[i] ?? '';
    if (isWholeTerm(DESTINATIONS, lang, w)) return !isWholeTerm(NOT_AFTER, lang, words[i - 1] ?? '');
    if (!isWholeTerm(BETWEEN, lang, w)) return false;
  }
  return false;
}
