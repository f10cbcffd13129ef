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
import { extractPractices } from '../src/core/extract/index';
import type { Practices } from '../src/core/report';
import type { DataType, Recipient, RetentionKind } from '../src/core/vocabulary';
import { LANGUAGES, type LabelScores, type Lang } from '../src/core/vocabulary';
import model from '../src/model/classifier.json';
import thresholds from './eval-thresholds.json';
import { inPageScorer } from './lib/in-page-scores';
import { inPageClaims } from './lib/lang-eval-in-page';
import {
  accuracy,
  addOverlap,
  addSets,
  addTally,
  emptyOverlap,
  emptyTally,
  fmtPrf,
  type Overlap,
  pct,
  prf,
  samePeriods,
  type Tally,
} from './lib/lang-eval-metrics';
import { pageTitles, passageSegments } from './lib/lang-eval-passage';
import { type GoldDocument, type GoldPassage, readLangSet } from './lib/lang-eval-set';
import { sharedDataDir } from './shared-data';

const PRACTICE_LABELS = ['collection', 'sharing', 'retention'] as const;
type PracticeLabel = (typeof PRACTICE_LABELS)[number];
const THRESHOLD = 0.5;

interface SegmentFigures {
  n: number;
  labels: Record<PracticeLabel, Overlap>;
}
interface ExtractionFigures {
  n: number;
  dataTypes: Overlap;
  recipients: Overlap;
  retentionKind: Tally;
  periods: Tally;
  sells: Tally;
  language: Tally;
}
interface LangResult {
  lang: Lang;
  segments: SegmentFigures;
  /** The same passages scored inside their source page (null without ../shared). */
  segmentsInPage: SegmentFigures | null;
  passages: ExtractionFigures;
  /** Extraction of each passage read in its page (null without ../shared; n: passages found in their page). */
  passagesInPage: ExtractionFigures | null;
  documents: ExtractionFigures | null;
  /** Error pattern -> count, e.g. "doc: missed data type phone". */
  patterns: Map<string, number>;
  errors: string[];
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

const emptySegments = (): SegmentFigures => ({
  n: 0,
  labels: { collection: emptyOverlap(), sharing: emptyOverlap(), retention: emptyOverlap() },
});
const emptyExtraction = (): ExtractionFigures => ({
  n: 0,
  dataTypes: emptyOverlap(),
  recipients: emptyOverlap(),
  retentionKind: emptyTally(),
  periods: emptyTally(),
  sells: emptyTally(),
  language: emptyTally(),
});

function count(patterns: Map<string, number>, key: string): void {
  patterns.set(key, (patterns.get(key) ?? 0) + 1);
}

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}...` : text);

function scoreSegments(result: LangResult, p: GoldPassage, c: Classifier): void {
  tallySegment(result, result.segments, p, c.score(p.text, p.heading, result.lang), 'seg');
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

/** What extraction found, of a page (its practices) or of a passage (the claims of its segment). */
interface Found {
  readonly dataTypes: readonly DataType[];
  readonly recipients: readonly Recipient[];
  readonly sells: boolean | null;
  readonly retention: { readonly kind: RetentionKind; readonly periods: readonly string[] };
}

const foundIn = (p: Practices): Found => ({
  dataTypes: p.collection.dataTypes,
  recipients: p.sharing.recipients,
  sells: p.sharing.sells,
  retention: p.retention,
});

/** Compares what extraction found with gold; `where` prefixes the error patterns ("psg", "inp" or "doc"). */
function compare(
  result: LangResult,
  figures: ExtractionFigures,
  practices: Found,
  gold: GoldPassage | GoldDocument,
  where: 'psg' | 'inp' | 'doc',
): void {
  const at = `${where} ${gold.source}${'text' in gold ? `: ${short(gold.text)}` : ''}`;
  const dt = addSets(figures.dataTypes, practices.dataTypes, gold.dataTypes);
  const rc = addSets(figures.recipients, practices.recipients, gold.recipients);
  const miss = (what: string, items: readonly string[]) => {
    for (const x of items) count(result.patterns, `${where}: ${what} ${x}`);
    if (items.length > 0) result.errors.push(`${at} | ${what}: ${items.join(', ')}`);
  };
  miss('missed data type', dt.missed);
  miss('extra data type', dt.extra);
  miss('missed recipient', rc.missed);
  miss('extra recipient', rc.extra);
  if (gold.retention !== undefined) {
    const kind = practices.retention.kind;
    figures.retentionKind.total++;
    if (kind === gold.retention.kind) figures.retentionKind.right++;
    else miss('retention', [`${gold.retention.kind}->${kind}`]);
    if (gold.retention.kind === 'specific') {
      figures.periods.total++;
      if (samePeriods(practices.retention.periods, gold.retention.periods)) figures.periods.right++;
      else
        result.errors.push(
          `${at} | periods: gold ${gold.retention.periods.join(' ') || '-'} got ${practices.retention.periods.join(' ') || '-'}`,
        );
    }
  }
  if (where === 'doc' || gold.sells !== null) {
    figures.sells.total++;
    if (practices.sells === gold.sells) figures.sells.right++;
    else miss('sells', [`${String(gold.sells)}->${String(practices.sells)}`]);
  }
}

function evaluatePassage(result: LangResult, p: GoldPassage): void {
  scoreSegments(result, p, classifier);
  const segments = passageSegments(p, titleOf(p.source));
  const practices = extractPractices(segments, classifier.scoreAll(segments, result.lang), result.lang);
  result.passages.n++;
  compare(result, result.passages, foundIn(practices), p, 'psg');
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
  compare(result, figures, foundIn(report.practices), gold, 'doc');
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
    result.passagesInPage = passagesInPage(result, set.passages, pagesDir);
    const figures = emptyExtraction();
    for (const d of set.documents) evaluateDocument(result, figures, d, pagesDir);
    result.documents = figures;
  }
  return result;
}

/** Extraction of each passage as read in its page; a passage not found there is left out, and listed. */
function passagesInPage(
  result: LangResult,
  passages: readonly GoldPassage[],
  dir: string,
): ExtractionFigures {
  const figures = emptyExtraction();
  const claimsOf = inPageClaims(classifier, dir, result.lang);
  for (const p of passages) {
    const found = claimsOf(p.source, p.text, p.heading);
    if (found === undefined) {
      result.errors.push(`inp: not found in ${p.source}: ${short(p.text)}`);
      continue;
    }
    figures.n++;
    compare(result, figures, found.claims, p, 'inp');
  }
  return figures;
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
  const addExtraction = (into: ExtractionFigures, more: ExtractionFigures) => {
    into.n += more.n;
    addOverlap(into.dataTypes, more.dataTypes);
    addOverlap(into.recipients, more.recipients);
    for (const k of ['retentionKind', 'periods', 'sells', 'language'] as const) addTally(into[k], more[k]);
  };
  const addSegments = (into: SegmentFigures, more: SegmentFigures) => {
    into.n += more.n;
    for (const label of PRACTICE_LABELS) addOverlap(into.labels[label], more.labels[label]);
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

interface ExtractionGate {
  readonly dataTypesF1?: number;
  readonly recipientsF1?: number;
  readonly retentionKindAccuracy?: number;
}
interface LangGate {
  readonly documents?: ExtractionGate;
  readonly passagesInPage?: ExtractionGate;
  readonly segments?: Partial<Record<PracticeLabel, number>>;
  readonly segmentsInPage?: Partial<Record<PracticeLabel, number>>;
}

/**
 * Gate failures: every language's segment F1, document figures and in-page passage figures against
 * tools/eval-thresholds.json.
 */
function gateFailures(results: readonly LangResult[], gate: LangGate): string[] {
  const out: string[] = [];
  const under = (lang: string, what: string, value: number, min: number | undefined) => {
    if (min !== undefined && value < min) out.push(`${lang}: ${what} ${value.toFixed(3)} < ${min}`);
  };
  for (const r of results) {
    for (const label of PRACTICE_LABELS) {
      under(r.lang, `${label} segment F1`, prf(r.segments.labels[label]).f1, gate.segments?.[label]);
      const inPage = r.segmentsInPage?.labels[label];
      if (inPage) under(r.lang, `${label} in-page F1`, prf(inPage).f1, gate.segmentsInPage?.[label]);
    }
    const extraction = (what: string, f: ExtractionFigures | null, g: ExtractionGate | undefined) => {
      if (f === null || g === undefined) return;
      under(r.lang, `${what} data types F1`, prf(f.dataTypes).f1, g.dataTypesF1);
      under(r.lang, `${what} recipients F1`, prf(f.recipients).f1, g.recipientsF1);
      under(r.lang, `${what} retention kind accuracy`, accuracy(f.retentionKind), g.retentionKindAccuracy);
    };
    extraction('document', r.documents, gate.documents);
    extraction('in-page passage', r.passagesInPage, gate.passagesInPage);
  }
  return out;
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
