import { MAX_SEGMENT_CHARS, pieceEnd } from './split-long';

/** What collapseWhitespace (src/core/text/normalize.ts) turns into one space. */
const WHITESPACE = /[\s\u00a0\u200b]+/g;
/** Raw characters collapsed per call of `next`: a text node of megabytes is read a chunk at a time. */
const CHUNK = 32_768;

/** Characters of `text` that are not whitespace, counted up to `max`, reading about as much of it as that takes. */
export function nonSpaceUpTo(text: string, max: number): number {
  let count = 0;
  for (let at = 0; at < text.length && count < max; at += CHUNK)
    count += text.slice(at, at + CHUNK).replace(WHITESPACE, '').length;
  return Math.min(count, max);
}

/**
 * A passage of raw page text cut into segments a bit at a time: the pieces of
 * splitLongText(collapseWhitespace(raw)), each produced as soon as the text it depends on is read, with
 * no call reading more than one chunk of the raw text or cutting more than one piece.
 *
 * The text is collapsed chunk by chunk: a whitespace run across two chunks becomes one space, the leading
 * space is dropped and the trailing one is dropped at the end, so the text is collapseWhitespace's. A piece
 * is cut once the text read reaches beyond its window, where the whole text would give the same window.
 */
export class Passage {
  /** Collapsed text from the start of the next piece on. */
  private text = '';
  private read = 0;
  private leading = true;
  private pieces = 0;

  constructor(
    private readonly raw: string,
    private readonly chunk = CHUNK,
  ) {}

  /** The next piece; null when it read or skipped something and has no piece yet; undefined when used up. */
  next(): string | null | undefined {
    const complete = this.read >= this.raw.length;
    if (!complete && this.text.length - 1 <= MAX_SEGMENT_CHARS) {
      this.readChunk();
      return null;
    }
    if (this.text.length > MAX_SEGMENT_CHARS) return this.cut();
    // The whole text is read and one piece's worth or less is left (a text under 2 characters is no segment).
    const rest = this.text.trim();
    this.text = '';
    if (rest === '' || (this.pieces === 0 && rest.length < 2)) return undefined;
    this.pieces++;
    return rest;
  }

  /** Cuts one piece off the front, where splitLongText would (an empty piece is skipped, as it skips them). */
  private cut(): string | null {
    const end = pieceEnd(this.text.slice(0, MAX_SEGMENT_CHARS));
    const piece = this.text.slice(0, end).trim();
    this.text = this.text.slice(end);
    if (piece === '') return null;
    this.pieces++;
    return piece;
  }

  private readChunk(): void {
    let part = this.raw.slice(this.read, this.read + this.chunk).replace(WHITESPACE, ' ');
    this.read += this.chunk;
    if (this.leading) {
      if (part.startsWith(' ')) part = part.slice(1);
      if (part !== '') this.leading = false;
    }
    if (part.startsWith(' ') && this.text.endsWith(' ')) part = part.slice(1);
    this.text += part;
    if (this.read >= this.raw.length && this.text.endsWith(' ')) this.text = this.text.slice(0, -1);
  }
}
