/**
 * Simulated lexicon gaps for the concept-only view. A language without training data is read through
 * stems someone wrote for it, and some of its ways of saying a thing will be missing. To keep the
 * transfer model from leaning on a few concepts (and to calibrate its thresholds on text read that way),
 * the concept-only copies of the training segments are read with lexicons that miss stems: each of
 * `variants` lexicons drops every language-specific stem (not the `all` ones: brands, shapes of ids)
 * with probability `rate`, from a fixed seed; every policy is read with one of them, chosen by a hash of
 * its fold key, so a missing stem is missing throughout a policy, as it would be in a real language.
 */
import type { Lexicon, LexiconLang } from '../../src/core/classify/concepts';
import { createFeaturizer, type FeatureConfig, type Featurizer } from '../../src/core/classify/features';
import { hashString } from '../../src/core/classify/hash';
import { mulberry32 } from './random';

export interface DropoutOptions {
  /** Probability that a stem is missing from a variant lexicon (0: off). */
  readonly conceptDropout: number;
  /** Number of variant lexicons. */
  readonly conceptDropoutVariants: number;
}

/** A lexicon with each language-specific stem dropped with probability `rate` (deterministic in `seed`). */
export function dropStems(lexicon: Lexicon, rate: number, seed: number): Lexicon {
  const random = mulberry32(seed);
  const concepts: Record<string, Partial<Record<LexiconLang, string>>> = {};
  for (const [name, entry] of Object.entries(lexicon.concepts)) {
    const out: Partial<Record<LexiconLang, string>> = {};
    for (const [lang, stems] of Object.entries(entry) as Array<[LexiconLang, string]>) {
      out[lang] =
        lang === 'all'
          ? stems
          : stems
              .split('|')
              .filter(() => random() >= rate)
              .join('|');
    }
    concepts[name] = out;
  }
  return { concepts };
}

/**
 * The featuriser that reads the concept-only copies of a policy's segments (fold key `group`), or null
 * when dropout is off (the copies are then read with the full lexicon).
 */
export function dropoutFeaturizers(
  lexicon: Lexicon,
  config: FeatureConfig,
  opts: DropoutOptions,
  seed: number,
): ((group: string) => Featurizer) | null {
  if (opts.conceptDropout <= 0 || opts.conceptDropoutVariants <= 0) return null;
  const variants = Array.from({ length: opts.conceptDropoutVariants }, (_, v) =>
    createFeaturizer(dropStems(lexicon, opts.conceptDropout, seed + 7919 * (v + 1)), config),
  );
  return (group) => variants[hashString(group) % variants.length]!;
}
