/**
 * One fresh process's model load, as the service worker pays it on every wake-up: classifier.json parsed
 * from its text (`response.json()` there), then loadClassifier; then the first segment read in `lang`,
 * which pays the stages decoded on first use (classifier.ts) and the cold featurizer. Prints JSON (ms).
 * Run by tools/bench.ts part 3: node --import tsx tools/lib/model-load.ts [lang]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadClassifier } from '../../src/core/classify/classifier';

/** One sentence per kind of reading: English (hidden-layer blend), German (linear), French (concept view). */
const SENTENCES = {
  en: 'We share your e-mail address with our advertising partners and keep it for two years.',
  de: 'Wir geben Ihre E-Mail-Adresse an unsere Werbepartner weiter und speichern sie zwei Jahre lang.',
  fr: 'Nous partageons votre adresse e-mail avec nos partenaires publicitaires et la conservons deux ans.',
} as const;
type Reading = keyof typeof SENTENCES;

const lang: Reading = process.argv[2] === 'de' || process.argv[2] === 'fr' ? process.argv[2] : 'en';
const text = readFileSync(
  join(resolve(import.meta.dirname, '..', '..'), 'src', 'model', 'classifier.json'),
  'utf8',
);
let t = performance.now();
const json: unknown = JSON.parse(text);
const parse = performance.now() - t;
t = performance.now();
const classifier = loadClassifier(json);
const load = performance.now() - t;
t = performance.now();
classifier.score(SENTENCES[lang], '', lang);
const first = performance.now() - t;
console.log(JSON.stringify({ parse, load, first }));
