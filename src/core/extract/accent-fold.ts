import type { Lang } from '../vocabulary';
import data from './accent-fold.json';
import { addLetterCounts } from './letter-counts';
import { LATIN_LETTERS } from './term-syntax';

/**
 * Pages typed without accents ("donnees", "informacoes", "finalita", "miesiecy"): lexicon terms and texts
 * are matched with the accented letters of the page language folded to their base letter, one character
 * for one, so every offset of the folded text is that of the original and quotes stay verbatim.
 *
 * accent-fold.json says, per language, which letters fold (none in de, nb, sv, da, en: umlauts and å, ø, æ
 * are letters of their own, and German typed without them writes "ae") and which words keep their accents
 * because the accent tells two words apart ("à"/"a", "è"/"e", "sí"/"si", "é"/"e"): such a word, standing
 * alone (no letter, hyphen or apostrophe beside it), is left as written, in texts and terms alike, so it
 * matches only itself. Decomposed text (a letter followed by a combining mark) is left as it is: the mark
 * keeps it from matching a folded term, as it kept it from matching the accented one.
 */
export type AccentFold = (lower: string) => string;

interface LangFold {
  /** At most this many accented letters (of `letters`) per letter: a page typed without accents. */
  readonly accentlessAtMost: number;
  readonly letters: string;
  readonly keep: readonly string[];
}

const LANGUAGES = data.languages as Readonly<Partial<Record<Lang, LangFold>>>;
const BASES = data.bases as Readonly<Record<string, string>>;
const AROUND = `[${LATIN_LETTERS}'’-]`;

/** The base letter of an accented one: its first code unit once decomposed, or accent-fold.json's bases. */
function baseOf(letter: string): string {
  return BASES[letter] ?? letter.normalize('NFD').charAt(0);
}

const escapeWord = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function build(spec: LangFold): AccentFold {
  const bases = new Map([...spec.letters].map((c) => [c, baseOf(c)]));
  const letters = `[${spec.letters}]`;
  const keep = [...spec.keep].sort((a, b) => b.length - a.length).map(escapeWord);
  const any = new RegExp(letters);
  const scan = new RegExp(`(?<!${AROUND})(${keep.join('|')})(?!${AROUND})|${letters}`, 'g');
  const replace = (m: string, kept: string | undefined) => (kept === undefined ? (bases.get(m) ?? m) : m);
  return (lower) => (any.test(lower) ? lower.replace(scan, replace) : lower);
}

/** A class of apostrophes in a term ("jusqu['’]à"), seen as one apostrophe per character by foldTerm. */
const APOSTROPHE_CLASS = /\[['’]+\]/g;

/**
 * A lexicon term (a lower-cased regex source) folded as texts are: a word that keeps its accent in a text
 * keeps it in the term, read with a class of apostrophes standing for an apostrophe ("jusqu['’]à" folds
 * like "jusqu'à", where "à" is no word of its own).
 */
export function foldTerm(fold: AccentFold, term: string): string {
  const view = term.replace(APOSTROPHE_CLASS, (m) => "'".repeat(m.length));
  if (view === term) return fold(term);
  const folded = fold(view);
  let out = '';
  for (let i = 0; i < term.length; i++) out += view[i] === term[i] ? folded[i] : term[i];
  return out;
}

/** A lexicon term in lower case, folded by `fold` when the page's terms are folded (null: as written). */
export function lowerTerm(term: string, fold: AccentFold | null): string {
  const lower = term.toLowerCase();
  return fold ? foldTerm(fold, lower) : lower;
}

/** The key of a language's tables built from its terms: `fr`, or `fr~` when they are folded. */
export function foldKey(lang: Lang, fold: AccentFold | null): string {
  return fold ? `${lang}~` : lang;
}

const folds = new Map<Lang, AccentFold | null>();

/** The fold of a language (for lower-cased texts and lexicon terms), or null when it folds nothing. */
export function accentFoldOf(lang: Lang): AccentFold | null {
  let fold = folds.get(lang);
  if (fold === undefined) {
    const spec = LANGUAGES[lang];
    fold = spec ? build(spec) : null;
    folds.set(lang, fold);
  }
  return fold;
}

/**
 * Whether a page of `lang` made of `texts` is typed without accents: the language folds accents and the
 * page holds almost none of its accented letters (accent-fold.json's accentlessAtMost per letter, per language:
 * a few accented names or quotes, "Société Générale", leave a page typed without accents one).
 */
export function isAccentless(texts: readonly { readonly text: string }[], lang: Lang): boolean {
  const spec = LANGUAGES[lang];
  if (!spec) return false;
  const counts = { letters: 0, accented: 0 };
  for (const { text } of texts) addLetterCounts(text, spec.letters, counts);
  return counts.letters > 0 && counts.accented <= counts.letters * spec.accentlessAtMost;
}
