/**
 * The JSON shape of the hidden-layer stage of classifier.json (format version 3), its validation and the
 * dense int8 encoding of its embedding (see hidden-layer.ts for what it computes).
 */
import { LANGUAGES, type Lang, SEGMENT_LABELS } from '../vocabulary';
import type { ContextWeights } from './context';
import type { RowStore } from './hidden-layer';
import { bytesToBase64 } from './model-codec';

export const HIDDEN_ACTIVATION = 'relu';

export interface HiddenLayerModel {
  readonly activation: typeof HIDDEN_ACTIVATION;
  /** Hidden units H. */
  readonly units: number;
  /** Per label: sharpness r > 0 of the log-mean-exp pooling of the sentences' output logits. */
  readonly pooling: readonly number[];
  /** Languages whose logits blend this stage in (the others keep the linear model alone). */
  readonly langs: readonly Lang[];
  /** Per label: weight a of this stage in the blended logit, (1 - a) * linear + a * hidden. */
  readonly blend: readonly number[];
  /**
   * Per label intercept of the blended logit (both models' intercepts, calibrated so that 0.5 is the
   * decision point); it replaces the model's `bias` for `langs`.
   */
  readonly intercepts: readonly number[];
  /** The context stage of scoreAll for `langs` (fitted on the blended scores); checked by model-format.ts. */
  readonly context: ContextWeights;
  /**
   * One row of `units` int8 per row of the linear model (the same feature ids, model-format.ts `keys`),
   * row-major, base64 (`encodeInt8`); weight = int8 * scale[unit].
   */
  readonly embedding: string;
  /** Per hidden unit dequantisation scale. */
  readonly scale: readonly number[];
  /** Per hidden unit intercept. */
  readonly bias: readonly number[];
  /** units * labels output weights, row-major: output[h * labels + l]. */
  readonly output: readonly number[];
}

export function encodeInt8(values: Int8Array): string {
  return bytesToBase64(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
}

/** The int8 values of `text`; `name`: the model member they belong to, for the error. */
export function decodeInt8(text: string, length: number, name = 'hidden'): Int8Array {
  const out = new Int8Array(length);
  decodeInt8Rows(text, length, 1, { data: out, stride: 1, offset: 0 }, name);
  return out;
}

/**
 * The int8 values of `text`, `rows` rows of `width`, written into `store` straight from the decoded
 * text (no intermediate array); `name`: the model member they belong to, for the error.
 */
export function decodeInt8Rows(
  text: string,
  rows: number,
  width: number,
  store: RowStore,
  name = 'hidden',
): void {
  const bytes = atob(text);
  const length = rows * width;
  if (bytes.length !== length)
    throw new Error(`classifier model: ${name}.embedding holds ${bytes.length} bytes, expected ${length}`);
  const { data, stride, offset } = store;
  let pos = 0;
  for (let r = 0; r < rows; r++) {
    const at = r * stride + offset;
    // an Int8Array stores a byte of 128-255 as its two's complement, b - 256
    for (let h = 0; h < width; h++) data[at + h] = bytes.charCodeAt(pos++);
  }
}

/**
 * Throws unless `text` is base64 of exactly `length` bytes: a stage decoded on first use (classifier.ts)
 * still fails at load, not on the page that first needs it. atob (native) checks it; the bytes are
 * written out later, by decodeInt8Rows (a regex over the text costs more: its first run is interpreted).
 */
export function checkInt8Length(text: string, length: number, name = 'hidden'): void {
  let bytes: number;
  try {
    bytes = atob(text).length;
  } catch {
    throw new Error(`classifier model: ${name}.embedding is not base64`);
  }
  if (bytes !== length)
    throw new Error(`classifier model: ${name}.embedding holds ${bytes} bytes, expected ${length}`);
}

/**
 * Checks the shape of the `hidden` member of a parsed classifier.json (null: no hidden layer), or of
 * another member of the same shape (`member`, named in the errors: `hiddenConcepts`).
 */
export function validateHiddenLayer(v: unknown, member = 'hidden'): HiddenLayerModel | null {
  function fail(why: string): never {
    throw new Error(`loadClassifier: invalid model: ${member}.${why}`);
  }
  const finiteArray = (x: unknown, n: number, name: string): number[] => {
    if (!Array.isArray(x) || x.length !== n || !x.every((y) => typeof y === 'number' && Number.isFinite(y))) {
      fail(`${name} must be an array of ${n} finite numbers`);
    }
    return x as number[];
  };
  if (v === undefined) fail('must be an object or null');
  if (v === null) return null;
  if (typeof v !== 'object' || Array.isArray(v)) fail('must be an object or null');
  const m = v as Record<string, unknown>;
  if (m.activation !== HIDDEN_ACTIVATION) fail(`activation must be "${HIDDEN_ACTIVATION}"`);
  const units = m.units;
  if (typeof units !== 'number' || !Number.isInteger(units) || units < 1)
    fail('units must be a positive integer');
  const n = SEGMENT_LABELS.length;
  if (finiteArray(m.pooling, n, 'pooling').some((r) => r <= 0)) fail('pooling must be positive');
  if (finiteArray(m.blend, n, 'blend').some((a) => a < 0 || a > 1)) fail('blend must lie in [0, 1]');
  finiteArray(m.intercepts, n, 'intercepts');
  const langs = m.langs;
  if (!Array.isArray(langs) || !langs.every((l) => (LANGUAGES as readonly unknown[]).includes(l))) {
    fail(`langs must list languages among ${LANGUAGES.join(', ')}`);
  }
  if (typeof m.embedding !== 'string') fail('embedding must be a string');
  if (finiteArray(m.scale, units, 'scale').some((s) => s < 0)) fail('scale must be non-negative');
  finiteArray(m.bias, units, 'bias');
  finiteArray(m.output, units * n, 'output');
  return m as unknown as HiddenLayerModel;
}
