import { collapseWhitespace } from '../text/normalize';

/**
 * collapseWhitespace(raw), or a prefix of it at least `need` characters long, reading only about as much
 * of `raw` as that takes: a text node of several megabytes costs what the reader keeps of it.
 *
 * The prefix is exact: whitespace runs inside the part read collapse as they would in the whole, a run cut
 * at the end becomes the same single space, and trimming that trailing space leaves a prefix.
 */
export function collapsedPrefix(raw: string, need: number): string {
  for (let take = 2 * need + 64; ; take *= 4) {
    if (take >= raw.length) return collapseWhitespace(raw);
    const text = collapseWhitespace(raw.slice(0, take));
    if (text.length >= need) return text;
  }
}
