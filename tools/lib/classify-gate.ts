/**
 * The classifier gates of tools/eval-thresholds.json: minimum figures per corpus, on the validation splits
 * (`classify`, eval:classify) and cross-validated on TRAIN (`classifyCrossValidated`, npm run train).
 */
import type { SegmentLabel } from '../../src/core/vocabulary';
import type { CorpusFigures } from './classify-metrics';

export interface CorpusGate {
  readonly micro?: number;
  readonly macro?: number;
  readonly labels?: Readonly<Partial<Record<SegmentLabel, number>>>;
}

/** A corpus's figures, measured on validation or out of fold. */
export interface GatedFigures {
  readonly corpus: string;
  readonly figures: CorpusFigures;
}

/** What falls under the gate of the result's corpus (empty when it passes or has no gate). */
export function gateFailures(result: GatedFigures, gates: Readonly<Record<string, CorpusGate>>): string[] {
  const gate = gates[result.corpus];
  if (gate === undefined) return [];
  const out: string[] = [];
  const f = result.figures;
  if (gate.micro !== undefined && f.micro.f1 < gate.micro)
    out.push(`micro-F1 ${f.micro.f1.toFixed(3)} < ${gate.micro}`);
  if (gate.macro !== undefined && f.macroF1 < gate.macro)
    out.push(`macro-F1 ${f.macroF1.toFixed(3)} < ${gate.macro}`);
  for (const [label, min] of Object.entries(gate.labels ?? {})) {
    const row = f.labels.find((r) => r.label === label);
    if (min === undefined) continue;
    if (row === undefined) out.push(`${label} is gated but was not measured`);
    else if (row.f1 < min) out.push(`${label} F1 ${row.f1.toFixed(3)} < ${min}`);
  }
  return out.map((s) => `${result.corpus}: ${s}`);
}
