/**
 * `npm run bench`: speed figures, as medians over repeated runs (the machines are shared and noisy, so
 * nothing here asserts; it prints). Uses only committed fixtures, so it runs in any clone.
 *  1. a 10,000-word policy through the whole analysis (segments -> classify -> extract -> report),
 *     against bare tokenising of the same text in the same run (the ratio is the figure to watch), with
 *     each step alone (segmenting, the language, classifying, the retention stage's reading, extracting - also extractor by extractor -
 *     and the verdict), all timed round after round in one loop, and the CPU time of a whole analysis
 *     (against the wall time it shows how busy the shared machine was);
 *  2. the gate on every fixture page (median and 95th percentile);
 *  3. the command line's throughput over 100 policy files: one process analysing them all, as
 *     `plainly analyze` over many files runs, start-up included (and start-up alone, and one English
 *     page in a fresh process, for reference). The fastest run is shown too: on a shared machine it is
 *     the one least slowed by others. Then the model's load alone, as the service worker pays it on every
 *     wake-up (tools/lib/model-load.ts, fresh processes): parsing classifier.json, loadClassifier, and the
 *     first segment in English, German and French (the stages decoded on first use, the cold featurizer).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzePage } from '../src/core/analyze';
import { ConceptCounts, loadClassifier } from '../src/core/classify/classifier';
import { gatePage } from '../src/core/detect/gate';
import { judgePage } from '../src/core/detect/verdict';
import { extractChildren } from '../src/core/extract/children';
import { collectionOf, typesIn } from '../src/core/extract/collection';
import { extractContact } from '../src/core/extract/contact';
import { buildContexts, sentencesOf } from '../src/core/extract/context';
import { extractFlag } from '../src/core/extract/flags';
import { extractPractices, extractPracticesThen, walkSentences } from '../src/core/extract/index';
import { clearPreparedTexts } from '../src/core/extract/lexicon';
import { retentionIn, retentionOf } from '../src/core/extract/retention';
import { extractRights } from '../src/core/extract/rights';
import { readSharing, sharingOf } from '../src/core/extract/sharing';
import { identifyLanguage } from '../src/core/lang/identify';
import { segmentDocument } from '../src/core/page/from-document';
import { segmentText } from '../src/core/page/from-text';
import { gatedKinds, gatedReading, readerOf, readRetentionAlone } from '../src/core/retention-reading';
import model from '../src/model/classifier.json';
import { htmlFilesUnder } from './lib/html-files';
import { median, percentile } from './lib/stats';
import { timeRuns } from './lib/timing';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');

/** Medians (ms) of each phase that tools/lib/model-load.ts prints, over `runs` fresh processes per language. */
function modelLoadTimes(runs: number): Map<string, number> {
  const times = new Map<string, number[]>();
  for (let r = 0; r < runs; r++) {
    for (const lang of ['en', 'de', 'fr']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'tools/lib/model-load.ts', lang], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      const phases = JSON.parse(out) as Record<string, number>;
      for (const [phase, ms] of Object.entries(phases)) {
        const key = phase === 'first' ? `first ${lang}` : phase;
        times.set(key, [...(times.get(key) ?? []), ms]);
      }
    }
  }
  return new Map([...times].map(([key, ms]) => [key, median(ms)]));
}

/** Wall time of a Node process running `args`. */
function wallOf(args: string[]): number {
  const t = performance.now();
  execFileSync(process.execPath, args, { maxBuffer: 1 << 28 });
  return performance.now() - t;
}

/** The seed policies' text, repeated until it holds 10,000 words. */
function tenThousandWords(): string {
  const texts = htmlFilesUnder(join(FIXTURES, 'policies')).map((f) => {
    const { document } = parseHTML(readFileSync(f, 'utf8'));
    return segmentDocument(document as unknown as Document)
      .segments.map((s) => s.text)
      .join('\n');
  });
  const words: string[] = [];
  const lines: string[] = [];
  for (let i = 0; words.length < 10_000; i++) {
    for (const line of (texts[i % texts.length] ?? '').split('\n')) {
      if (words.length >= 10_000) break;
      const w = line.split(' ');
      words.push(...w);
      lines.push(line);
    }
  }
  return lines.join('\n');
}

const classifier = loadClassifier(model);
const text = tenThousandWords();
const RUNS = 40;
const WARM_UP = 10;

