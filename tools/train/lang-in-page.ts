import { join } from 'node:path';
import { loadClassifier } from '../../src/core/classify/classifier';
import type { Lang } from '../../src/core/vocabulary';
import model from '../../src/model/classifier.json';
import { inPageScorer } from '../lib/in-page-scores';
import { readLangSet } from '../lib/lang-eval-set';
import { sharedDataDir } from '../shared-data';

const LABELS = ['collection', 'sharing', 'retention'] as const;
const NINE = 'nl,nb,sv,da,fr,es,it,pl,pt';
const argv = process.argv.slice(2);
const langsArg = argv.indexOf('--langs');
const langs = (langsArg >= 0 ? (argv[langsArg + 1] ?? NINE) : NINE).split(',') as Lang[];
const c = loadClassifier(argv.includes('--concepts') ? { ...model, trainedLangs: [] } : model);
const pagesDir = join(sharedDataDir(process.argv), 'pages');

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const f1 = (t: Counts): number => (100 * 2 * t.tp) / Math.max(1, 2 * t.tp + t.fp + t.fn);

function add(t: Counts, gold: boolean, score: number): void {
  const predicted = score >= 0.5;
  if (gold && predicted) t.tp++;
  else if (predicted) t.fp++;
  else if (gold) t.fn++;
}

const macro = { alone: LABELS.map(() => 0), inPage: LABELS.map(() => 0) };
console.log('lang   n found | alone: collection sharing retention | in page');
for (const lang of langs) {
  const alone = LABELS.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  const inPage = LABELS.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  const scoreInPage = inPageScorer(c, pagesDir, lang);
  const passages = readLangSet(lang).passages;
  let found = 0;
  for (const p of passages) {
    const a = c.score(p.text, p.heading, lang);
    const b = scoreInPage(p.source, p.text);
    if (b !== undefined) found++;
    LABELS.forEach((label, l) => {
      const gold = p.labels.includes(label);
      add(alone[l]!, gold, a[label]);
      add(inPage[l]!, gold, (b ?? a)[label]);
    });
  }
  LABELS.forEach((_, l) => {
    macro.alone[l]! += f1(alone[l]!) / langs.length;
    macro.inPage[l]! += f1(inPage[l]!) / langs.length;
  });
  const row = (ts: Counts[]): string => ts.map((t) => f1(t).toFixed(0).padStart(3)).join(' ');
  console.log(
    `${lang.padEnd(4)} ${String(passages.length).padStart(3)} ${String(found).padStart(5)} | ${row(alone)} | ${row(inPage)}`,
  );
}
const fmt = (xs: number[]): string => xs.map((x) => x.toFixed(1)).join(' / ');
console.log(`macro F1 alone ${fmt(macro.alone)} | in page ${fmt(macro.inPage)}`);
