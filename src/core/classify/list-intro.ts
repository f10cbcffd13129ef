/**
 * How the concept view (languages without training data) reads a list item: under its section heading
 * and the sentence that introduces its list ("We collect the following data:" before "Name;"). A short
 * item holds few concepts, and the practice it belongs to is often named only in that introduction.
 */
import type { Segment } from '../page/segment';

/** An introduction ends with a colon ("...the following data:"). */
const INTRODUCES = /[:：]\s*$/;
/**
 * Its colon is not read: the sentence splitter breaks after a colon when the next word is capitalised, so
 * "Wir speichern:" + "Kontodaten ..." would be read as two sentences (the item's practice named only in the
 * other), and "we keep:" + "account data ..." as one. Without the colon every item is read in one sentence
 * with its introduction, whatever its first letter.
 */
const COLON = /\s*[:：]\s*$/;
/** The last sentence of a paragraph: what follows its last sentence end. */
const LAST_SENTENCE = /(?:^|[.!?]\s+)([^.!?]*)$/;
/** An introduction is read up to this many characters, from its end (where the list is announced). */
const MAX_INTRO_CHARS = 300;

/**
 * The heading each segment is read under: for a list item, its section heading followed by the sentence
 * that introduces its list (the last sentence of the paragraph right before the list, when it ends with a
 * colon, read without the colon; same section, only list items in between); otherwise its own heading. A
 * heading, a table row, a paragraph that introduces nothing or a change of section heading ends the
 * introduction.
 */
export function headingsWithIntro(segments: readonly Segment[]): string[] {
  let intro = '';
  let section = '';
  return segments.map((s) => {
    if (s.heading !== section) {
      intro = '';
      section = s.heading;
    }
    if (s.kind === 'list-item') return intro === '' ? s.heading : `${s.heading}\n${intro}`;
    intro = s.kind === 'paragraph' ? introductionOf(s.text) : '';
    return s.heading;
  });
}

/** The sentence of a paragraph that introduces a list, or '' when the paragraph introduces none. */
function introductionOf(paragraph: string): string {
  const text = paragraph.trim();
  if (!INTRODUCES.test(text)) return '';
  const last = LAST_SENTENCE.exec(text)?.[1] ?? text;
  return last.trim().slice(-MAX_INTRO_CHARS).replace(COLON, '');
}
