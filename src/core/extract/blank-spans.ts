import type { Span } from './lexicon';

/**
 * `text` with the characters of `spans` turned to spaces: the same length, so every offset still holds.
 * Spans may come in any order and overlap.
 */
export function blankSpans(text: string, spans: readonly Span[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.end <= at) continue;
    const from = Math.max(at, s.start);
    parts.push(text.slice(at, from), ' '.repeat(s.end - from));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
