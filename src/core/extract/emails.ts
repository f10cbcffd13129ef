import { isLetterOrDigit } from '../text/letters';
import type { Lang } from '../vocabulary';
import type { LangTerms } from './lexicon';
import contact from './lexicon/contact.json';
import type { Span } from './match-records';

/**
 * E-mail addresses in a text: the matches of
 * /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu, found from each "@" instead of
 * by trying the pattern at every character. A match holds one "@" (the local part's class has none), and
 * the engine's leftmost match with a given "@" starts where the run of local-part characters before it
 * starts (or where the previous match ended), if the domain part matches after it.
 */
const DOMAIN = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;

export function emailSpans(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at < from) continue;
    const start = localStart(text, from, at);
    if (start === at) continue;
    DOMAIN.lastIndex = at + 1;
    if (!DOMAIN.test(text)) continue;
    spans.push({ start, end: DOMAIN.lastIndex });
    from = DOMAIN.lastIndex;
  }
  DOMAIN.lastIndex = 0;
  return spans;
}

/** The e-mail addresses of a text, as written. */
export function emailsIn(text: string): string[] {
  return text.includes('@') ? emailSpans(text).map((s) => text.slice(s.start, s.end)) : [];
}

/** The text with every e-mail address replaced by a space (text.replace(EMAIL, ' ')). */
export function withoutEmails(text: string): string {
  if (!text.includes('@')) return text;
  let out = '';
  let last = 0;
  for (const s of emailSpans(text)) {
    out += `${text.slice(last, s.start)} `;
    last = s.end;
  }
  return out + text.slice(last);
}

/** Where the run of local-part characters ([\p{L}\p{N}._%+-]) that ends at `at` begins, not before `from`. */
function localStart(text: string, from: number, at: number): number {
  let k = at;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (c === 46 || c === 95 || c === 37 || c === 43 || c === 45) {
      k--;
      continue;
    }
    const pair = c >= 0xdc00 && c <= 0xdfff && k - 2 >= from && isHighSurrogate(text.charCodeAt(k - 2));
    const begin = pair ? k - 2 : k - 1;
    if (!isLetterOrDigit(text.codePointAt(begin) ?? 0)) break;
    k = begin;
  }
  return k;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * An address written to escape harvesters: "privacy [at] example [dot] org", "datenschutz(at)verein.de",
 * "info [arroba] club.es", "kontakt [małpa] firma.pl". Only the bracketed forms count: a bare " at " is
 * ordinary English. The words for "at" and "dot" are data (contact.json).
 */
function bracketed(words: string): string {
  return `\\s*[\\[({]\\s*(?:${words})\\s*[\\])}]\\s*`;
}

const LABEL = '[\\p{L}\\p{N}-]+';
const DISGUISED = new RegExp(
  `(?<![\\p{L}\\p{N}._%+-])([\\p{L}\\p{N}._%+-]+)(${bracketed(contact.disguisedAt)})` +
    `(${LABEL}(?:(?:\\.|${bracketed(contact.disguisedDot)})${LABEL})*(?:\\.|${bracketed(contact.disguisedDot)})\\p{L}{2,})` +
    '(?![\\p{L}\\p{N}-])',
  'giu',
);
const DOT_WORD = new RegExp(bracketed(contact.disguisedDot), 'giu');
const HAS_DOT_WORD = new RegExp(bracketed(contact.disguisedDot), 'iu');
/**
 * What every disguised address holds: a bracketed "at" word. Asked of every sentence of a page first: most
 * hold no bracket, and the whole pattern, tried at each word of a sentence with brackets, cost about 0.5 ms a
 * page (the bench's 10,000 words).
 */
const MAY_BE_DISGUISED = new RegExp(`[\\[({]\\s*(?:${contact.disguisedAt})\\s*[\\])}]`, 'iu');
/** "Prices (at) Amazon.com": "(at)" in parentheses with a space on both sides, as prose writes it. */
const SPACED_ROUND = /^\s+\(.*\)\s+$/u;
/** A domain as a name in prose: written with a plain dot and a capital ("Amazon.com"); addresses are lower case. */
function proseDomain(domain: string): boolean {
  return !HAS_DOT_WORD.test(domain) && /\p{Lu}/u.test(domain);
}

/**
 * The disguised addresses of a text, in normal form ("privacy@example.org"). A spaced "(at)" before a
 * capitalised domain with a plain dot is prose ("Prices (at) Amazon.com may differ", "held (at) Stockholm.se
 * venue"); "post (at) bergen-il.no", "privacy (at) example (dot) org", the glued "datenschutz(at)verein.de"
 * and square "[at]" stay addresses.
 */
