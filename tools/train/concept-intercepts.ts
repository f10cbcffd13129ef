/**
 * The concept stage's intercepts for the labels it is not blended into (a = 0): there the blended concept
 * view is the linear one, so its intercept is the linear concept view's (`transferBias`). The trainer
 * recomputes it on the stage's own path (its thresholds, its rate-matching shift); that must come out the
 * same, or the two paths disagree about the same logits and training fails rather than ship either.
 */
import { SEGMENT_LABELS } from '../../src/core/vocabulary';

/**
 * How far a recomputed intercept may sit from `transferBias`, relative (both are rounded to 6 significant
 * digits on the way; a threshold one grid step (0.01) away moves an intercept by at least 0.04).
 */
const TOLERANCE = 1e-5;

/**
 * `computed` with the intercept of every label of blend 0 replaced by `transferBias`'s, after checking the
 * two agree; throws naming `what` and the labels that do not.
 */
export function keepLinearIntercepts(
  blend: readonly number[],
  computed: readonly number[],
  transferBias: readonly number[],
  what: string,
): number[] {
  const differing: string[] = [];
  const out = computed.map((b, l) => {
    if (blend[l] !== 0) return b;
    const linear = transferBias[l];
    if (linear === undefined || !(Math.abs(b - linear) <= TOLERANCE * Math.max(1, Math.abs(linear))))
      differing.push(`${SEGMENT_LABELS[l] ?? l} ${b} vs ${linear}`);
    return linear ?? b;
  });
  if (differing.length > 0)
    throw new Error(
      `${what}: intercepts of labels it is not blended into differ from transferBias: ${differing.join(', ')}`,
    );
  return out;
}
