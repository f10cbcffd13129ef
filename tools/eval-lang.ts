/**
 * `npm run eval:lang [-- --gate] [--errors] [--lang xx] [--data DIR]`
 *
 * Scores the classifier and the extraction on the hand-labelled multilingual set of test/lang-eval/
 * (one file per language, see its README), per language and overall:
 *  - segments: precision / recall / F1 of collection, sharing, retention at threshold 0.5 on every passage,
 *    read alone (`score`) and, with ../shared, as the product reads it: inside its page (`scoreAll`; a
 *    passage that is part of a longer segment is read in that segment's place, tools/lib/in-page-scores.ts);
 *  - passages: the extraction run on each passage alone (data types, recipients, retention kind, sells),
 *    under its section heading and its page's own title (tools/lib/lang-eval-passage.ts);
 *  - passages in their page, with ../shared: extraction run once over the passage's whole source page, the
 *    passage credited with what was read in its own segment (tools/lib/lang-eval-in-page.ts): a list item
 *    read after its introduction, as the product reads it;
 *  - documents: the full pipeline on each labelled policy of ../shared/data/pages compared with the
 *    document lines (data types and recipients micro P/R/F1, retention kind, periods, sells, language id).
 *    Skipped, with a note, when ../shared is absent.
 * Then the most frequent error patterns per language (`--errors` lists every error). `--gate` exits 1 when a
 * figure falls under tools/eval-thresholds.json key `lang` (per language: segment F1 alone and in page,
 * documents, passages in their page).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, formatOf, pageFromText } from '../src/cli/read-page';
import { analyzePage } from '../src/core/analyze';
import { type Classifier, loadClassifier } from '../src/core/classify/classifier';
import { type Claims, extractPractices } from '../src/core/extract/index';
import type { Practices } from '../src/core/report';
import { readRetentionAlone } from '../src/core/retention-reading';
import { LANGUAGES, type LabelScores, type Lang } from '../src/core/vocabulary';
import model from '../src/model/classifier.json';
import thresholds from './eval-thresholds.json';
import { inPageScorer } from './lib/in-page-scores';
import {
  addExtraction,
  addSegments,
  compareExtraction,
  count,
  type ExtractionFigures,
  emptyExtraction,
  emptySegments,
  PRACTICE_LABELS,
  type SegmentFigures,
  short,
} from './lib/lang-eval-figures';
import { type GatedFigures, gateFailures, type LangGate } from './lib/lang-eval-gate';
import { passagesInPage } from './lib/lang-eval-in-page';
import { accuracy, fmtPrf, pct, type Tally } from './lib/lang-eval-metrics';
import { pageTitles, passageSegments } from './lib/lang-eval-passage';
import { type GoldDocument, type GoldPassage, readLangSet } from './lib/lang-eval-set';
import { sharedDataDir } from './shared-data';

const THRESHOLD = 0.5;

interface LangResult extends GatedFigures {
  /** The same passages scored inside their source page (null without ../shared). */
  segmentsInPage: SegmentFigures | null;
  readonly passages: ExtractionFigures;
  /** Extraction of each passage read in its page (null without ../shared; n: passages found in their page). */
  passagesInPage: ExtractionFigures | null;
  documents: ExtractionFigures | null;
  /** Error pattern -> count, e.g. "doc: missed data type phone". */
  readonly patterns: Map<string, number>;
  readonly errors: string[];
}

const argv = process.argv.slice(2);
const langArg = argv.indexOf('--lang');
const onlyLang = langArg >= 0 ? argv[langArg + 1] : undefined;
const classifier = loadClassifier(model);
const pagesDir = findPagesDir();
const titleOf = pageTitles(pagesDir);

function findPagesDir(): string | null {
  try {
    const dir = join(sharedDataDir(process.argv), 'pages');
    return existsSync(dir) ? dir : null;
  } catch {
    return null;
  }
}

function scoreSegments(result: LangResult, p: GoldPassage, c: Classifier): void {
  tallySegment(
    result,
    result.segments,
    p,
    c.score(p.text, p.heading, result.lang, readRetentionAlone),
    'seg',
  );
}

