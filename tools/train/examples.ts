/**
 * Turns corpus segments into training examples: the full view, a concept-only view (so that the
 * language-independent features carry the signal on their own, for languages without training data),
 * and sentence-level examples cut from OPP-115 attribute spans (Data Retention; other labels on request).
 */
import type { FeatureView, Featurizer, InstanceMode } from '../../src/core/classify/features';
import { splitSentences } from '../../src/core/classify/sentences';
import { SEGMENT_LABELS, type SegmentLabel } from '../../src/core/vocabulary';
import {
  CATEGORY_LABEL,
  CORPUS_LABELS,
  type CorpusName,
  corpusLang,
  labelsOf,
  type PolicySegment,
} from '../lib/policy-data';

export interface TrainOptions {
  /** Weight of the concept-only copy of every example (0: none). */
  readonly conceptViewWeight: number;
  /** Target for OPP-115 labels chosen by only one annotator (labels_union minus labels_majority). */
  readonly unionTarget: number;
  /** The same for Data Retention alone (its majority positives are few). */
  readonly retentionUnionTarget: number;
  /** Weight of MAPP segments without category but with attribute annotations (ambiguous negatives). */
  readonly mappAmbiguousWeight: number;
  /** Weight of sentence examples cut around OPP-115 attribute spans (0: none). */
  readonly retentionSentenceWeight: number;
  /**
   * Labels (indices of SEGMENT_LABELS) whose OPP-115 attribute spans give sentence examples: each sentence
   * holding a span of the label's category is a positive of that label alone (its other labels unmasked).
   * A practice that is one sentence of a long segment about another is what is missed (docs/model.md).
   */
  readonly spanSentenceLabels: readonly number[];
  /**
   * MAPP policies of at least this many segments that carry a label nowhere are taken as not annotated
   * for that label: it gets no loss in them (0: off). See README-classifier notes on MAPP label noise.
   */
  readonly mappUnannotatedMin: number;
  /**
   * With concept dropout on (concept-dropout.ts): false, the concept-only copy of a segment is read with
   * its policy's gapped lexicon; true, that reading is added as an extra example beside the full-lexicon copy.
   */
  readonly conceptDropoutExtra: boolean;
}

/** `segment`: a corpus segment, full view (measured); `twin`: its concept-only view; `augment`: extra. */
export type ExampleRole = 'segment' | 'twin' | 'augment';

export interface RawExample {
  /** Fold key: a policy (MAPP apps share one key across en and de). */
  readonly group: string;
  readonly corpus: CorpusName;
  /** Position of the source segment in its corpus file (order within a policy). */
  readonly index: number;
  readonly role: ExampleRole;
  readonly view: FeatureView;
  readonly ids: Uint32Array;
  readonly values: Float32Array;
  readonly starts: Int32Array;
  /** Training targets. */
  readonly y: Float32Array;
  /** The corpus' majority labels (what is measured), 1 or 0. */
  readonly gold: Float32Array;
  readonly mask: Uint8Array;
  readonly weight: number;
}

const N = SEGMENT_LABELS.length;

export function groupKey(seg: PolicySegment): string {
  return `${seg.corpus}:${seg.policy_id}`;
}

function labelVectors(
  seg: PolicySegment,
  corpus: CorpusName,
  opts: TrainOptions,
): { y: Float32Array; gold: Float32Array; mask: Uint8Array; weight: number } {
  const y = new Float32Array(N);
  const gold = new Float32Array(N);
  const mask = new Uint8Array(N);
  const annotated = new Set<SegmentLabel>(CORPUS_LABELS[corpus]);
  const majority = labelsOf(seg.labels_majority);
  const union = labelsOf(seg.labels_union);
  SEGMENT_LABELS.forEach((label, l) => {
    if (!annotated.has(label)) return;
    mask[l] = 1;
    if (majority.has(label)) {
      y[l] = 1;
      gold[l] = 1;
    } else if (union.has(label)) y[l] = label === 'retention' ? opts.retentionUnionTarget : opts.unionTarget;
  });
  const ambiguous = corpus !== 'opp115' && majority.size === 0 && seg.attributes.length > 0;
  return { y, gold, mask, weight: ambiguous ? opts.mappAmbiguousWeight : 1 };
}