export function disguisedEmailsIn(text: string): string[] {
  if (!MAY_BE_DISGUISED.test(text)) return [];
  return Array.from(text.matchAll(DISGUISED))
    .filter((m) => !(SPACED_ROUND.test(m[2] ?? '') && proseDomain(m[3] ?? '')))
    .map((m) => `${m[1]}@${(m[3] ?? '').replace(DOT_WORD, '.')}`);
}

/**
 * A language's spoken forms, compiled once: `gate`, what every spoken address holds (its "at" word between
 * spaces, a literal alternation asked of every sentence first); `pattern`, the whole address, run only where
 * the gate matches; `dotWord`, the dot words it replaces; `stop`, the words before a spoken "at" that are no
 * local part (`spokenLocalStop`): a preposition or article ("Síguenos en arroba luzverde punto es", "è una
 * chiocciola verde punto it", "maskotka to małpa Bongo kropka pl") or a placeholder ("nombre arroba dominio
 * punto com"), where the at-word is a symbol, an animal or a social handle. Null for a language with no
 * spoken "at" or dot word.
 */
interface SpokenForms {
  readonly gate: RegExp;
  readonly pattern: RegExp;
  readonly dotWord: RegExp;
  readonly stop: ReadonlySet<string>;
}

const SPOKEN = new Map<Lang, SpokenForms | null>();

function spokenForms(lang: Lang): SpokenForms | null {
  if (SPOKEN.has(lang)) return SPOKEN.get(lang) ?? null;
  const at = (contact.spokenAt as LangTerms)[lang] ?? [];
  const dots = (contact.spokenDot as LangTerms)[lang] ?? [];
  const spokenDot = `\\s+(?:${dots.join('|')})\\s+|${bracketed(contact.disguisedDot)}`;
  const forms =
    at.length === 0 || dots.length === 0
      ? null
      : {
          gate: new RegExp(`\\s(?:${at.join('|')})\\s`, 'iu'),
          pattern: new RegExp(
            `(?<![\\p{L}\\p{N}._%+-])([\\p{L}\\p{N}._%+-]+)\\s+(?:${at.join('|')})\\s+` +
              `(${LABEL}(?:(?:\\.|${spokenDot})${LABEL})*(?:\\.|${spokenDot})(?:${contact.knownTlds}))(?![\\p{L}\\p{N}-])`,
            'giu',
          ),
          dotWord: new RegExp(spokenDot, 'giu'),
          stop: new Set((contact.spokenLocalStop as LangTerms)[lang] ?? []),
        };
  SPOKEN.set(lang, forms);
  return forms;
}

/**
 * The addresses of a text spelled out in the page language's spoken words, with no brackets, in normal form: "privacy apenstaartje
 * energiegroen punt nl", "gdpr snabel-a campusaa punktum dk", "dpo chiocciola studiolegaleferri punto it",
 * "privacidade arroba luzverde ponto pt", "personvern krøllalfa firma.no". The "at" word must be one only an
 * address uses (`spokenAt`: "apenstaartje", "snabel-a", "krøllalfa", "chiocciola", "arroba", "arobase",
 * "małpa", "Klammeraffe", "ät"; English "at" is ordinary prose and has none), and the address must end in a
 * known top-level domain (`knownTlds`) after a dot or a spoken dot word (`spokenDot`: "punt", "punktum",
 * "punto", "ponto", "point", "Punkt", "kropka", "prik"), so "at the point of sale", "punto de venta" and "a
 * ponto de" never become addresses.
 */
export function spokenEmailsIn(text: string, lang: Lang): string[] {
  const forms = spokenForms(lang);
  if (forms === null || !forms.gate.test(text)) return [];
  const addresses: string[] = [];
  for (const m of text.matchAll(forms.pattern)) {
    const domain = (m[2] ?? '').replace(forms.dotWord, '.');
    // A capitalised name with a plain dot after the at-word is prose, like a bracketed "(at) Amazon.com":
    // "W zoo mieszka małpa Kropka.pl" (a monkey named Kropka.pl); a spoken address is written in lower case.
    if (forms.stop.has((m[1] ?? '').toLowerCase()) || (domain === m[2] && /\p{Lu}/u.test(domain))) continue;
    addresses.push(`${m[1]}@${domain}`);
  }
  return addresses;
}