/** Counts one passage's labels into `figures`; errors are listed with the prefix `where`. */
function tallySegment(
  result: LangResult,
  figures: SegmentFigures,
  p: GoldPassage,
  scores: LabelScores,
  where: 'seg' | 'page',
): void {
  figures.n++;
  for (const label of PRACTICE_LABELS) {
    const gold = p.labels.includes(label);
    const predicted = scores[label] >= THRESHOLD;
    const o = figures.labels[label];
    if (gold && predicted) o.tp++;
    else if (predicted) {
      o.fp++;
      count(result.patterns, `${where}: false ${label}`);
      result.errors.push(`${where} FP ${label} ${scores[label].toFixed(2)} ${p.source}: ${short(p.text)}`);
    } else if (gold) {
      o.fn++;
      count(result.patterns, `${where}: missed ${label}`);
      result.errors.push(`${where} FN ${label} ${scores[label].toFixed(2)} ${p.source}: ${short(p.text)}`);
    }
  }
}

/** A page's practices as claims, to be compared with gold like a passage's. */
const claimsOf = (p: Practices): Claims => ({
  dataTypes: p.collection.dataTypes,
  recipients: p.sharing.recipients,
  sells: p.sharing.sells,
  retention: p.retention,
});

function evaluatePassage(result: LangResult, p: GoldPassage): void {
  scoreSegments(result, p, classifier);
  const segments = passageSegments(p, titleOf(p.source));
  // extraction reads the first stage's scores, as readPage gives it (analyze.ts)
  const practices = extractPractices(segments, classifier.scoreAll(segments, result.lang), result.lang);
  result.passages.n++;
  compareExtraction(result, result.passages, claimsOf(practices), p, 'psg');
}

function evaluateDocument(
  result: LangResult,
  figures: ExtractionFigures,
  gold: GoldDocument,
  dir: string,
): void {
  const file = join(dir, gold.source);
  const text = decodeText(readFileSync(file));
  const report = analyzePage(pageFromText(text, formatOf(file, text)), { url: null, classifier });
  figures.n++;
  figures.language.total++;
  if (report.language === result.lang) figures.language.right++;
  else {
    count(result.patterns, `doc: language ${result.lang}->${report.language}`);
    result.errors.push(`doc ${gold.source} | language identified as ${report.language}`);
  }
  if (report.stats.segments === 0) result.errors.push(`doc ${gold.source} | the page was read as empty`);
  compareExtraction(result, figures, claimsOf(report.practices), gold, 'doc');
}

function evaluateLanguage(lang: Lang): LangResult {
  const set = readLangSet(lang);
  const result: LangResult = {
    lang,
    segments: emptySegments(),
    segmentsInPage: null,
    passages: emptyExtraction(),
    passagesInPage: null,
    documents: null,
    patterns: new Map(),
    errors: [],
  };
  for (const p of set.passages) evaluatePassage(result, p);
  if (pagesDir !== null) {
    const inPage = emptySegments();
    const scoreInPage = inPageScorer(classifier, pagesDir, lang);
    for (const p of set.passages) {
      // A passage the page's segments do not hold (the segmenter cut it otherwise) is left out, and counted.
      const scores = scoreInPage(p.source, p.text, p.heading)?.scores;
      if (scores) tallySegment(result, inPage, p, scores, 'page');
      else result.errors.push(`page: not found in ${p.source}: ${short(p.text)}`);
    }
    result.segmentsInPage = inPage;
    result.passagesInPage = passagesInPage(result, classifier, set.passages, pagesDir, lang);
    const figures = emptyExtraction();
    for (const d of set.documents) evaluateDocument(result, figures, d, pagesDir);
    result.documents = figures;
  }
  return result;
}

function sumResults(results: readonly LangResult[]): LangResult {
  const all: LangResult = {
    lang: 'en',
    segments: emptySegments(),
    segmentsInPage: pagesDir === null ? null : emptySegments(),
    passages: emptyExtraction(),
    passagesInPage: pagesDir === null ? null : emptyExtraction(),
    documents: pagesDir === null ? null : emptyExtraction(),
    patterns: new Map(),
    errors: [],
  };
  for (const r of results) {
    addSegments(all.segments, r.segments);
    if (all.segmentsInPage !== null && r.segmentsInPage !== null)
      addSegments(all.segmentsInPage, r.segmentsInPage);
    addExtraction(all.passages, r.passages);
    if (all.passagesInPage !== null && r.passagesInPage !== null)
      addExtraction(all.passagesInPage, r.passagesInPage);
    if (all.documents !== null && r.documents !== null) addExtraction(all.documents, r.documents);
  }
  return all;
}

