/** Longest text one segment holds; longer passages are cut at sentence ends so the classifier reads units. */
export const MAX_SEGMENT_CHARS = 3000;

export function splitLongText(text: string, max = MAX_SEGMENT_CHARS): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const end = start + pieceEnd(text.slice(start, start + max), max);
    pieces.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) pieces.push(rest);
  return pieces.filter((p) => p !== '');
}

/** Where a piece whose next `max` characters are `window` ends: its last sentence end, unless that is too early. */
export function pieceEnd(window: string, max = MAX_SEGMENT_CHARS): number {
  const cut = lastSentenceEnd(window);
  return cut > max / 3 ? cut : max;
}

function lastSentenceEnd(window: string): number {
  const re = /[.!?](?=\s)/g;
  let last = -1;
  for (let m = re.exec(window); m; m = re.exec(window)) last = m.index + 1;
  return last;
}
