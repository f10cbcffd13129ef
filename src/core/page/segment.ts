/** A unit of page text the classifier reads: a heading, a paragraph, a list item or a table row. */
export type SegmentKind = 'heading' | 'paragraph' | 'list-item' | 'table-row';

export interface Segment {
  /** Index in document order; evidence refers to segments by this number. */
  readonly id: number;
  readonly kind: SegmentKind;
  /** Visible text, whitespace collapsed. */
  readonly text: string;
  /** Text of the nearest heading above this segment (its section), or '' before the first heading. */
  readonly heading: string;
  /** Heading level 1-6 for headings, 0 otherwise. */
  readonly level: number;
}

/** Segments of a page plus, for pages read from a Document, the element each segment came from. */
export interface SegmentedPage {
  readonly segments: readonly Segment[];
  /** elements[i] is the element segments[i] was read from (empty for plain-text input). */
  readonly elements: readonly Element[];
  readonly title: string;
}