const page = segmentText(text, 'txt');
// As analyzePage does: the classifier counts the concepts that the verdict's profile then sums.
const concepts = new ConceptCounts();
const scores = classifier.scoreAll(page.segments, 'en', concepts);
const practices = extractPractices(page.segments, scores, 'en');
const body = page.segments.filter((s) => s.kind !== 'heading');
const gated = gatedReading(concepts, classifier.lexicon);
const sample = page.segments
  .map((s) => s.text)
  .join(' ')
  .slice(0, 6000);
const verdictInput = {
  title: page.title,
  segments: page.segments,
  scores,
  practices,
  lexicon: classifier.lexicon,
  lang: 'en' as const,
  concepts,
};
/**
 * The steps are timed round after round, one of each per round, so that the machine's noise (it is
 * shared) and the compiler's warming up fall on all of them alike; each gets the same warm-up.
 */
const steps: [string, () => void][] = [
  ['tokenise', () => text.toLowerCase().match(/[\p{L}\p{N}]+/gu)],
  ['whole', () => analyzePage(segmentText(text, 'txt'), { url: null, classifier })],
  ['segment', () => segmentText(text, 'txt')],
  ['language', () => identifyLanguage(sample)],
  ['classify', () => classifier.scoreAll(page.segments, 'en', new ConceptCounts())],
  // the retention stage's reading of every body segment alone (part of classify in the whole analysis)
  ['retention reading', () => readRetentionAlone(body, 'en')],
  // the stage over the segments the scan's concepts gate, read apart from extraction
  ['retention stage', () => classifier.restage(page.segments, scores, 'en', gated)],
  ['extract', () => extractPractices(page.segments, scores, 'en')],
  // what readPage pays: extraction, then the gated reading inside its page reading, then the stage
  [
    'extract + stage',
    () => {
      const { more } = extractPracticesThen(page.segments, scores, 'en', () =>
        gatedKinds(page.segments, concepts, classifier.lexicon, 'en'),
      );
      classifier.restage(page.segments, scores, 'en', readerOf(page.segments, more));
    },
  ],
  ['verdict', () => judgePage(verdictInput)],
];
const stepRuns = new Map<string, number[]>(steps.map(([name]) => [name, []]));
let wholeCpu = 0;
for (let round = 0; round < WARM_UP + RUNS; round++) {
  for (const [name, fn] of steps) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    fn();
    const ms = performance.now() - t;
    if (round < WARM_UP) continue;
    stepRuns.get(name)?.push(ms);
    if (name === 'whole') {
      const used = process.cpuUsage(cpu);
      wholeCpu += (used.user + used.system) / 1000;
    }
  }
}
const timesOf = (name: string): number[] => stepRuns.get(name) ?? [];
const tokenise = timesOf('tokenise');
const whole = timesOf('whole');
const extractors = extractorTimes(RUNS);
const line = (label: string, name: string): string =>
  `   ${label.padEnd(25)}${median(timesOf(name)).toFixed(2)} ms  (fastest ${Math.min(...timesOf(name)).toFixed(2)})`;

console.log(`1. A 10,000-word policy (${page.segments.length} segments), medians of ${RUNS} runs, one core:`);
console.log(line('bare tokenising', 'tokenise'));
console.log(line('segmenting the text', 'segment'));
console.log(line('identifying the language', 'language'));
console.log(line('classifying the segments', 'classify'));
console.log(line('  retention reading, all', 'retention reading'));
console.log(line('  stage, gated, apart', 'retention stage'));
console.log(line('extracting the practices', 'extract'));
console.log(line('  and stage, as readPage', 'extract + stage'));
console.log(
  `     ${[...extractors].map(([name, runs]) => `${name} ${median(runs).toFixed(2)}`).join(', ')} ms`,
);
console.log(line('the verdict', 'verdict'));
console.log(
  `   whole analysis           ${median(whole).toFixed(2)} ms  (fastest ${Math.min(...whole).toFixed(2)}, p95 ${percentile(whole, 0.95).toFixed(2)}; CPU time ${(wholeCpu / RUNS).toFixed(2)} ms a run)`,
);
console.log(`   ratio whole / tokenising ${(median(whole) / median(tokenise)).toFixed(2)}x`);

const gateTimes: number[] = [];
const pages = htmlFilesUnder(FIXTURES).map((f) => ({
  f,
  doc: parseHTML(readFileSync(f, 'utf8')).document as unknown as Document,
}));
for (const { doc } of pages) {
  const runs = timeRuns(() => gatePage(doc, 'https://example.org/page'), 20, WARM_UP);
  gateTimes.push(median(runs));
}
console.log(`\n2. The gate on ${pages.length} fixture pages (linkedom DOM; a browser's DOM is faster):`);
console.log(
  `   median ${median(gateTimes).toFixed(3)} ms, p95 ${percentile(gateTimes, 0.95).toFixed(3)} ms, max ${Math.max(...gateTimes).toFixed(3)} ms`,
);

