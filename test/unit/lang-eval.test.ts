/**
 * The multilingual validation set (test/lang-eval/<lang>.jsonl, see its README): every line is valid JSON,
 * speaks the fixed vocabularies, passages are short and non-empty, every language is present with enough
 * collection / sharing / retention passages, and every labelled policy has exactly one document line.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DATA_TYPES,
  LANGUAGES,
  RECIPIENTS,
  RETENTION_KINDS,
  SEGMENT_LABELS,
} from '../../src/core/vocabulary';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'lang-eval');
const MAX_PASSAGE_CHARS = 600;
const MIN_PASSAGES_PER_PRACTICE = 5;
const ISO_DURATION = /^P(?:\d+[YMWD])+$|^PT\d+[HMS]$/;
const PASSAGE_KEYS = ['source', 'heading', 'text', 'labels', 'dataTypes', 'recipients', 'sells'];
const DOCUMENT_KEYS = ['source', 'document', 'dataTypes', 'recipients', 'sells', 'retention'];

type Line = Record<string, unknown>;

function readLines(lang: string): Line[] {
  return readFileSync(join(DIR, `${lang}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Line);
}

/** Problems with a list field: not an array of distinct strings from the vocabulary. */
function listProblems(value: unknown, vocabulary: readonly string[], what: string): string[] {
  if (!Array.isArray(value)) return [`${what} is not a list`];
  const problems = value.filter((v) => !vocabulary.includes(v as string)).map((v) => `unknown ${what} ${v}`);
  if (new Set(value).size !== value.length) problems.push(`duplicate ${what}`);
  return problems;
}

function retentionProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return ['retention is not an object'];
  const { kind, periods } = value as { kind?: unknown; periods?: unknown };
  const problems: string[] = [];
  if (!RETENTION_KINDS.includes(kind as never)) problems.push(`unknown retention kind ${String(kind)}`);
  if (!Array.isArray(periods)) return [...problems, 'retention.periods is not a list'];
  for (const p of periods) if (!ISO_DURATION.test(String(p))) problems.push(`bad period ${String(p)}`);
  if (periods.length > 0 && kind !== 'specific') problems.push(`periods with retention kind ${String(kind)}`);
  return problems;
}

function sourceProblems(source: unknown, lang: string, positiveOnly: boolean): string[] {
  const kinds = positiveOnly ? 'positive' : '(?:positive|negative)';
  const pattern = new RegExp(`^${kinds}/${lang}/[a-z0-9.-]+\\.(?:html|md)$`);
  return typeof source === 'string' && pattern.test(source) ? [] : [`bad source ${String(source)}`];
}

function passageProblems(line: Line, lang: string): string[] {
  const problems = sourceProblems(line.source, lang, false);
  const expectedKeys = 'retention' in line ? [...PASSAGE_KEYS, 'retention'] : PASSAGE_KEYS;
  if (Object.keys(line).join() !== expectedKeys.join()) problems.push(`keys ${Object.keys(line).join()}`);
  const text = line.text;
  if (typeof text !== 'string' || text.trim() === '') problems.push('empty text');
  else if (text !== text.trim() || text.length > MAX_PASSAGE_CHARS)
    problems.push('text not trimmed or too long');
  if (typeof line.heading !== 'string') problems.push('heading is not a string');
  problems.push(...listProblems(line.labels, SEGMENT_LABELS, 'label'));
  if (Array.isArray(line.labels) && line.labels.length === 0) problems.push('no label');
  problems.push(...listProblems(line.dataTypes, DATA_TYPES, 'data type'));
  problems.push(...listProblems(line.recipients, RECIPIENTS, 'recipient'));
  if (line.sells !== null && typeof line.sells !== 'boolean') problems.push('sells is not true/false/null');
  const labelled = Array.isArray(line.labels) && line.labels.includes('retention');
  if (labelled !== 'retention' in line) problems.push('retention present without the label, or missing');
  if ('retention' in line) problems.push(...retentionProblems(line.retention));
  return problems;
}

function documentProblems(line: Line, lang: string): string[] {
  const problems = sourceProblems(line.source, lang, true);
  if (Object.keys(line).join() !== DOCUMENT_KEYS.join()) problems.push(`keys ${Object.keys(line).join()}`);
  if (line.document !== true) problems.push('document is not true');
  problems.push(...listProblems(line.dataTypes, DATA_TYPES, 'data type'));
  problems.push(...listProblems(line.recipients, RECIPIENTS, 'recipient'));
  if (line.sells !== null && typeof line.sells !== 'boolean') problems.push('sells is not true/false/null');
  problems.push(...retentionProblems(line.retention));
  return problems;
}

describe('the multilingual validation set', () => {
  for (const lang of LANGUAGES) {
    describe(lang, () => {
      const lines = readLines(lang);
      const passages = lines.filter((l) => l.document !== true);
      const documents = lines.filter((l) => l.document === true);

      it('has only well-formed lines in the fixed vocabularies', () => {
        const problems = lines.flatMap((line, i) =>
          (line.document === true ? documentProblems(line, lang) : passageProblems(line, lang)).map(
            (p) => `line ${i + 1}: ${p}`,
          ),
        );
        expect(problems).toEqual([]);
      });

      it('has enough collection, sharing and retention passages, and distractors from non-policies', () => {
        for (const label of ['collection', 'sharing', 'retention']) {
          const n = passages.filter((p) => (p.labels as string[]).includes(label)).length;
          expect(n, label).toBeGreaterThanOrEqual(MIN_PASSAGES_PER_PRACTICE);
        }
        expect(passages.some((p) => String(p.source).startsWith('negative/'))).toBe(true);
      });

      it('has no passage twice', () => {
        const keys = passages.map((p) => `${String(p.source)}\n${String(p.text)}`);
        expect(new Set(keys).size).toBe(keys.length);
      });

      it('has exactly one document line for every policy it labels', () => {
        const documented = documents.map((d) => String(d.source));
        expect(new Set(documented).size).toBe(documented.length);
        const policies = new Set(
          passages.map((p) => String(p.source)).filter((s) => s.startsWith('positive/')),
        );
        expect([...policies].filter((s) => !documented.includes(s))).toEqual([]);
        expect(documents.length).toBeGreaterThan(0);
      });

      it('has document lines that contain what their policy passages say', () => {
        const bySource = new Map(documents.map((d) => [String(d.source), d]));
        const problems: string[] = [];
        for (const p of passages.filter((l) => String(l.source).startsWith('positive/'))) {
          const d = bySource.get(String(p.source));
          if (d === undefined) continue;
          for (const key of ['dataTypes', 'recipients'] as const) {
            const extra = (p[key] as string[]).filter((x) => !(d[key] as string[]).includes(x));
            if (extra.length > 0) problems.push(`${String(p.source)} ${key} ${extra.join()}`);
          }
          if (p.sells !== null && p.sells !== d.sells) problems.push(`${String(p.source)} sells`);
        }
        expect(problems).toEqual([]);
      });
    });
  }
});
