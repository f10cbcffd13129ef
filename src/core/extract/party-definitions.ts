import type { Lang } from '../vocabulary';
import { findAllOnce, type LangTerms } from './lexicon';
import recipients from './lexicon/recipients.json';

/** "is", "means", "ist", "oznacza": what joins a defined term to its definition; a colon or dash stands in. */
const COPULAS = recipients.definitions.copulas as LangTerms;
/**
 * What the GDPR's definitions define a party as: "a person or body", "eine Stelle", "den som", "la personne",
 * "il soggetto", "osoba fizyczna". Matched alone in the opening of a sentence (findAllOnce), so not
 * declared: "person", "wer", "chi", "quem" are common words.
 */
const HEADS = recipients.definitions.heads as LangTerms;
/** A defined term is short: "El «encargado del tratamiento» o «encargado»" is six words. */
const SUBJECT_WORDS = recipients.definitions.subjectWords;
/** How far into a sentence its defining words may begin (bounds the work). */
const REACH = recipients.definitions.reach;

/** The defined term: words, quotes and brackets only ("A 'processor'", "„Podmiot przetwarzający”"). */
const SUBJECT = /^[\p{L}\p{N}\s'’"«»„“”‚‘()*-]*$/u;
const SUBJECT_WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;
/** A colon or dash after the defined term: "Processor: a person or body that ...". */
const COLON = /\s*[:–—-]$/u;

/**
 * Whether a sentence defines a party instead of saying what is done: "A 'processor' is a person or body that
 * processes personal data on behalf of the controller", "„Auftragsverarbeiter“ ist eine Stelle, die ...",
 * "Processor: a person or body that ...", "„Podmiot przetwarzający” oznacza podmiot, który ...". The
 * sentence opens with a short term, then a copula or a colon, then what the term is defined as. Such a
 * sentence discloses nothing to anyone, whatever parties its definition names ("Recipient: a natural or
 * legal person, public authority, agency or another body"); "Our processors process personal data on our
 * behalf" and "We use processors, such as our hosting provider" are no definitions.
 */
export function definesParty(text: string, lang: Lang): boolean {
  const opening = text.slice(0, REACH);
  return findAllOnce(HEADS, lang, opening).some((head) => definedTerm(opening.slice(0, head.start), lang));
}

/** Whether the text before the defining words is a short term and a copula or colon. */
function definedTerm(before: string, lang: Lang): boolean {
  const trimmed = before.replace(/[\s,]+$/u, '');
  const colon = COLON.exec(trimmed);
  let term: string;
  if (colon) term = trimmed.slice(0, colon.index);
  else {
    const copula = findAllOnce(COPULAS, lang, trimmed).find((c) => c.end === trimmed.length);
    if (!copula) return false;
    term = trimmed.slice(0, copula.start);
  }
  if (!SUBJECT.test(term)) return false;
  const words = term.match(SUBJECT_WORD)?.length ?? 0;
  return words >= 1 && words <= SUBJECT_WORDS;
}
