/**
 * Heading-shaped lines that are text: a list's intro ("Du har rätt att:", "We collect:") and a label with
 * its content ("Email: info@example.com"). Pages mark both up as headings (an <h3>, a "##", a short line of
 * its own), yet a reader reads the first as the clause that the list under it completes and the second as
 * the contact it gives; only a heading names a section ("Datasäkerhet:", "Cookies:", "1. Who we are:").
 * Segmenting runs before the page's language is known, so the words of all eleven languages count; a
 * word typed without its accents ("Voce tem o direito de:", "Mozesz:") is listed too where it is no other
 * word ("nos" is French for "our": "Nos partenaires :" is a heading).
 */
import lines from './heading-lines.json';

type Lists = Readonly<Record<string, readonly string[]>>;

const union = (lists: Lists): ReadonlySet<string> => new Set(Object.values(lists).flat());
/** Pronouns that open a clause as its subject ("We collect:", "Vi samler inn:", "Nous collectons :"). */
const SUBJECTS = union(lines.subjects);
/** Finite verbs that make a line a clause wherever they stand ("Du har rätt att:", "Tiene derecho a:"). */
const VERBS = union(lines.verbs);
/** Words that open a question, the shape of a section title ("What we collect:", "Hvad vi indsamler:"). */
const QUESTIONS = union(lines.questions);

/** The colon a line ends in (French writes a space before it). */
const FINAL_COLON = /\s*[:：]\s*$/;
/** A numbered or lettered title ("1. Who we are:", "IV. Rights:", "a) Contact:") is a heading by its number. */
const NUMBERED = /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.):]?|[ivxlc]{1,6}[.)]|[a-z][.)]|\([a-z0-9ivx]{1,4}\))\s/i;
/**
 * An e-mail address. The lookbehinds let a match start only where a run of its characters starts: without
 * them a long run of letters is tried from each of its positions (quadratic; a 40,000-letter Markdown heading
 * took 3 s, review12 finding 11).
 */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
/** A web address: with its scheme, www., or a domain with a path ("tools.google.com/dlpage/gaoptout"). */
const WEB_ADDRESS = /https?:\/\/\S|www\.\S|(?<![\p{L}\p{N}-])[\p{L}\p{N}-]+\.\p{L}{2,}\/\S/u;
/** A date in digits ("19.02.2021", "2025-01-15"): left out before looking for a phone number. */
const DATE = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/g;
/** A phone number: seven digits or more in one run of digits, spaces, brackets and hyphens. */
const PHONE = /\+?\d(?:[\s()-]?\d){6,}/;

/** Whether a heading-shaped text is text a reader reads on from: a list's intro or a label with content. */
export function readsAsText(text: string): boolean {
  return EMAIL.test(text) || labelsContent(text) || introducesList(text);
}

/**
 * "Telefon: +46 8 123 45 67", "Website: https://ico.org.uk", "Note: we never sell your data.": after a
 * label's colon stands content (a phone number, a web address, a sentence), not a subtitle ("Chapter 3:
 * Your rights", "Cookies: what they are", "Last updated: 19.02.2021", a title's "Notre plan de bataille.").
 */
function labelsContent(text: string): boolean {
  const colon = text.search(/[:：]\s/);
  if (colon < 0) return false;
  const rest = text.slice(colon + 1).trim();
  return (
    WEB_ADDRESS.test(rest) || PHONE.test(rest.replace(DATE, ' ')) || (/[.!]$/.test(rest) && isClause(rest))
  );
}

/**
 * A line ending in a colon that is a clause introduces what follows; one that is a name ("Datasäkerhet:", "Your rights:"), a question's shape
 * ("What we collect:") or numbered ("1. Who we are:") is a heading.
 */
function introducesList(text: string): boolean {
  if (!FINAL_COLON.test(text) || NUMBERED.test(text)) return false;
  const [first, second] = wordsOf(text);
  if (first === undefined || QUESTIONS.has(first) || (second !== undefined && QUESTIONS.has(second)))
    return false;
  return isClause(text);
}

/**
 * A clause: it opens with its subject pronoun ("We collect:") or has a finite verb as its first or second
 * word ("Tiene derecho a:", "Du har rätt att:", "Users can:"). A verb further on belongs to a relative
 * clause of a name ("Data we collect:", "Uppgifter vi samlar in:"), which is a heading.
 */
function isClause(text: string): boolean {
  const [first, second] = wordsOf(text);
  if (first === undefined) return false;
  return SUBJECTS.has(first) || VERBS.has(first) || (second !== undefined && VERBS.has(second));
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}