/** Sentences of an OPP-115 segment that hold (or lie inside) one of its spans of a category of `label`. */
function spanSentences(seg: PolicySegment, label: SegmentLabel): string[] {
  const spans = seg.attributes
    .filter(
      (a) =>
        a.category !== null && CATEGORY_LABEL[a.category] === label && a.span !== null && a.span.length >= 3,
    )
    .map((a) => a.span!);
  if (spans.length === 0) return [];
  const out = new Set<string>();
  const sents = splitSentences(seg.text);
  for (const span of spans) {
    const probe = span.slice(0, 60);
    for (const s of sents) if (s.includes(probe) || span.includes(s)) out.add(s);
  }
  return [...out].filter((s) => s !== seg.text).sort();
}

/** Per MAPP policy of >= min segments, the labels none of its segments carries (not annotated there). */
function unannotatedLabels(
  corpus: CorpusName,
  segments: readonly PolicySegment[],
  min: number,
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  if (corpus === 'opp115' || min <= 0) return out;
  const byGroup = new Map<string, PolicySegment[]>();
  for (const seg of segments) {
    const g = groupKey(seg);
    byGroup.set(g, [...(byGroup.get(g) ?? []), seg]);
  }
  for (const [g, segs] of byGroup) {
    if (segs.length < min) continue;
    const missing = CORPUS_LABELS[corpus]
      .filter((label) => !segs.some((s) => labelsOf(s.labels_majority).has(label)))
      .map((label) => SEGMENT_LABELS.indexOf(label));
    if (missing.length > 0) out.set(g, missing);
  }
  return out;
}

export function buildExamples(
  corpus: CorpusName,
  segments: readonly PolicySegment[],
  featurizer: Featurizer,
  opts: TrainOptions,
  mode: InstanceMode,
  gappedFor: ((group: string) => Featurizer) | null = null,
): RawExample[] {
  const lang = corpusLang(corpus);
  const out: RawExample[] = [];
  const add = (
    base: Omit<RawExample, 'ids' | 'values' | 'starts' | 'view' | 'role' | 'weight'>,
    text: string,
    textMode: InstanceMode,
    weight: number,
    role: 'segment' | 'augment',
  ): void => {
    out.push({
      ...base,
      role,
      view: 'full',
      weight,
      ...featurizer.instances(text, '', lang, 'full', textMode),
    });
    if (opts.conceptViewWeight <= 0) return;
    const gapped = gappedFor?.(base.group) ?? null;
    const twinReader = gapped !== null && !opts.conceptDropoutExtra ? gapped : featurizer;
    out.push({
      ...base,
      role: role === 'segment' ? 'twin' : 'augment',
      view: 'concepts',
      weight: weight * opts.conceptViewWeight,
      ...twinReader.instances(text, '', lang, 'concepts', textMode),
    });
    if (gapped !== null && opts.conceptDropoutExtra) {
      out.push({
        ...base,
        role: 'augment',
        view: 'concepts',
        weight: weight * opts.conceptViewWeight,
        ...gapped.instances(text, '', lang, 'concepts', textMode),
      });
    }
  };
  const unannotated = unannotatedLabels(corpus, segments, opts.mappUnannotatedMin);
  segments.forEach((seg, index) => {
    const { y, gold, mask, weight } = labelVectors(seg, corpus, opts);
    const group = groupKey(seg);
    for (const l of unannotated.get(group) ?? []) mask[l] = 0;
    add({ group, corpus, index, y, gold, mask }, seg.text, mode, weight, 'segment');
    if (corpus !== 'opp115' || opts.retentionSentenceWeight <= 0) return;
    for (const l of opts.spanSentenceLabels) {
      for (const s of spanSentences(seg, SEGMENT_LABELS[l]!)) {
        const ry = new Float32Array(N);
        const rmask = new Uint8Array(N);
        ry[l] = 1;
        rmask[l] = 1;
        add(
          { group, corpus, index, y: ry, gold: ry, mask: rmask },
          s,
          'segment',
          opts.retentionSentenceWeight,
          'augment',
        );
      }
    }
  });
  return out;
}
