/** `--prune-study`: model size against decisions changed on TRAIN when small int8 weights are dropped. */
import { loadClassifier } from '../../src/core/classify/classifier';
import { SEGMENT_LABELS } from '../../src/core/vocabulary';
import { type CorpusName, corpusLang, type PolicySegment } from '../lib/policy-data';
import { type ExportInput, exportModel } from './export';
import { gzipSize } from './write';

export function pruneStudy(
  input: ExportInput,
  segments: ReadonlyArray<{ corpus: CorpusName; segs: readonly PolicySegment[] }>,
): string[] {
  const decide = (model: unknown): boolean[] => {
    const c = loadClassifier(model);
    return segments.flatMap(({ corpus, segs }) =>
      segs.flatMap((s) => {
        const scores = c.score(s.text, '', corpusLang(corpus));
        return SEGMENT_LABELS.map((l) => scores[l] >= 0.5);
      }),
    );
  };
  const base = decide(exportModel({ ...input, pruneBelow: 0 }));
  return [0, 1, 2, 3, 4].map((level) => {
    const m = exportModel({ ...input, pruneBelow: level });
    const d = decide(m);
    const changed = (100 * d.filter((x, i) => x !== base[i]).length) / d.length;
    return `prune |q| <= ${level}: ${m.rows} rows, ${gzipSize(m)} gzipped, ${changed.toFixed(3)}% decisions changed`;
  });
}
