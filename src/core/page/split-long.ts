/** Longest text one segment holds; longer passages are cut at sentence ends so the classifier reads units. */
export const MAX_SEGMENT_CHARS = 3000;

export function splitLongText(text: string, max = MAX_SEGMENT_CHARS): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    const cut = lastSentenceEnd(window);
    const end = start + (cut > max / 3 ? cut : max);
    pieces.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) pieces.push(rest);
  return pieces.filter((p) => p !== '');
}

function lastSentenceEnd(window: string): number {
  const re = /[.!?](?=\s)/g;
  let last = -1;
  for (let m = re.exec(window); m; m = re.exec(window)) last = m.index + 1;
  return last;
}
