/**
 * The retention stage: after the first stage and its context stage, a segment in which extraction's
 * retention rules read a kind (a period, "indefinitely", criteria such as "as long as necessary"), read on
 * the segment alone, has its retention logit re-weighed with that reading:
 *   z' = w.logit * z + w[kind]
 * where z is the calibrated retention logit (0 at the decision point). A segment with no reading keeps its
 * score. OPP-115 rarely states a period, so the first stage learned that a duration is weak evidence
 * ("We keep your data for three years." scored 0.09); the rules read it in every language
 * (docs/model.md, "A retention stage on extraction's reading").
 *
 * The weights are a logistic regression fitted on out-of-fold scores of TRAIN (tools/train/retention-stage.ts),
 * one set per view, because the three views' logits differ in scale: `blended` (English), `full` (German),
 * `concepts` (the nine languages without training data, which have no retention labels to fit on). The
 * threshold chosen out of fold is folded into the kind weights, so 0.5 stays the decision point.
 *
 * The classifier does not read the rules itself (extraction imports the classifier's types): a caller
 * passes a RetentionReader (src/core/retention-reading.ts: `readRetentionAlone`).
 */
import type { Segment } from '../page/segment';
import type { LabelScores, Lang, RetentionKind } from '../vocabulary';
import { logitOf, sigmoid } from './logistic';

/** The weights of one view: the first-stage logit and, per kind read, an intercept. */
export interface RetentionStage {
  readonly logit: number;
  readonly specific: number;
  readonly indefinite: number;
  readonly criteria: number;
}

export interface RetentionStages {
  readonly blended: RetentionStage;
  readonly full: RetentionStage;
  readonly concepts: RetentionStage;
}

export type RetentionView = keyof RetentionStages;

/** What extraction's retention rules read in each segment, read alone (index for index). */
export type RetentionReader = (segments: readonly Segment[], lang: Lang) => readonly RetentionKind[];

const WEIGHTS = ['logit', 'specific', 'indefinite', 'criteria'] as const;

/** Checks the shape of `retention` in classifier.json (optional); throws an Error saying what is wrong. */
export function validateRetentionStages(v: unknown): RetentionStages | undefined {
  if (v === undefined) return undefined;
  const fail = (why: string): never => {
    throw new Error(`loadClassifier: invalid model: retention${why}`);
  };
  if (typeof v !== 'object' || v === null) fail(' must be an object');
  const stages = v as Record<string, unknown>;
  for (const view of ['blended', 'full', 'concepts'] as const) {
    const s = stages[view] as Record<string, unknown> | undefined;
    if (typeof s !== 'object' || s === null) fail(`.${view} must be an object`);
    for (const w of WEIGHTS)
      if (typeof s?.[w] !== 'number' || !Number.isFinite(s[w])) fail(`.${view}.${w} must be a finite number`);
  }
  return v as RetentionStages;
}

/** The retention probability after the stage, from the score before it and the kind read. */
export function restage(stage: RetentionStage, p: number, kind: RetentionKind): number {
  if (kind === 'none') return p;
  return sigmoid(stage.logit * logitOf(p) + stage[kind]);
}

/**
 * Scores with the stage applied: `scores[i]` of `segments[i]`; headings keep theirs (as in the context
 * stage). The reader runs only on the body segments.
 */
export function withRetention(
  stage: RetentionStage,
  segments: readonly Segment[],
  scores: LabelScores[],
  lang: Lang,
  read: RetentionReader,
): LabelScores[] {
  const body = segments.flatMap((s, i) => (s.kind === 'heading' ? [] : [i]));
  const kinds = read(
    body.map((i) => segments[i]!),
    lang,
  );
  body.forEach((i, j) => {
    const kind = kinds[j] ?? 'none';
    const s = scores[i];
    if (s === undefined || kind === 'none') return;
    scores[i] = { ...s, retention: restage(stage, s.retention, kind) };
  });
  return scores;
}
