/**
 * `--dump-oof FILE`: the out-of-fold scores scoreAll would give on TRAIN (blended for English, linear for
 * German, each with its context stage), rescaled per label so that 0.5 is its threshold. For error
 * analysis of the out-of-fold decisions; nothing reads the file back.
 */
import type { OutOfFold } from './calibrate';
import type { ContextFit } from './context';

export interface DumpRow {
  readonly corpus: string;
  readonly index: number;
  readonly y: number[];
  readonly p: number[];
}

/** p on [0, 1] with the threshold t moved to 0.5 (monotone, piecewise linear). */
export function centreOnThreshold(p: number, t: number): number {
  return p >= t ? 0.5 + (p - t) / (2 * (1 - t)) : (0.5 * p) / t;
}

function rowsOf(preds: readonly OutOfFold[], thresholds: readonly number[]): DumpRow[] {
  return preds.map((o) => ({
    corpus: o.corpus,
    index: o.index,
    y: Array.from(o.y),
    p: Array.from(o.p, (x, l) => Number(centreOnThreshold(x, thresholds[l]!).toFixed(4))),
  }));
}

/** English segments from the blended path (when there is one), German ones from the linear path. */
export function oofDump(linear: ContextFit, blended: ContextFit | null): DumpRow[] {
  const german = linear.oof.filter((o) => o.corpus === 'mapp-de');
  const english =
    blended === null
      ? rowsOf(
          linear.oof.filter((o) => o.corpus !== 'mapp-de'),
          linear.thresholds,
        )
      : rowsOf(blended.oof, blended.thresholds);
  return [...english, ...rowsOf(german, linear.thresholds)];
}
