/**
 * `npx tsx tools/train/transfer-rates.ts [--data DIR]`: a label-free diagnostic of the transfer view.
 * For the privacy policies of ../shared/data/pages/positive/<lang>/ (unlabelled), the share of body
 * segments the committed classifier labels collection / sharing / retention (scoreAll, threshold 0.5),
 * and for en and de also under the concept-only view (as if they were untrained languages), so the rates
 * of the nine transfer languages can be set beside what the same genre gets in the trained languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, formatOf, pageFromText } from '../../src/cli/read-page';
import { loadClassifier } from '../../src/core/classify/classifier';
import { LANGUAGES, type Lang, SEGMENT_LABELS } from '../../src/core/vocabulary';
import model from '../../src/model/classifier.json';
import { sharedDataDir } from '../shared-data';

const LABELS = ['collection', 'sharing', 'retention'] as const;
const dir = join(sharedDataDir(process.argv), 'pages', 'positive');
const full = loadClassifier(model);
const conceptsOnly = loadClassifier({ ...model, trainedLangs: [] });

function rates(lang: Lang, view: 'default' | 'concepts'): string {
  const c = view === 'default' ? full : conceptsOnly;
  const count = new Map<string, number>();
  let n = 0;
  for (const f of readdirSync(join(dir, lang)).sort()) {
    const text = decodeText(readFileSync(join(dir, lang, f)));
    const segments = pageFromText(text, formatOf(f, text)).segments;
    const scores = c.scoreAll(segments, lang);
    segments.forEach((s, i) => {
      if (s.kind === 'heading') return;
      n++;
      for (const l of SEGMENT_LABELS) if (scores[i]![l] >= 0.5) count.set(l, (count.get(l) ?? 0) + 1);
    });
  }
  const pct = (l: string): string => ((100 * (count.get(l) ?? 0)) / Math.max(1, n)).toFixed(1).padStart(5);
  return `${lang} ${view.padEnd(8)} ${String(n).padStart(4)} segs | ${LABELS.map(pct).join(' ')} | all labels ${SEGMENT_LABELS.map(pct).join('')}`;
}

console.log(`lang view     segments | ${LABELS.join(' ')} (% of body segments at 0.5)`);
for (const lang of LANGUAGES) {
  console.log(rates(lang, 'default'));
  if (lang === 'en' || lang === 'de') console.log(rates(lang, 'concepts'));
}
