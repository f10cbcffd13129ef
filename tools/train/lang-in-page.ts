/**
 * `npx tsx tools/train/lang-in-page.ts [--data DIR] [--concepts] [--langs en,de]`
 *
 * Passage F1 of collection / sharing / retention on test/lang-eval (as `npm run eval:lang`), once with
 * each passage read alone (`score`) and once as the product reads it: inside its source page of
 * ../shared/data/pages, with scoreAll (tools/lib/in-page-scores.ts; a passage not found in its page is
 * scored alone here, and the "found" column counts the others). `--concepts` reads every language in the
 * concept view (en and de then serve as a labelled check of the concept view that is not one of the nine
 * languages). Prints the macro F1 over the languages asked for.
 */
import { join } from 'node:path';
import { loadClassifier } from '../../src/core/classify/classifier';
import type { Lang } from '../../src/core/vocabulary';
import model from '../../src/model/classifier.json';
import { inPageScorer } from '../lib/in-page-scores';
import { emptyOverlap, type Overlap, prf } from '../lib/lang-eval-metrics';
import { readLangSet } from '../lib/lang-eval-set';
import { sharedDataDir } from '../shared-data';

const LABELS = ['collection', 'sharing', 'retention'] as const;
const NINE = 'nl,nb,sv,da,fr,es,it,pl,pt';
const argv = process.argv.slice(2);
const langsArg = argv.indexOf('--langs');
const langs = (langsArg >= 0 ? (argv[langsArg + 1] ?? NINE) : NINE).split(',') as Lang[];
const c = loadClassifier(argv.includes('--concepts') ? { ...model, trainedLangs: [] } : model);
const pagesDir = join(sharedDataDir(process.argv), 'pages');

const f1 = (o: Overlap): number => 100 * prf(o).f1;

function add(t: Overlap, gold: boolean, score: number): void {
  const predicted = score >= 0.5;
  if (gold && predicted) t.tp++;
  else if (predicted) t.fp++;
  else if (gold) t.fn++;
}

const macro = { alone: LABELS.map(() => 0), inPage: LABELS.map(() => 0) };
console.log('lang   n found | alone: collection sharing retention | in page');
for (const lang of langs) {
  const alone = LABELS.map(emptyOverlap);
  const inPage = LABELS.map(emptyOverlap);
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
  const row = (ts: Overlap[]): string => ts.map((t) => f1(t).toFixed(0).padStart(3)).join(' ');
  console.log(
    `${lang.padEnd(4)} ${String(passages.length).padStart(3)} ${String(found).padStart(5)} | ${row(alone)} | ${row(inPage)}`,
  );
}
const fmt = (xs: number[]): string => xs.map((x) => x.toFixed(1)).join(' / ');
console.log(`macro F1 alone ${fmt(macro.alone)} | in page ${fmt(macro.inPage)}`);
