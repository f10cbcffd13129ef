/**
 * `npx tsx tools/train/lang-in-page.ts [--data DIR] [--concepts] [--langs en,de] [--whole-segment]
 *   [--no-context] [--lexicon FILE] [--model FILE]`
 *
 * Passage F1 of collection / sharing / retention on test/lang-eval (as `npm run eval:lang`), once with
 * each passage read alone (`score`) and once as the product reads it: inside its source page of
 * ../shared/data/pages, with scoreAll (tools/lib/in-page-scores.ts; a passage not found in its page is
 * scored alone here, and the "found" column counts the others; "excerpt" counts the passages that are
 * part of a longer segment, read in its place, or with `--whole-segment` the whole segment read).
 * `--concepts` reads every language in the concept view (en and de then serve as a labelled check of the
 * concept view that is not one of the nine languages). `--no-context` empties every context stage (a
 * diagnostic: what the neighbour context does in pages). `--lexicon FILE` reads with a whole concept lexicon
 * ({"concepts": ...}, e.g. the assembled concepts/ edited) instead of the model's embedded lexicon (the
 * weights are the model's: meaningful for stems of
 * the nine languages, which training does not read; the committed model must then be retrained to embed
 * it). `--model FILE` reads another classifier.json (an experiment's, e.g. written by
 * `npm run train -- --no-write --model-out FILE`) instead of src/model/classifier.json. Prints the macro F1
 * over the languages asked for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadClassifier } from '../../src/core/classify/classifier';
import { readRetentionAlone } from '../../src/core/retention-reading';
import type { Lang } from '../../src/core/vocabulary';
import committed from '../../src/model/classifier.json';
import { inPageScorer } from '../lib/in-page-scores';
import { emptyOverlap, type Overlap, prf } from '../lib/lang-eval-metrics';
import { readLangSet } from '../lib/lang-eval-set';
import { sharedDataDir } from '../shared-data';

const LABELS = ['collection', 'sharing', 'retention'] as const;
const NINE = 'nl,nb,sv,da,fr,es,it,pl,pt';
const argv = process.argv.slice(2);
const langsArg = argv.indexOf('--langs');
const langs = (langsArg >= 0 ? (argv[langsArg + 1] ?? NINE) : NINE).split(',') as Lang[];
const modelArg = argv.indexOf('--model');
const model: typeof committed =
  modelArg >= 0 ? JSON.parse(readFileSync(argv[modelArg + 1] ?? '', 'utf8')) : committed;
const lexiconArg = argv.indexOf('--lexicon');
const lexicon =
  lexiconArg >= 0 ? JSON.parse(readFileSync(argv[lexiconArg + 1] ?? '', 'utf8')) : model.lexicon;
const base = { ...model, lexicon, trainedLangs: argv.includes('--concepts') ? [] : model.trainedLangs };
const c = loadClassifier(withoutContext(base));
const pagesDir = join(sharedDataDir(process.argv), 'pages');

interface ContextJson {
  readonly offsets: readonly number[];
  readonly labels: ReadonlyArray<readonly number[]>;
}
function emptied(w: ContextJson): ContextJson {
  return { offsets: w.offsets, labels: w.labels.map(() => []) };
}

/** The model, or with `--no-context` a copy whose context stages are empty (first-stage scores only). */
function withoutContext(m: typeof model): unknown {
  if (!argv.includes('--no-context')) return m;
  const context = { full: emptied(m.context.full), concepts: emptied(m.context.concepts) };
  return { ...m, context, hidden: { ...m.hidden, context: emptied(m.hidden.context) } };
}

const f1 = (o: Overlap): number => 100 * prf(o).f1;

function add(t: Overlap, gold: boolean, score: number): void {
  const predicted = score >= 0.5;
  if (gold && predicted) t.tp++;
  else if (predicted) t.fp++;
  else if (gold) t.fn++;
}

const macro = { alone: LABELS.map(() => 0), inPage: LABELS.map(() => 0) };
console.log('lang   n found excerpt | alone: collection sharing retention | in page');
for (const lang of langs) {
  const alone = LABELS.map(emptyOverlap);
  const inPage = LABELS.map(emptyOverlap);
  const scoreInPage = inPageScorer(c, pagesDir, lang, { wholeSegment: argv.includes('--whole-segment') });
  const passages = readLangSet(lang).passages;
  let found = 0;
  let excerpts = 0;
  for (const p of passages) {
    const a = c.score(p.text, p.heading, lang, readRetentionAlone);
    const b = scoreInPage(p.source, p.text, p.heading);
    if (b !== undefined) found++;
    if (b?.excerpt === true) excerpts++;
    LABELS.forEach((label, l) => {
      const gold = p.labels.includes(label);
      add(alone[l]!, gold, a[label]);
      add(inPage[l]!, gold, (b?.scores ?? a)[label]);
    });
  }
  LABELS.forEach((_, l) => {
    macro.alone[l]! += f1(alone[l]!) / langs.length;
    macro.inPage[l]! += f1(inPage[l]!) / langs.length;
  });
  const row = (ts: Overlap[]): string => ts.map((t) => f1(t).toFixed(0).padStart(3)).join(' ');
  console.log(
    `${lang.padEnd(4)} ${String(passages.length).padStart(3)} ${String(found).padStart(5)} ${String(excerpts).padStart(7)} | ${row(alone)} | ${row(inPage)}`,
  );
}
const fmt = (xs: number[]): string => xs.map((x) => x.toFixed(1)).join(' / ');
console.log(`macro F1 alone ${fmt(macro.alone)} | in page ${fmt(macro.inPage)}`);
