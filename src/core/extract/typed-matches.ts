import type { Lang } from '../vocabulary';
import { type Coordination, coordinationsIn } from './coordinated';
import { type LangTerms, lexiconIdOf, lexiconsOf, matchesIn, overlaps } from './lexicon';
import type { LexiconMatches } from './match-records';

/** Terms of one kind (a data type, a recipient...): strong terms count alone, weak ones need support. */
export interface KindTerms {
  readonly strong?: LangTerms;
  readonly weak?: LangTerms;
}

export interface TypedMatch<K extends string> {
  readonly kind: K;
  readonly strong: boolean;
  readonly start: number;
  readonly end: number;
}

interface Candidate<K extends string> {
  readonly kind: K | null;
  readonly strong: boolean;
  readonly start: number;
  readonly end: number;
  /** Place of the kind in the table (masks last): equal candidates keep this order. */
  readonly order: number;
}

/** One lexicon of a typed table: which kind it names, how strongly, and its place in the table. */
interface Entry<K extends string> {
  readonly table: LangTerms;
  readonly kind: K | null;
  readonly strong: boolean;
  readonly order: number;
}

/** The lexicons of a typed table (strong, weak, then masks) by their id in the language's index. */
interface Group<K extends string> {
  readonly byId: ReadonlyMap<number, readonly Entry<K>[]>;
  /** The lexicons the ids belong to (lexiconsOf): they change only between pages. */
  readonly lexicons: object;
}

/** The lexicons of a typed table (strong, weak, then masks), for declareTables. */
export function typedLexicons(
  table: Readonly<Record<string, KindTerms>>,
  masks: LangTerms | undefined,
): LangTerms[] {
  const kinds = Object.values(table).flatMap((terms) => [terms.strong, terms.weak]);
  return [...kinds, masks].filter((t): t is LangTerms => t !== undefined);
}

const groups = new WeakMap<object, Map<LangTerms | undefined, Map<Lang, Group<string>>>>();

function groupOf<K extends string>(
  table: Readonly<Record<K, KindTerms>>,
  masks: LangTerms | undefined,
  lang: Lang,
): Group<K> {
  let byMasks = groups.get(table);
  if (!byMasks) {
    byMasks = new Map();
    groups.set(table, byMasks);
  }
  let byLang = byMasks.get(masks);
  if (!byLang) {
    byLang = new Map();
    byMasks.set(masks, byLang);
  }
  let group = byLang.get(lang) as Group<K> | undefined;
  if (!group || group.lexicons !== lexiconsOf(lang)) {
    const kinds = Object.keys(table) as K[];
    const entries: Entry<K>[] = [];
    kinds.forEach((kind, order) => {
      const terms = table[kind];
      if (terms.strong) entries.push({ table: terms.strong, kind, strong: true, order });
      if (terms.weak) entries.push({ table: terms.weak, kind, strong: false, order });
    });
    if (masks) entries.push({ table: masks, kind: null, strong: true, order: kinds.length });
    const byId = new Map<number, Entry<K>[]>();
    for (const e of entries) {
      const id = lexiconIdOf(e.table, lang);
      if (id >= 0) byId.set(id, [...(byId.get(id) ?? []), e]);
    }
    group = { byId, lexicons: lexiconsOf(lang) };
    byLang.set(lang, group as Group<string>);
  }
  return group;
}

/**
 * Matches every kind's terms in `text` and keeps the longest non-overlapping ones, so "e-mail address"
 * wins over "address" and "company name" over "name". Masks ("domain name", "by e-mail") take part in
 * that contest (losing ties against real mentions) and then vanish: whatever they cover is not a mention.
 * Overlapping masks all stay (see clearOf).
 */
export function typedMatches<K extends string>(
  table: Readonly<Record<K, KindTerms>>,
  masks: LangTerms | undefined,
  text: string,
  lang: Lang,
): TypedMatch<K>[] {
  const group = groupOf(table, masks, lang);
  const candidates: Candidate<K>[] = [];
  // The few lexicons that match, rather than every lexicon of the table.
  const found = matchesIn(lang, text);
  for (let k = 0; k < found.size; k++) {
    const entries = group.byId.get(found.idAt(k));
    if (entries === undefined) continue;
    const to = found.spanFrom(k + 1);
    for (const e of entries) {
      for (let q = found.spanFrom(k); q < to; q += 2)
        candidates.push({
          kind: e.kind,
          strong: e.strong,
          order: e.order,
          start: found.startAt(q),
          end: found.endAt(q),
        });
    }
  }
  for (const co of coordinationsIn(text, lang)) readCoordination(co, candidates, group, lang);
  return longestFirst(candidates);
}

