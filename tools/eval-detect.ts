/**
 * Detection quality on ../shared/data/pages (labelled policies and non-policies in eleven languages) and
 * ../shared/data/opp115/pages (English policies): precision and recall overall and per language, the
 * errors, and a reliability table of detection.score. `--gate` exits 1 under tools/eval-thresholds.json.
 */
import { readFileSync } from 'node:fs';
import { decodeText, formatOf, pageFromText } from '../src/cli/read-page';
import { analyzePage } from '../src/core/analyze';
import { loadClassifier } from '../src/core/classify/classifier';
import type { Report } from '../src/core/report';
import model from '../src/model/classifier.json';
import thresholds from './eval-thresholds.json';
import { labelledPages, sharedDataDir } from './shared-data';

const data = sharedDataDir();
const classifier = loadClassifier(model);

function analyzeFile(file: string, url: string | null): Report {
  const text = decodeText(readFileSync(file));
  return analyzePage(pageFromText(text, formatOf(file, text)), { url, classifier });
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const perLang = new Map<string, Counts>();
const all: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
const bins = Array.from({ length: 10 }, () => ({ n: 0, policies: 0 }));
const errors: string[] = [];

for (const item of labelledPages(data)) {
  const report = analyzeFile(item.path, item.url);
  const predicted = report.detection.isPolicy;
  const key = predicted ? (item.isPolicy ? 'tp' : 'fp') : item.isPolicy ? 'fn' : 'tn';
  for (const c of [
    all,
    perLang.get(item.lang) ?? perLang.set(item.lang, { tp: 0, fp: 0, fn: 0, tn: 0 }).get(item.lang)!,
  ])
    c[key]++;
  const bin = bins[Math.min(9, Math.floor(report.detection.score * 10))]!;
  bin.n++;
  if (item.isPolicy) bin.policies++;
  if (key === 'fp' || key === 'fn') {
    errors.push(
      `${key.toUpperCase()} ${item.kind.padEnd(16)} ${report.detection.score.toFixed(2)} ${item.path.slice(data.length + 1)} (${report.detection.reason})`,
    );
  }
}

const precision = (c: Counts) => (c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 1);
const recall = (c: Counts) => (c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 1);
const row = (name: string, c: Counts) =>
  `${name.padEnd(6)} precision ${precision(c).toFixed(3)}  recall ${recall(c).toFixed(3)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn} tn ${c.tn})`;

console.log('Detection (pages + opp115/pages)');
console.log(row('all', all));
for (const [lang, c] of [...perLang].sort()) console.log(row(lang, c));
console.log('\nReliability of detection.score (bin: pages, share that are policies)');
bins.forEach((b, i) => {
  if (b.n > 0)
    console.log(
      `  ${(i / 10).toFixed(1)}-${((i + 1) / 10).toFixed(1)}: ${String(b.n).padStart(4)}  ${(b.policies / b.n).toFixed(2)}`,
    );
});
console.log(`\nErrors (${errors.length}):`);
for (const e of errors) console.log(`  ${e}`);

if (process.argv.includes('--gate')) {
  const gate = thresholds.detect;
  const failures = [
    precision(all) < gate.precision && `precision ${precision(all).toFixed(3)} < ${gate.precision}`,
    recall(all) < gate.recall && `recall ${recall(all).toFixed(3)} < ${gate.recall}`,
  ].filter(Boolean);
  if (failures.length > 0) {
    console.error(`detection gate failed: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
}
