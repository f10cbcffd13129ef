/**
 * Extraction's retention reading of segments read alone, for the classifier's retention stage
 * (classify/retention-stage.ts): the product (analyze.ts), `plainly classify`, training and the evals all
 * read it here, so the stage sees the same reading everywhere.
 */
import type { ConceptCounts } from './classify/classifier';
import { conceptNames, type Lexicon } from './classify/concepts';
import type { RetentionReader } from './classify/retention-stage';
import { buildContexts } from './extract/context';
import { readingPage } from './extract/lexicon';
import { retentionIn, retentionSummary } from './extract/retention';
import type { Segment } from './page/segment';
import gate from './retention-gate.json';
import type { LabelScores, Lang, RetentionKind } from './vocabulary';
import { SEGMENT_LABELS } from './vocabulary';

/** No label: a segment read alone owes nothing to what the classifier said of it. */
const UNSCORED = Object.fromEntries(SEGMENT_LABELS.map((l) => [l, 0])) as LabelScores;

/**
 * What extraction's retention rules read in each segment on its own (a paragraph under its heading, no
 * list introduction, no classifier score): the kind its sentences state together. The classifier's
 * retention stage weighs it (classify/retention-stage.ts); training read TRAIN the same way.
 */
export function readRetentionAlone(segments: readonly Segment[], lang: Lang): RetentionKind[] {
  const alone = asParagraphs(segments);
  return readingPage(lang, alone, () => kindsAlone(alone, lang));
}

function asParagraphs(segments: readonly Segment[]): Segment[] {
  return segments.map((s): Segment => ({ ...s, kind: 'paragraph' }));
}

/** readRetentionAlone's kinds, asked inside a page reading (lexicon.ts `readingPage`) that is already open. */
function kindsAlone(alone: readonly Segment[], lang: Lang): RetentionKind[] {
  const contexts = buildContexts(
    alone,
    alone.map(() => UNSCORED),
    lang,
  );
  return contexts.map(
    (ctx) => retentionSummary(ctx.sentences.map((sentence) => retentionIn({ ctx, sentence }, lang))).kind,
  );
}

/**
 * Concepts without which the retention rules read nothing on the OPP-115 TRAIN segments (0 of the 66 they
 * read lack all of them; 689 of 2,111 segments carry one): a keep/store/delete verb, "indefinitely", "as long
 * as", "how long", a unit of time. The page's reading asks the rules only about segments whose concepts the
 * classifier's scan counted among these, so a page pays the second walk for a third of its segments.
 */
const RETENTION_GATE: readonly string[] = gate.concepts;

/** readRetentionAlone over the segments the scan (`concepts`, filled by scoreAll) found a gate concept in. */
export function gatedReading(concepts: ConceptCounts, lexicon: Lexicon): RetentionReader {
  return (segments, lang) => readingPage(lang, segments, () => gatedKinds(segments, concepts, lexicon, lang));
}

/**
 * gatedReading's kinds, asked inside the page reading that extraction opened (extract/index.ts
 * `extractPracticesThen`): the sentences a segment read alone shares with the page are walked once. Headings
 * read 'none': the stage leaves them out (retention-stage.ts `withRetention`), so the page's whole segment
 * list can be passed.
 */
export function gatedKinds(
  segments: readonly Segment[],
  concepts: ConceptCounts,
  lexicon: Lexicon,
  lang: Lang,
): RetentionKind[] {
  const names = conceptNames(lexicon);
  const ids = RETENTION_GATE.map((n) => names.indexOf(n)).filter((k) => k >= 0);
  const kinds: RetentionKind[] = segments.map(() => 'none');
  const picked = segments.flatMap((s, j) => {
    if (s.kind === 'heading') return [];
    const row = concepts.rows.get(s);
    if (row === undefined) return [j];
    const at = row * concepts.width;
    return ids.some((k) => (concepts.counts[at + k] ?? 0) > 0) ? [j] : [];
  });
  const read = kindsAlone(asParagraphs(picked.map((j) => segments[j]!)), lang);
  picked.forEach((j, q) => {
    kinds[j] = read[q] ?? 'none';
  });
  return kinds;
}

/** A reader that answers with kinds already read for `segments` (gatedKinds in a page reading), by segment. */
export function readerOf(segments: readonly Segment[], kinds: readonly RetentionKind[]): RetentionReader {
  const kindOf = new Map(segments.map((s, i) => [s, kinds[i] ?? 'none'] as const));
  return (asked) => asked.map((s) => kindOf.get(s) ?? 'none');
}
