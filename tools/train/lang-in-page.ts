/**
 * `npx tsx tools/train/lang-in-page.ts [--data DIR] [--concepts] [--langs en,de]`
 *
 * Passage F1 of collection / sharing / retention on test/lang-eval (as `npm run eval:lang`), once with
 * each passage read alone (`score`, what eval:lang reports) and once as the product reads it: inside
 * its source page of ../shared/data/pages, with scoreAll (neighbour context; in the concept view, list
 * items read with their list's introduction). `--concepts` reads every language in the concept view
 * (en and de then serve as a labelled check of the concept view that is not one of the nine languages).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, formatOf, pageFromText } from '../../src/cli/read-page';
import { loadClassifier } from '../../src/core/classify/classifier';
import type { LabelScores, Lang } from '../../src/core/vocabulary';
import model from '../../src/model/classifier.json';
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
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

function add(t: Counts, gold: boolean, score: number): void {
  const predicted = score >= 0.5;
  if (gold && predicted) t.tp++;
  else if (predicted) t.fp++;
  else if (gold) t.fn++;
}

/** Scores of a page's segments (scoreAll) by normalised text; a passage cut at 600 characters by prefix. */
function pageScores(source: string, lang: Lang): (text: string) => LabelScores | undefined {
  const text = decodeText(readFileSync(join(pagesDir, source)));
  const segments = pageFromText(text, formatOf(source, text)).segments;
  const scores = c.scoreAll(segments, lang);
  const texts = segments.map((s) => norm(s.text));
  return (passage) => {
    const t = norm(passage);
    let i = texts.indexOf(t);
    if (i < 0) i = texts.findIndex((s) => s.startsWith(t.slice(0, 80)));
    return i < 0 ? undefined : scores[i];
  };
}

const macro = { alone: LABELS.map(() => 0), inPage: LABELS.map(() => 0) };
console.log('lang   n found | alone: collection sharing retention | in page');
for (const lang of langs) {
  const alone = LABELS.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  const inPage = LABELS.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  const pages = new Map<string, (text: string) => LabelScores | undefined>();
  const passages = readLangSet(lang).passages;
  let found = 0;
  for (const p of passages) {
    const lookup = pages.get(p.source) ?? pageScores(p.source, lang);
    pages.set(p.source, lookup);
    const a = c.score(p.text, p.heading, lang);
    const b = lookup(p.text);
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
