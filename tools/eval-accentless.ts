/**
 * `npm run eval:accentless [-- --errors] [--gate]`
 *
 * Extraction on the lang-eval passages of the languages written with accents (fr es pt it pl de), each
 * passage read twice: as written, and stripped of its accents in memory (combining marks dropped, "ł" as
 * "l"), as pages typed without accents are. Data types and recipients micro P/R/F1 and the retention kind's
 * accuracy against the same gold, per language; nothing is written to disk. With ../shared the passages are
 * read under their page's own title, as `npm run eval:lang` reads them (tools/lib/lang-eval-passage.ts).
 * With --gate, exits 1 when the stripped figures fall further below the written ones than
 * tools/eval-thresholds.json key `accentless` allows.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadClassifier } from '../src/core/classify/classifier';
import { extractPractices } from '../src/core/extract/index';
import type { Lang } from '../src/core/vocabulary';
import model from '../src/model/classifier.json';
import thresholds from './eval-thresholds.json';
import {
  addOverlap,
  addSets,
  addTally,
  emptyOverlap,
  emptyTally,
  type Overlap,
  prf,
  type Tally,
} from './lib/lang-eval-metrics';
import { pageTitles, passageSegments } from './lib/lang-eval-passage';
import { type GoldPassage, readLangSet } from './lib/lang-eval-set';
import { sharedDataPath } from './shared-data';

const LANGS: readonly Lang[] = ['fr', 'es', 'pt', 'it', 'pl', 'de'];
const showErrors = process.argv.includes('--errors');
const gate = process.argv.includes('--gate');
const classifier = loadClassifier(model);
const pagesDir = join(sharedDataPath(), 'pages');
const titleOf = pageTitles(existsSync(pagesDir) ? pagesDir : null);

/** A text as typed without accents: letters without their combining marks, "ł" as "l". */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').normalize('NFC');
}

interface Figures {
  n: number;
  dataTypes: Overlap;
  recipients: Overlap;
  retention: Tally;
}

const emptyFigures = (): Figures => ({
  n: 0,
  dataTypes: emptyOverlap(),
  recipients: emptyOverlap(),
  retention: emptyTally(),
});

function read(p: GoldPassage, lang: Lang, strip: boolean, into: Figures): string[] {
  const s = (t: string) => (strip ? stripAccents(t) : t);
  const segments = passageSegments({ heading: s(p.heading), text: s(p.text) }, s(titleOf(p.source)));
  const practices = extractPractices(segments, classifier.scoreAll(segments, lang), lang);
  into.n++;
  const dt = addSets(into.dataTypes, practices.collection.dataTypes, p.dataTypes);
  const rc = addSets(into.recipients, practices.sharing.recipients, p.recipients);
  const errors = [...dt.missed.map((x) => `-${x}`), ...dt.extra.map((x) => `+${x}`)];
  errors.push(...rc.missed.map((x) => `-${x}`), ...rc.extra.map((x) => `+${x}`));
  if (p.retention !== undefined) {
    into.retention.total++;
    if (practices.retention.kind === p.retention.kind) into.retention.right++;
    else errors.push(`retention ${p.retention.kind}->${practices.retention.kind}`);
  }
  return errors;
}

const pct = (x: number) => String(Math.round(x * 100)).padStart(3);
const prfText = (o: Overlap) => {
  const { p, r, f1 } = prf(o);
  return `${pct(p)} ${pct(r)} ${pct(f1)}`;
};
const retText = (t: Tally) =>
  `${pct(t.total === 0 ? 1 : t.right / t.total)} (${String(t.total).padStart(3)})`;
const row = (name: string, f: Figures) =>
  `${name.padEnd(12)} ${String(f.n).padStart(4)} | ${prfText(f.dataTypes)} | ${prfText(f.recipients)} | ${retText(f.retention)}`;

console.log(
  'passages read alone, as written and stripped of accents: P R F1 (%), retention kind accuracy (%)',
);
console.log('lang           n  | data types  | recipients  | ret.kind (n)');
const totals = { written: emptyFigures(), stripped: emptyFigures() };
for (const lang of LANGS) {
  const figures = { written: emptyFigures(), stripped: emptyFigures() };
  for (const p of readLangSet(lang).passages) {
    if (stripAccents(p.text) === p.text && stripAccents(p.heading) === p.heading) {
      read(p, lang, false, figures.written);
      read(p, lang, false, figures.stripped);
      continue;
    }
    const written = read(p, lang, false, figures.written);
    const stripped = read(p, lang, true, figures.stripped);
    if (showErrors && written.join() !== stripped.join())
      console.log(
        `  ${lang} ${p.source}: ${stripAccents(p.text).slice(0, 100)}\n    written [${written}] stripped [${stripped}]`,
      );
  }
  for (const k of ['written', 'stripped'] as const) {
    console.log(row(`${lang} ${k}`, figures[k]));
    const t = totals[k];
    t.n += figures[k].n;
    addOverlap(t.dataTypes, figures[k].dataTypes);
    addOverlap(t.recipients, figures[k].recipients);
    addTally(t.retention, figures[k].retention);
  }
}
console.log(row('all written', totals.written));
console.log(row('all stripped', totals.stripped));

/** What the stripped reading loses against the written one, each loss beyond its margin one line. */
function gateFailures(written: Figures, stripped: Figures): string[] {
  const margins = thresholds.accentless;
  const retention = (t: Tally) => (t.total === 0 ? 1 : t.right / t.total);
  const checks: [string, number, number, number][] = [
    ['data types F1', prf(written.dataTypes).f1, prf(stripped.dataTypes).f1, margins.dataTypesF1Margin],
    ['recipients F1', prf(written.recipients).f1, prf(stripped.recipients).f1, margins.recipientsF1Margin],
    [
      'retention kind',
      retention(written.retention),
      retention(stripped.retention),
      margins.retentionKindMargin,
    ],
  ];
  return checks
    .filter(([, w, s, margin]) => s < w - margin)
    .map(([name, w, s, margin]) => `${name}: stripped ${s.toFixed(3)} < written ${w.toFixed(3)} - ${margin}`);
}

if (gate) {
  const failures = gateFailures(totals.written, totals.stripped);
  if (failures.length > 0) {
    console.error(`\nGATE FAILED (tools/eval-thresholds.json "accentless"):\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('\ngate passed (tools/eval-thresholds.json "accentless")');
}
