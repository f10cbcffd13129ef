import { expect } from 'vitest';
import type { FlagTopic } from '../../../src/core/extract/flags';
import { extractPractices } from '../../../src/core/extract/index';
import type { Segment, SegmentKind } from '../../../src/core/page/segment';
import type { Practices } from '../../../src/core/report';
import {
  type DataType,
  type LabelScores,
  type Lang,
  type Recipient,
  type Right,
  SEGMENT_LABELS,
  type SegmentLabel,
} from '../../../src/core/vocabulary';

/** A paragraph, or a segment with a kind and a section heading. */
export type Block = string | { text: string; kind?: SegmentKind; heading?: string };

/** Segments for a list of blocks; ids are positions. */
export function segments(blocks: readonly Block[]): Segment[] {
  return blocks.map((b, id) =>
    typeof b === 'string'
      ? { id, kind: 'paragraph', text: b, heading: '', level: 0 }
      : {
          id,
          kind: b.kind ?? 'paragraph',
          text: b.text,
          heading: b.heading ?? '',
          level: b.kind === 'heading' ? 2 : 0,
        },
  );
}

/** Classifier scores that say nothing (every label 0): extraction on lexical cues alone. */
export function silentScores(n: number): LabelScores[] {
  const zero = Object.fromEntries(SEGMENT_LABELS.map((l) => [l, 0])) as LabelScores;
  return Array.from({ length: n }, () => ({ ...zero }));
}

/** Practices of a page made of `blocks`, with silent scores. */
export function practicesOf(blocks: readonly Block[], lang: Lang): Practices {
  const segs = segments(blocks);
  return extractPractices(segs, silentScores(segs.length), lang);
}

/** Scores of a classifier sure that each of `n` passages is about collection (0.9), silent on the rest. */
export function collectionScores(n: number): LabelScores[] {
  return silentScores(n).map((s) => ({ ...s, collection: 0.9 }));
}

/** The data types of one paragraph read on lexical cues alone (every score 0). */
export function typesSilent(text: string, lang: Lang, heading = ''): readonly DataType[] {
  return extractPractices(segments([{ text, heading }]), silentScores(1), lang).collection.dataTypes;
}

/** The data types of one paragraph the classifier is sure is about collection. */
export function typesSure(text: string, lang: Lang, heading = ''): readonly DataType[] {
  return extractPractices(segments([{ text, heading }]), collectionScores(1), lang).collection.dataTypes;
}

/** The data types of one paragraph read both ways: with silent scores, and sure of collection. */
export function typesBoth(
  text: string,
  lang: Lang,
  heading = '',
): [readonly DataType[], readonly DataType[]] {
  return [typesSilent(text, lang, heading), typesSure(text, lang, heading)];
}

/** Scores of a classifier sure (0.9) that each of `n` passages carries `label`, silent on the rest. */
export function sureScores(n: number, label: SegmentLabel): LabelScores[] {
  return silentScores(n).map((s) => ({ ...s, [label]: 0.9 }));
}

/** The rights one paragraph grants: read on lexical cues alone, and with the model sure it is about user access. */
export function rightsBoth(text: string, lang: Lang, heading = ''): [readonly Right[], readonly Right[]] {
  const segs = segments([{ text, heading }]);
  return [
    extractPractices(segs, silentScores(1), lang).rights.rights,
    extractPractices(segs, sureScores(1, 'access'), lang).rights.rights,
  ];
}

/** The flags set by one paragraph, as [silent, sure]: on lexical cues alone, and with the model sure of `label`. */
export function flagBoth(text: string, lang: Lang, flag: FlagTopic, label: SegmentLabel): [boolean, boolean] {
  const segs = segments([text]);
  return [
    extractPractices(segs, silentScores(1), lang)[flag].found,
    extractPractices(segs, sureScores(1, label), lang)[flag].found,
  ];
}

/** Recipient kinds a single sentence gives, read with silent classifier scores (cue-driven). */
export function recipientsOf(text: string, lang: Lang): readonly Recipient[] {
  return practicesOf([text], lang).sharing.recipients;
}

/** Contact e-mails a single sentence gives, read with silent classifier scores. */
export function emailsOf(text: string, lang: Lang): readonly string[] {
  return practicesOf([text], lang).contact.emails;
}

/** Named parties a single sentence gives, read with silent classifier scores. */
export function namedOf(text: string, lang: Lang): readonly string[] {
  return practicesOf([text], lang).sharing.named;
}

/**
 * Reads `text` with the model sure of collection (or, `silent`, on lexical cues alone, as a section the model is
 * sure is about collection would read a sentence with no collection verb) and expects every required type and
 * nothing but the required and the defensible.
 */
export function expectTypes(
  lang: Lang,
  text: string,
  required: readonly DataType[],
  defensible: readonly DataType[],
  silent: boolean,
): void {
  const read = silent ? typesSilent(text, lang) : typesSure(text, lang);
  for (const t of required) expect(read).toContain(t);
  for (const t of read) expect([...required, ...defensible]).toContain(t);
}
