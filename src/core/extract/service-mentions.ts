import type { Lang } from '../vocabulary';
import { declareSpecs, escapeRegExp, lowerSameLength, matchesIn, specLexiconIdOf } from './lexicon';
import parties from './lexicon/third-parties.json';
import { NAMES } from './lexicon-index';
import type { Span } from './match-records';
import { lowerCase } from './prepared-texts';
import { TermIndex, type TermSpec } from './term-index';

/** A known service (third-parties.json). */
export interface Service {
  readonly name: string;
  readonly category: string;
  /**
   * A name that is also an ordinary word ("Nets": fishing nets) counts only where the sentence presents
   * recipients or a tool word stands before it ("håndteres af Nets"), as a bare company does.
   */
  readonly needsCue: boolean;
}

/** A service named in a text (null for names on the ignore list). */
export interface Mention {
  readonly service: Service | null;
  readonly start: number;
  readonly end: number;
}

/**
 * Alias -> service, split by how an alias is matched: plain one-word names exactly, the others in any case,
 * each set as one alternation `(?<![A-Z${LATIN_LETTERS}])(?:alias1|alias2...)(?![A-Z${LATIN_LETTERS}])`,
 * longest aliases first.
 */
interface AliasIndex {
  /** The exact aliases, matched on the text as written. */
  readonly exact: TermIndex;
  readonly exactMap: ReadonlyMap<string, Service | null>;
  /** The exact aliases in lower case, and the others: lexicons of every language's index (NAMES bounded). */
  readonly exactLower: readonly TermSpec[];
  readonly loose: readonly TermSpec[];
  readonly looseMap: ReadonlyMap<string, Service | null>;
}

let index: AliasIndex | null = null;

function looseKey(text: string): string {
  return text.toLowerCase().replace(/[\s-]+/g, ' ');
}

/** An alias pattern as a term bounded by NAMES. */
function nameSpec(source: string): TermSpec {
  return { pattern: source, regex: source, rightBound: true, loose: false, second: true };
}

/** Builds the alias lexicons once; longer aliases come first so the longest name wins at a position. */
function aliasIndex(): AliasIndex {
  if (index) return index;
  const exactMap = new Map<string, Service | null>();
  const looseMap = new Map<string, Service | null>();
  // Multi-word names and names with an inner capital, digit or dot ("GitHub", "Przelewy24") are
  // distinctive in any case; one plain capitalised word ("Zoom", "Indeed") only as written, and a name
  // that is also an ordinary phrase ("Fatture in Cloud": invoices in the cloud; asWritten in the lexicon).
  const add = (alias: string, service: Service | null, asWritten = false): void => {
    const loose = !asWritten && /[\s-]|\p{Ll}\p{Lu}|\d|\.\p{L}/u.test(alias.trim());
    const map = loose ? looseMap : exactMap;
    const key = map === looseMap ? looseKey(alias) : alias;
    if (!map.has(key)) map.set(key, service);
  };
  for (const s of parties.services) {
    const asWritten = 'asWritten' in s && s.asWritten === true;
    const needsCue = 'needsCue' in s && s.needsCue === true;
    for (const alias of s.aliases) add(alias, { name: s.name, category: s.category, needsCue }, asWritten);
  }
  for (const alias of parties.ignore) add(alias, null);
  const exactAliases = [...exactMap.keys()].sort((a, b) => b.length - a.length);
  const exact = new TermIndex(NAMES);
  exact.register(exactAliases.map((a) => ({ ...nameSpec(escapeRegExp(a)), second: false })));
  const loose = [...looseMap.keys()]
    .sort((a, b) => b.length - a.length)
    .map((a) =>
      a
        .split(/[\s-]+/)
        .map(escapeRegExp)
        .join('[\\s-]+'),
    );
  index = {
    exact,
    exactMap,
    exactLower: exactAliases.map((a) => nameSpec(escapeRegExp(lowerCase(a)))),
    loose: loose.map(nameSpec),
    looseMap,
  };
  return index;
}

/** Keys of the alias lexicons in the languages' indexes. */
const EXACT_LOWER = {};
const LOOSE = {};
declareSpecs(EXACT_LOWER, () => aliasIndex().exactLower);
declareSpecs(LOOSE, () => aliasIndex().loose);

/** The matches a global regex's matchAll would give: from each match on, the next one after its end. */
function successive(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const span of spans) {
    if (span.start < from) continue;
    out.push(span);
    from = span.end;
  }
  return out;
}

/**
 * Characters outside the name class whose lower case is in it (the Kelvin sign's is "k"): around such a
 * character, an alias written exactly may match where its lower case does not, so the exact aliases
 * are then matched on the whole text. 0: not asked yet, 1: such a character, 2: not.
 */
const lowersIntoName = new Uint8Array(0x10000);

/** Code units that may lower into a name character: U+0250-02FF, U+0370-1DFF and U+1F00-FFFF. */
function mayLowerIntoName(c: number): boolean {
  return c >= 0x1f00 || (c >= 0x370 && c <= 0x1dff) || (c >= 0x250 && c <= 0x2ff);
}

/** mayLowerIntoName as a search. */
const MAY_LOWER_INTO_NAME = /[\u0250-\u02ff\u0370-\u1dff\u1f00-\uffff]/;

function hasNameLowering(text: string): boolean {
  // Most texts hold no character that may lower into a name character: one regex scan says so.
  if (!MAY_LOWER_INTO_NAME.test(text)) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!mayLowerIntoName(c)) continue;
    let v = lowersIntoName[c] ?? 0;
    if (v === 0) {
      const lower = String.fromCharCode(c).toLowerCase();
      v = lower.length === 1 && isNameCode(lower.charCodeAt(0)) ? 1 : 2;
      lowersIntoName[c] = v;
    }
    if (v === 1) return true;
  }
  return false;
}

function isNameCode(c: number): boolean {
  return NAMES.ranges.some(([a, b]) => c >= a && c <= b);
}

/**
 * The exact aliases in a text. Where one matches as written, its lower case matches in the lower-cased
 * text (found by the language's index walk), unless a character like the Kelvin sign is about; so the
 * exact aliases are tried only where their lower case was found.
 */
function exactSpans(idx: AliasIndex, text: string, found: readonly Span[]): readonly Span[] {
  if (hasNameLowering(text)) return idx.exact.match(text).get(0)?.spans ?? [];
  if (found.length === 0) return [];
  return (
    idx.exact
      .matchAt(
        text,
        found.map((s) => s.start),
      )
      .get(0)?.spans ?? []
  );
}

/** Known services mentioned in a text, longest first, without overlaps (ignored names included as null). */
export function serviceMentions(text: string, lang: Lang): Mention[] {
  const idx = aliasIndex();
  const exactId = specLexiconIdOf(EXACT_LOWER, lang, () => idx.exactLower);
  const looseId = specLexiconIdOf(LOOSE, lang, () => idx.loose);
  const matches = matchesIn(lang, text);
  const all: Mention[] = [];
  for (const m of successive(exactSpans(idx, text, matches.get(exactId)?.spans ?? []))) {
    all.push({ service: idx.exactMap.get(text.slice(m.start, m.end)) ?? null, ...m });
  }
  const lower = lowerSameLength(text);
  for (const m of successive(matches.get(looseId)?.spans ?? [])) {
    all.push({ service: idx.looseMap.get(looseKey(lower.slice(m.start, m.end))) ?? null, ...m });
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of all) if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
