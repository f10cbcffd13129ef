/**
 * `npm run bench:classify`: how long the classifier takes on a 10,000-word policy split into ~150
 * segments, against bare tokenising of the same text in the same run. Medians over 40 runs on one core;
 * it prints and asserts nothing (shared machines are noisy). Uses only committed fixture pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { loadClassifier } from '../src/core/classify/classifier';
import { createFeaturizer } from '../src/core/classify/features';
import { validateModel } from '../src/core/classify/model-format';
import { segmentDocument } from '../src/core/page/from-document';
import type { Segment } from '../src/core/page/segment';
import model from '../src/model/classifier.json';
import { median } from './lib/stats';
import { timeRuns } from './lib/timing';

const ROOT = resolve(import.meta.dirname, '..');
const POLICIES = join(ROOT, 'test', 'fixtures', 'policies');
const RUNS = 40;
const WORDS = 10_000;
const SEGMENTS = 150;

const time = (fn: () => void): number[] => timeRuns(fn, RUNS, 5);

/** English fixture policies' paragraphs, repeated to 10,000 words, regrouped into ~150 segments. */
function policySegments(): Segment[] {
  const words: string[] = [];
  const files = readdirSync(POLICIES).filter((f) => f.endsWith('-en.html'));
  const texts = files.map((f) => {
    const { document } = parseHTML(readFileSync(join(POLICIES, f), 'utf8'));
    return segmentDocument(document as unknown as Document).segments.map((s) => s.text);
  });
  for (let i = 0; words.length < WORDS; i++) {
    for (const t of texts[i % texts.length] ?? []) words.push(...t.split(/\s+/).filter((w) => w !== ''));
  }
  words.length = WORDS;
  const per = Math.ceil(WORDS / SEGMENTS);
  const out: Segment[] = [];
  for (let i = 0; i * per < WORDS; i++) {
    const text = words.slice(i * per, (i + 1) * per).join(' ');
    out.push({ id: i, kind: 'paragraph', text, heading: 'Information we collect', level: 0 });
  }
  return out;
}

const classifier = loadClassifier(model);
const valid = validateModel(model);
const featurizer = createFeaturizer(valid.lexicon, valid.config);
const segments = policySegments();
const text = segments.map((s) => s.text).join('\n');

const tokenising = time(() => {
  text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
});
const featurising = time(() => {
  for (const s of segments) featurizer.instances(s.text, s.heading, 'en', 'full', 'sentences');
});
const classifying = time(() => {
  classifier.scoreAll(segments, 'en');
});
const transfer = time(() => {
  classifier.scoreAll(segments, 'nl');
});

const t = median(tokenising);
const row = (name: string, xs: readonly number[]): string =>
  `  ${name.padEnd(34)} ${median(xs).toFixed(2).padStart(7)} ms  (${(median(xs) / t).toFixed(1)}x tokenising)`;
console.log(`${WORDS} words in ${segments.length} segments; medians of ${RUNS} runs, one core:`);
console.log(row('bare tokenising (lower + regex)', tokenising));
console.log(row('featurising (sentences, en)', featurising));
console.log(row('classifying, scoreAll (en)', classifying));
console.log(row('classifying, scoreAll (nl: concepts)', transfer));
