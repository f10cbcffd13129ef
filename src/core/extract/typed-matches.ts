import type { Lang } from '../vocabulary';
import { findAll, type LangTerms } from './lexicon';

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
}

/**
 * Matches every kind's terms in `text` and keeps the longest non-overlapping ones, so "e-mail address"
 * wins over "address" and "company name" over "name". Masks ("domain name", "by e-mail") take part in
 * that contest (losing ties against real mentions) and then vanish: whatever they cover is not a mention.
 */
export function typedMatches<K extends string>(
  table: Readonly<Record<K, KindTerms>>,
  masks: LangTerms | undefined,
  text: string,
  lang: Lang,
): TypedMatch<K>[] {
  const candidates: Candidate<K>[] = [];
  for (const kind of Object.keys(table) as K[]) {
    const terms = table[kind];
    for (const span of terms.strong ? findAll(terms.strong, lang, text) : []) {
      candidates.push({ kind, strong: true, ...span });
    }
    for (const span of terms.weak ? findAll(terms.weak, lang, text) : []) {
      candidates.push({ kind, strong: false, ...span });
    }
  }
  for (const span of masks ? findAll(masks, lang, text) : []) {
    candidates.push({ kind: null, strong: true, ...span });
  }
  return longestFirst(candidates);
}

function longestFirst<K extends string>(candidates: Candidate<K>[]): TypedMatch<K>[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      Number(b.strong) - Number(a.strong) ||
      (a.kind === null ? 1 : 0) - (b.kind === null ? 1 : 0) ||
      a.start - b.start,
  );
  const kept: Candidate<K>[] = [];
  for (const c of ordered) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.filter((c): c is TypedMatch<K> => c.kind !== null).sort((a, b) => a.start - b.start);
}
