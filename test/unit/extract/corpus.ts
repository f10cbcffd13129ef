/** Real sentences to test the matchers on: the passages of the multilingual validation set, by language. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../../../src/core/text/sentences';
import type { Lang } from '../../../src/core/vocabulary';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lang-eval');

/** Texts that probe the edges: boundaries, punctuation, case, characters whose lower case is longer. */
export const EDGE_TEXTS = [
  '',
  ' ',
  ',',
  ', a',
  'E-Mail-Adresse, Telefonnummer; und wir',
  'İstanbul İİ data, İP-Adresse',
  'a, and we do not sell',
  "We don't collect your e-mail address (or name).",
  'non-personal data, pre-selected partners; third-party cookies.',
  'K\u212a-sign and \u212bngström',
  'ÀÉÎÕÜ Straße ÆØÅ',
];

/** Sentences (and headings) of the validation passages of `lang`, at most `max`. */
export function sentencesOf(lang: Lang, max: number): string[] {
  const out: string[] = [];
  for (const line of readFileSync(join(DIR, `${lang}.jsonl`), 'utf8').split('\n')) {
    if (out.length >= max) break;
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { text?: string; heading?: string };
    if (record.heading) out.push(record.heading);
    for (const s of splitSentences(record.text ?? '', lang)) out.push(s.text);
  }
  return out.slice(0, max);
}
