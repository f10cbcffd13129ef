/**
 * Calibration of the transfer view on unlabelled policy text of the target genre.
 *
 * The transfer intercepts first come from out-of-fold predictions of the concept-only copies of TRAIN
 * (OPP-115 website policies from 2015 and MAPP app policies). On today's policies of the product's
 * target (../shared/data/pages/positive, no labels read) the concept-only view labels fewer segments
 * than the full view does on the same en and de pages. Per label, the transfer intercept is shifted so
 * that the concept-only view, reading the en and de pages (optionally through the gapped lexicons of
 * concept-dropout.ts, as a language with a thinner lexicon would be read), labels as many body segments
 * as the full view does. Only the en and de pages are read; the nine transfer languages' pages are not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, formatOf, pageFromText } from '../../src/cli/read-page';
import { loadClassifier } from '../../src/core/classify/classifier';
import type { Lexicon } from '../../src/core/classify/concepts';
import type { ClassifierModel } from '../../src/core/classify/model-format';
import type { Segment } from '../../src/core/page/segment';
import { type Lang, SEGMENT_LABELS } from '../../src/core/vocabulary';
import { dropStems } from './concept-dropout';

export interface PolicyPage {
  readonly lang: Lang;
  readonly segments: readonly Segment[];
}

export interface PageCalibrationOptions {
  /** Shift the transfer intercepts to match the full view's label rates on the en/de pages. */
  readonly transferRateMatch: boolean;
  /** Stem drop rate of the lexicons the concept-only view reads the pages with (0: the full lexicon). */
  readonly transferGap: number;
  /** Number of gapped lexicons (readings are pooled). */
  readonly transferGapVariants: number;
}

/** The body segments of the privacy policies in pages/positive/<lang>/ of the shared data. */
export function readPolicyPages(dataDir: string, langs: readonly Lang[]): PolicyPage[] {
  const out: PolicyPage[] = [];
  for (const lang of langs) {
    const dir = join(dataDir, 'pages', 'positive', lang);
    for (const file of readdirSync(dir).sort()) {
      const text = decodeText(readFileSync(join(dir, file)));
      const segments = pageFromText(text, formatOf(file, text)).segments.filter((s) => s.kind !== 'heading');
      out.push({ lang, segments });
    }
  }
  return out;
}

const logit = (p: number): number => Math.log(p / (1 - p));

/** Calibrated logits (0 at the decision point) of every body segment read alone, per label. */
function logitsOf(model: unknown, pages: readonly PolicyPage[]): number[][] {
  const c = loadClassifier(model);
  const out: number[][] = SEGMENT_LABELS.map(() => []);
  for (const page of pages)
    for (const s of page.segments) {
      const scores = c.score(s.text, s.heading, page.lang);
      SEGMENT_LABELS.forEach((l, li) => {
        out[li]!.push(logit(Math.min(1 - 1e-12, Math.max(1e-12, scores[l]))));
      });
    }
  return out;
}

/**
 * The shift d after which `transfer` (pooled readings of the same segments) has as many logits >= -d as
 * `full` has >= 0: midway between the k-th and (k+1)-th highest transfer logits (0 when k = 0).
 */
function matchRate(full: readonly number[], transfer: readonly number[]): number {
  const positives = full.filter((z) => z >= 0).length;
  const pooled = [...transfer].sort((a, b) => b - a);
  const k = Math.round((positives / full.length) * pooled.length);
  if (k <= 0) return 0;
  const above = pooled[k - 1]!;
  const below = pooled[k] ?? above - 1;
  return Number((-(above + below) / 2).toFixed(4));
}

/**
 * Per label, the shift d of the transfer intercept after which the concept-only view labels (logit + d
 * >= 0) the same share of page segments as the full view: d = minus the logit ranked at that share.
 */
export function rateMatchShifts(
  model: ClassifierModel,
  pages: readonly PolicyPage[],
  opts: PageCalibrationOptions,
  seed: number,
): number[] {
  const full = logitsOf(model, pages);
  const lexicons: Lexicon[] =
    opts.transferGap > 0
      ? Array.from({ length: opts.transferGapVariants }, (_, v) =>
          dropStems(model.lexicon, opts.transferGap, seed + 104729 * (v + 1)),
        )
      : [model.lexicon];
  const transfer = lexicons.map((lexicon) => logitsOf({ ...model, lexicon, trainedLangs: [] }, pages));
  return SEGMENT_LABELS.map((_, l) =>
    matchRate(
      full[l]!,
      transfer.flatMap((t) => t[l]!),
    ),
  );
}
