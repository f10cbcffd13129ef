/**
 * `npx tsx tools/train/lexicon-coverage.ts [--lang xx] [--top N] [--concepts a,b] [--data DIR]`
 *
 * A diagnostic for the concept lexicon (src/core/classify/concepts/) on UNLABELLED policy text: the
 * privacy policies of ../shared/data/pages/positive/<lang>/ (the same genre in every language). For each
 * language it prints
 *  - the share of tokens that end a concept hit, and each concept's hits per 1,000 tokens next to the
 *    mean rate of the two trained languages (en, de): a concept far below the reference rate is likely
 *    under-covered in that language;
 *  - the most frequent tokens (and bigrams) that no concept covers, to look for missed stems.
 * It reads no labels.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, formatOf, pageFromText } from '../../src/cli/read-page';
import { compileMatcher, conceptNames } from '../../src/core/classify/concepts';
import { conceptLexicon as lexicon } from '../../src/core/classify/concepts/index';
import { normalizeText } from '../../src/core/classify/normalize';
import { tokenize } from '../../src/core/classify/tokenize';
import { LANGUAGES, type Lang } from '../../src/core/vocabulary';
import { sharedDataDir } from '../shared-data';

const names = conceptNames(lexicon);
const argv = process.argv.slice(2);
const arg = (flag: string): string | undefined => {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
};
const top = Number(arg('--top') ?? 60);
const onlyLang = arg('--lang');
const onlyConcepts = arg('--concepts')?.split(',');
const pagesDir = join(sharedDataDir(process.argv), 'pages', 'positive');

interface LangStats {
  tokens: number;
  covered: number;
  rate: Float64Array;
  uncovered: Map<string, number>;
  bigrams: Map<string, number>;
}

function pageTexts(lang: Lang): string[] {
  const dir = join(pagesDir, lang);
  return readdirSync(dir)
    .sort()
    .map((f) => {
      const text = decodeText(readFileSync(join(dir, f)));
      return pageFromText(text, formatOf(f, text))
        .segments.map((s) => s.text)
        .join('\n');
    });
}

function statsOf(lang: Lang): LangStats {
  const matcher = compileMatcher(lexicon, lang);
  const counts = new Float64Array(names.length);
  const uncovered = new Map<string, number>();
  const bigrams = new Map<string, number>();
  let tokens = 0;
  let covered = 0;
  for (const text of pageTexts(lang)) {
    for (const line of text.split('\n')) {
      const toks = tokenize(normalizeText(line));
      const hits = matcher.match(toks);
      const hit = new Uint8Array(toks.length);
      hits.token.forEach((t, k) => {
        hit[t] = 1;
        counts[hits.concept[k]!]!++;
      });
      tokens += toks.length;
      toks.forEach((t, i) => {
        if (hit[i] === 1) {
          covered++;
          return;
        }
        if (/^\d+$/.test(t) || t.length < 3) return;
        uncovered.set(t, (uncovered.get(t) ?? 0) + 1);
        const next = toks[i + 1];
        if (next !== undefined && hit[i + 1] !== 1 && next.length >= 3) {
          const b = `${t} ${next}`;
          bigrams.set(b, (bigrams.get(b) ?? 0) + 1);
        }
      });
    }
  }
  const rate = counts.map((c) => (1000 * c) / Math.max(1, tokens));
  return { tokens, covered, rate, uncovered, bigrams };
}

const topOf = (m: Map<string, number>, n: number): string =>
  [...m]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([w, c]) => `${w} ${c}`)
    .join(', ');

const stats = new Map<Lang, LangStats>(LANGUAGES.map((l) => [l, statsOf(l)]));
const en = stats.get('en')!;
const de = stats.get('de')!;
const reference = en.rate.map((r, i) => (r + de.rate[i]!) / 2);
const fmt = (x: number): string => x.toFixed(2);

console.log('lang tokens covered% | concepts under 50% of the en/de reference rate (rate/ref per 1k tokens)');
for (const lang of LANGUAGES) {
  const s = stats.get(lang)!;
  const low = names
    .map((name, i) => ({ name, r: s.rate[i]!, ref: reference[i]! }))
    .filter((c) => c.ref >= 0.5 && c.r < 0.5 * c.ref)
    .map((c) => `${c.name} ${fmt(c.r)}/${fmt(c.ref)}`);
  console.log(
    `${lang} ${s.tokens} ${((100 * s.covered) / Math.max(1, s.tokens)).toFixed(1)}% | ${low.join(', ')}`,
  );
}
if (onlyConcepts !== undefined) {
  console.log(`\nrates per 1k tokens: ${LANGUAGES.join(' ')}`);
  for (const name of onlyConcepts) {
    const i = names.indexOf(name);
    console.log(`${name}: ${LANGUAGES.map((l) => fmt(stats.get(l)!.rate[i]!)).join(' ')}`);
  }
}
for (const lang of LANGUAGES) {
  if (onlyLang !== undefined && lang !== onlyLang) continue;
  const s = stats.get(lang)!;
  console.log(`\n== ${lang} uncovered tokens: ${topOf(s.uncovered, top)}`);
  console.log(`== ${lang} uncovered bigrams: ${topOf(s.bigrams, Math.round(top / 2))}`);
}