/**
 * "Marketing- und Analyseplattformen" names two kinds: a mention that runs from the first part into the
 * last word ("marketing- og \w+") is cut back to the first part, so the last word is read alone too, and
 * the first part is read completed by the head of the last word ("Marketingplattformen").
 */
function readCoordination<K extends string>(
  co: Coordination,
  candidates: Candidate<K>[],
  group: Group<K>,
  lang: Lang,
): void {
  candidates.forEach((c, i) => {
    if (c.kind !== null && c.start >= co.start && c.start < co.end && c.end > co.lastStart)
      candidates[i] = { ...c, end: co.end };
  });
  for (const word of co.completions) {
    let read = false;
    const found = matchesIn(lang, word);
    for (let k = 0; k < found.size; k++) {
      for (const e of group.byId.get(found.idAt(k)) ?? []) {
        if (e.kind === null || !wholeWord(found, k, word.length)) continue;
        candidates.push({ kind: e.kind, strong: e.strong, order: e.order, start: co.start, end: co.end });
        read = true;
      }
    }
    if (read) return;
  }
}

/** Whether the k-th lexicon of `found` matches the whole of a word of `length` characters. */
function wholeWord(found: LexiconMatches, k: number, length: number): boolean {
  const to = found.spanFrom(k + 1);
  for (let q = found.spanFrom(k); q < to; q += 2)
    if (found.startAt(q) === 0 && found.endAt(q) === length) return true;
  return false;
}

function longestFirst<K extends string>(candidates: Candidate<K>[]): TypedMatch<K>[] {
  if (candidates.length === 0) return [];
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (only) return isTyped(only) ? [only] : [];
  const ordered = candidates.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      Number(b.strong) - Number(a.strong) ||
      (a.kind === null ? 1 : 0) - (b.kind === null ? 1 : 0) ||
      a.start - b.start ||
      a.order - b.order,
  );
  const kept = ordered.length <= FEW_CANDIDATES ? keptOfFew(ordered) : keptOfMany(ordered);
  return kept.filter(isTyped).sort((a, b) => a.start - b.start);
}

/** Up to this many candidates are tried against each kept one; more against the positions kept ones cover. */
const FEW_CANDIDATES = 32;

function keptOfFew<K extends string>(ordered: readonly Candidate<K>[]): Candidate<K>[] {
  const kept: Candidate<K>[] = [];
  for (const c of ordered) if (clearOf(c, kept)) kept.push(c);
  return kept;
}

/**
 * What keptOfFew keeps, in time linear in the candidates' lengths, not quadratic in their number (a page
 * may hold a "sentence" naming data thousands of times): the positions kept mentions and kept masks cover
 * are marked, and a candidate is clear of the kept ones when none of its positions is marked by one it may
 * not overlap (a mention may overlap nothing, a mask no mention).
 */
function keptOfMany<K extends string>(ordered: readonly Candidate<K>[]): Candidate<K>[] {
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const c of ordered) {
    first = Math.min(first, c.start);
    last = Math.max(last, c.end);
  }
  const byMention = new Uint8Array(last - first);
  const byMask = new Uint8Array(last - first);
  const kept: Candidate<K>[] = [];
  for (const c of ordered) {
    const from = c.start - first;
    const to = c.end - first;
    const clear =
      c.kind === null
        ? !marked(byMention, from, to)
        : !marked(byMention, from, to) && !marked(byMask, from, to);
    if (!clear) continue;
    kept.push(c);
    (c.kind === null ? byMask : byMention).fill(1, from, to);
  }
  return kept;
}

function marked(positions: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (positions[k] === 1) return true;
  return false;
}

/**
 * Whether candidate c overlaps none of `kept`. Masks do not knock each other out: two overlapping masks
 * cover the union of their spans, so no mention comes back from under the shorter one.
 */
function clearOf<K extends string>(c: Candidate<K>, kept: readonly Candidate<K>[]): boolean {
  for (const k of kept) {
    if (overlaps(c, k) && (c.kind !== null || k.kind !== null)) return false;
  }
  return true;
}

function isTyped<K extends string>(c: Candidate<K>): c is Candidate<K> & TypedMatch<K> {
  return c.kind !== null;
}