/**
 * Extraction step by step, in the order extractPractices runs them (the later ones read what the first
 * ones matched, as they do there): sentences and contexts first, the lexicon walks over every sentence,
 * then each extractor.
 */
function extractorTimes(runs: number): Map<string, number[]> {
  const times = new Map<string, number[]>();
  const step = <T>(name: string, fn: () => T): T => {
    const t = performance.now();
    const result = fn();
    times.set(name, [...(times.get(name) ?? []), performance.now() - t]);
    return result;
  };
  for (let i = 0; i < runs + 5; i++) {
    if (i === 5) times.clear();
    clearPreparedTexts();
    const contexts = step('sentences', () => buildContexts(page.segments, scores, 'en'));
    const refs = sentencesOf(contexts);
    step('walks', () => walkSentences(refs, 'en'));
    const title = page.segments.find((s) => s.kind === 'heading')?.text ?? '';
    // Each as extractPractices reads it (readSentences): every sentence read, then the page summed.
    step('collection', () =>
      collectionOf(
        refs,
        refs.map((ref) => typesIn(ref, 'en')),
        'en',
      ),
    );
    step('sharing', () => sharingOf(refs, readSharing(contexts, refs, 'en', title), 'en'));
    step('retention', () =>
      retentionOf(
        refs,
        refs.map((ref) => retentionIn(ref, 'en')),
      ),
    );
    step('rights', () => extractRights(refs, 'en'));
    step('children', () => extractChildren(refs, 'en'));
    step('flags', () => {
      for (const topic of ['security', 'international', 'changes'] as const) extractFlag(refs, topic, 'en');
    });
    step('contact', () => extractContact(contexts, refs, 'en'));
  }
  clearPreparedTexts();
  return times;
}

const dir = mkdtempSync(join(tmpdir(), 'plainly-bench-'));
try {
  const policies = htmlFilesUnder(join(FIXTURES, 'policies'));
  const files: string[] = [];
  for (let i = 0; i < 300; i++) {
    const target = join(dir, `p${i}.html`);
    writeFileSync(target, readFileSync(policies[i % policies.length] ?? ''));
    files.push(target);
  }
  const cli = join(ROOT, 'bin', 'plainly.js');
  const run = (n: number): number => wallOf([cli, 'analyze', '--jsonl', ...files.slice(0, n)]);
  const walls100: number[] = [];
  const walls300: number[] = [];
  const starts: number[] = [];
  const firsts: number[] = [];
  const english = policies.find((f) => f.endsWith('-en.html')) ?? policies[0] ?? '';
  for (let r = 0; r < 3; r++) {
    walls100.push(run(100));
    walls300.push(run(300));
    starts.push(wallOf([cli, '--help']));
    firsts.push(wallOf([cli, 'analyze', '--jsonl', english]));
  }
  const wall = median(walls100);
  const fastest = Math.min(...walls100);
  // The sustained rate: what 200 more files cost once the process, the model and the lexicons are warm.
  const sustained = 200 / ((median(walls300) - wall) / 1000);
  const start = median(starts);
  console.log(`\n3. The command line (median of 3 runs each):`);
  console.log(
    `   100 files in one process, start included: ${(wall / 1000).toFixed(2)} s, ${(100 / (wall / 1000)).toFixed(0)} policies a second (fastest run ${(100 / (fastest / 1000)).toFixed(0)})`,
  );
  console.log(`   sustained (300 files minus 100 files):    ${sustained.toFixed(0)} policies a second`);
  console.log(`   (start-up alone, plainly --help: ${(start / 1000).toFixed(2)} s;`);
  console.log(`    one English page in a fresh process: ${(median(firsts) - start).toFixed(0)} ms more)`);
  const load = modelLoadTimes(7);
  const ms = (key: string): string => (load.get(key) ?? Number.NaN).toFixed(1);
  console.log(
    `   model load, fresh processes (medians of 21): JSON.parse ${ms('parse')} ms, loadClassifier ${ms('load')} ms;`,
  );
  console.log(
    `    first segment read (medians of 7): English ${ms('first en')}, German ${ms('first de')}, French ${ms('first fr')} ms`,
  );
} catch (error) {
  console.log(
    `\n3. The command line: not measured (${error instanceof Error ? error.message.split('\n')[0] : error}); run npm run build first`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
