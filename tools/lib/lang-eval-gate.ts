/**
 * The gate of tools/eval-lang.ts: every language's segment F1 (alone and in page), document figures and
 * in-page passage figures against tools/eval-thresholds.json key `lang`. A gated figure that was not
 * measured (no ../shared) is not checked.
 */
import type { Lang } from '../../src/core/vocabulary';
import {
  type ExtractionFigures,
  PRACTICE_LABELS,
  type PracticeLabel,
  type SegmentFigures,
} from './lang-eval-figures';
import { accuracy, prf } from './lang-eval-metrics';

export interface ExtractionGate {
  readonly dataTypesF1?: number;
  readonly recipientsF1?: number;
  readonly retentionKindAccuracy?: number;
}

export interface LangGate {
  readonly documents?: ExtractionGate;
  readonly passagesInPage?: ExtractionGate;
  readonly segments?: Partial<Record<PracticeLabel, number>>;
  readonly segmentsInPage?: Partial<Record<PracticeLabel, number>>;
}

/** One language's figures, as far as the gate reads them. */
export interface GatedFigures {
  readonly lang: Lang;
  readonly segments: SegmentFigures;
  readonly segmentsInPage: SegmentFigures | null;
  readonly passagesInPage: ExtractionFigures | null;
  readonly documents: ExtractionFigures | null;
}

/** Gate failures, one line each ("de: sharing segment F1 0.712 < 0.75"). */
export function gateFailures(results: readonly GatedFigures[], gate: LangGate): string[] {
  const out: string[] = [];
  const under = (lang: string, what: string, value: number, min: number | undefined) => {
    if (min !== undefined && value < min) out.push(`${lang}: ${what} ${value.toFixed(3)} < ${min}`);
  };
  for (const r of results) {
    for (const label of PRACTICE_LABELS) {
      under(r.lang, `${label} segment F1`, prf(r.segments.labels[label]).f1, gate.segments?.[label]);
      const inPage = r.segmentsInPage?.labels[label];
      if (inPage) under(r.lang, `${label} in-page F1`, prf(inPage).f1, gate.segmentsInPage?.[label]);
    }
    const extraction = (what: string, f: ExtractionFigures | null, g: ExtractionGate | undefined) => {
      if (f === null || g === undefined) return;
      under(r.lang, `${what} data types F1`, prf(f.dataTypes).f1, g.dataTypesF1);
      under(r.lang, `${what} recipients F1`, prf(f.recipients).f1, g.recipientsF1);
      under(r.lang, `${what} retention kind accuracy`, accuracy(f.retentionKind), g.retentionKindAccuracy);
    };
    extraction('document', r.documents, gate.documents);
    extraction('in-page passage', r.passagesInPage, gate.passagesInPage);
  }
  return out;
}
