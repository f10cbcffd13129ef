/**
 * Reads the multilingual validation set of test/lang-eval/<lang>.jsonl (format and label guidelines in
 * test/lang-eval/README.md; its structure is checked by test/unit/lang-eval.test.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataType, Lang, Recipient, RetentionKind, SegmentLabel } from '../../src/core/vocabulary';

export interface GoldRetention {
  readonly kind: RetentionKind;
  readonly periods: readonly string[];
}

/** One labelled passage: a paragraph, list item or table row of a page, verbatim. */
export interface GoldPassage {
  readonly source: string;
  readonly heading: string;
  readonly text: string;
  readonly labels: readonly SegmentLabel[];
  readonly dataTypes: readonly DataType[];
  readonly recipients: readonly Recipient[];
  readonly sells: boolean | null;
  readonly retention?: GoldRetention;
}

/** What a careful reader finds in one whole policy: the gold for a report's practices. */
export interface GoldDocument {
  readonly source: string;
  readonly document: true;
  readonly dataTypes: readonly DataType[];
  readonly recipients: readonly Recipient[];
  readonly sells: boolean | null;
  readonly retention: GoldRetention;
}

export interface LangSet {
  readonly lang: Lang;
  readonly passages: readonly GoldPassage[];
  readonly documents: readonly GoldDocument[];
}

export const LANG_EVAL_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'lang-eval');

export function readLangSet(lang: Lang, dir: string = LANG_EVAL_DIR): LangSet {
  const lines = readFileSync(join(dir, `${lang}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldPassage | GoldDocument);
  const documents = lines.filter((l): l is GoldDocument => 'document' in l && l.document === true);
  const passages = lines.filter((l): l is GoldPassage => !('document' in l));
  return { lang, passages, documents };
}
