/**
 * How the concept view (languages without training data) reads a list item: under its section heading
 * and the paragraph that introduces its list ("We collect the following data:" before "Name;"). A short
 * item holds few concepts, and the practice it belongs to is often named only in that introduction.
 */
import type { Segment } from '../page/segment';

/**
 * The heading each segment is read under: for a list item, its section heading followed by the
 * paragraph right before its list (same section, only list items in between); otherwise its own
 * heading. A heading, a table row or a change of section heading ends the introduction.
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
    intro = s.kind === 'paragraph' ? s.text : '';
    return s.heading;
  });
}
