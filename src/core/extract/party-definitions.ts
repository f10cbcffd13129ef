import type { Lang } from '../vocabulary';
import { findAllOnce, isWholeTerm, type LangTerms } from './lexicon';
import recipients from './lexicon/recipients.json';

/** "means", "bezeichnet", "désigne", "oznacza": verbs that define whatever term stands before them. */
const VERBS = recipients.definitions.verbs as LangTerms;
/**
 * "is", "ist", "er", "est", "è": a copula defines only a term set apart as one, in quotes ("„Auftragsverarbeiter“
 * ist") or after an indefinite article ("A processor is", "En databehandler er"); "Unser Hosting-Anbieter ist
 * diejenige Stelle, die ..." and "Stripe es quien procesa los pagos" say who does the work.
 */
const COPULAS = recipients.definitions.copulas as LangTerms;
const INDEFINITES = recipients.definitions.indefinites as LangTerms;
/**
 * What the GDPR's definitions define a party as: "a person or body", "eine Stelle", "den som", "la personne",
 * "il soggetto", "osoba fizyczna". Matched alone in the opening of a sentence (findAllOnce), so not
 * declared: "person", "wer", "chi", "quem" are common words.
 */
const HEADS = recipients.definitions.heads as LangTerms;
/** A defined term is short: "El «encargado del tratamiento» o «encargado»" is six words. */
const SUBJECT_WORDS = recipients.definitions.subjectWords;
/** "that is", "es decir", "ou seja", ", and we": what ends a definition's clause (ownEnd). */
const ENDS = recipients.definitions.ends as LangTerms;
/** "such as", "come", "for eksempel" (recipients.json glossExamples), after a comma (ownEnd). */
const EXAMPLES = recipients.glossExamples as LangTerms;
/** How far into a sentence its defining words may begin (bounds the work). */
const REACH = recipients.definitions.reach;

/** The defined term: words, quotes and brackets only ("A 'processor'", "„Podmiot przetwarzający”"). */
const SUBJECT = /^[\p{L}\p{N}\s'’"«»„“”‚‘()*-]*$/u;
const SUBJECT_WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;
/** Quotes around a term: double or angle quotes, or a single quote at a word's edge (not "l’"). */
const QUOTED = /["«»„“”‚‘]|(?:^|\s)['’]|['’](?:\s|$)/u;
/** A colon or dash after the defined term: "Processor: a person or body that ...". */
const COLON = /\s*[:–—-]$/u;

/**
 * Where a sentence's definition of a party ends, 0 where it defines none: "A 'processor' is a person or
 * body that processes personal data on behalf of the controller", "„Auftragsverarbeiter“ ist eine Stelle,
 * die ...", "Processor: a person or body that ...", "Service Provider means any natural or legal person who
 * ...". The sentence opens with a short term, then a colon, a defining verb or (for a quoted term or one
 * after an indefinite article) a copula, then what the term is defined as. The definition discloses nothing
 * to anyone, whatever parties it names ("Recipient: a natural or legal person, public authority, agency or
 * another body"); "Our processors process personal data on our behalf" is no definition. What follows the
 * definition's own clause is read as any sentence (ownEnd): "Destinatarios: quien recibe sus datos, es
 * decir, empresas de reparto y anunciantes" names the parties after "es decir".
 */
export function definitionEnd(text: string, lang: Lang): number {
  const opening = text.slice(0, REACH);
  const head = findAllOnce(HEADS, lang, opening).find((h) => definedTerm(opening.slice(0, h.start), lang));
  return head ? ownEnd(text, head.end, lang) : 0;
}

/** A semicolon or a second colon ends a definition ("the person to whom we disclose data: Stripe and ..."). */
const PUNCTUATION_END = /[;:]/u;
/** An example word after a comma turns from the definition to a list of parties (", such as", ", come"). */
const AFTER_COMMA = /,\s*$/u;

/**
 * Where the definition whose head ends at `from` ends: at a semicolon or colon, at a word that says what
 * the parties are ("es decir", "ou seja", "that is"), at a new main clause (", and we disclose"), at an
 * example word after a comma (", such as", ", come", ", for eksempel"); else at the sentence's end.
 */
function ownEnd(text: string, from: number, lang: Lang): number {
  const rest = text.slice(from);
  const stops = [PUNCTUATION_END.exec(rest)?.index ?? rest.length];
  for (const e of findAllOnce(ENDS, lang, rest)) stops.push(e.start);
  for (const e of findAllOnce(EXAMPLES, lang, rest)) {
    if (AFTER_COMMA.test(rest.slice(0, e.start))) stops.push(e.start);
  }
  return from + Math.min(...stops);
}

/** Whether the text before the defining words is a short term and a colon, defining verb or copula. */
function definedTerm(before: string, lang: Lang): boolean {
  const trimmed = before.replace(/[\s,]+$/u, '');
  const colon = COLON.exec(trimmed);
  const term = colon ? trimmed.slice(0, colon.index) : beforeVerb(trimmed, lang);
  if (term === null || !SUBJECT.test(term)) return false;
  const words = term.match(SUBJECT_WORD) ?? [];
  return words.length >= 1 && words.length <= SUBJECT_WORDS;
}

/** The term before a defining verb, or before a copula where it is quoted or indefinite; null if neither. */
function beforeVerb(trimmed: string, lang: Lang): string | null {
  const atEnd = (table: LangTerms) => findAllOnce(table, lang, trimmed).find((c) => c.end === trimmed.length);
  const verb = atEnd(VERBS);
  if (verb) return trimmed.slice(0, verb.start);
  const copula = atEnd(COPULAS);
  if (!copula) return null;
  const term = trimmed.slice(0, copula.start);
  const first = term.match(SUBJECT_WORD)?.[0];
  return QUOTED.test(term) || (first !== undefined && isWholeTerm(INDEFINITES, lang, first)) ? term : null;
}