const acc = (t: Tally) => (t.total === 0 ? '  -' : pct(accuracy(t)));

function printTables(results: readonly LangResult[], all: LangResult): void {
  const rows = [...results.map((r) => [r.lang, r] as const), ['all', all] as const];
  const segmentTable = (title: string, pick: (r: LangResult) => SegmentFigures | null) => {
    console.log(`${title}: classifier at threshold ${THRESHOLD}, P R F1 (%)`);
    console.log('lang    n | collection  |  sharing    |  retention');
    for (const [name, r] of rows) {
      const f = pick(r);
      if (f === null) continue;
      const l = f.labels;
      console.log(
        `${name.padEnd(4)} ${String(f.n).padStart(4)} | ${fmtPrf(l.collection)} | ${fmtPrf(l.sharing)} | ${fmtPrf(l.retention)}`,
      );
    }
  };
  segmentTable('segments, each passage read alone', (r) => r.segments);
  if (pagesDir !== null) {
    console.log('');
    segmentTable(
      'segments in their page (scoreAll, as the product reads them; n: passages found in their page)',
      (r) => r.segmentsInPage,
    );
  }
  const extraction = (title: string, pick: (r: LangResult) => ExtractionFigures | null) => {
    console.log(`\n${title}: data types and recipients P R F1 (%), accuracy (%) of the rest`);
    console.log('lang    n | data types  | recipients  | ret.kind (n) | periods (n) | sells (n) | lang-id');
    for (const [name, r] of rows) {
      const f = pick(r);
      if (f === null) continue;
      const t = (x: Tally) => `${acc(x)} (${String(x.total).padStart(3)})`;
      console.log(
        `${name.padEnd(4)} ${String(f.n).padStart(4)} | ${fmtPrf(f.dataTypes)} | ${fmtPrf(f.recipients)} | ` +
          `${t(f.retentionKind)}   | ${t(f.periods)}  | ${t(f.sells)} | ${acc(f.language)}`,
      );
    }
  };
  extraction('passages: extraction on each passage alone', (r) => r.passages);
  if (pagesDir !== null)
    extraction(
      'passages in their page: extraction over the whole source page, each passage credited with what was read in its own segment (n: found in their page)',
      (r) => r.passagesInPage,
    );
  if (pagesDir === null) {
    console.log(
      '\npassages in their page and documents: skipped, ../shared/data/pages not found (pass --data DIR or set PLAINLY_DATA)',
    );
  } else
    extraction(
      'documents: full pipeline on each labelled policy of ../shared/data/pages',
      (r) => r.documents,
    );
}

function printPatterns(results: readonly LangResult[]): void {
  console.log('\nmost frequent errors per language (count x pattern):');
  for (const r of results) {
    const top = [...r.patterns.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 12);
    console.log(`${r.lang}: ${top.map(([k, n]) => `${n}x ${k}`).join('; ') || 'none'}`);
  }
  if (argv.includes('--errors')) {
    for (const r of results) {
      console.log(`\n== ${r.lang} errors`);
      for (const e of r.errors) console.log(`  ${e}`);
    }
  }
}

const langs = LANGUAGES.filter((l) => onlyLang === undefined || l === onlyLang);
const started = performance.now();
const results = langs.map(evaluateLanguage);
printTables(results, sumResults(results));
printPatterns(results);
console.log(`\n${(performance.now() - started).toFixed(0)} ms`);

if (argv.includes('--gate')) {
  const failures = gateFailures(results, (thresholds as { lang?: LangGate }).lang ?? {});
  if (failures.length > 0) {
    console.error(`\nGATE FAILED (tools/eval-thresholds.json "lang"):\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\ngate passed (tools/eval-thresholds.json "lang")');
}
