/**
 * A probe of the extractor (test/probes/*.tsv): its lines, what each expects, and how a report's practices
 * are compared with it. Pure: read by tools/eval-probe.ts (the report) and test/unit/probes.test.ts (the
 * regression pin). Format: `lang<TAB>expected<TAB>sentence`; expected is `none` or `;`-separated field=value
 * lists; a value written `?value` is defensible either way: it counts neither as missed nor as invented.
 */
import type { Practices } from '../../src/core/report';

export const FIELDS = [
  'dataTypes',
  'recipients',
  'named',
  'sells',
  'retention',
  'rights',
  'minAge',
  'flags',
  'emails',
] as const;
export type Field = (typeof FIELDS)[number];

/** The title line each one-sentence page gets, in the sentence's language. */
export const TITLES: Readonly<Record<string, string>> = {
  en: 'Privacy policy',
  de: 'Datenschutzerklärung',
  nl: 'Privacyverklaring',
  nb: 'Personvernerklæring',
  sv: 'Integritetspolicy',
  da: 'Privatlivspolitik',
  fr: 'Politique de confidentialité',
  es: 'Política de privacidad',
  it: 'Informativa sulla privacy',
  pl: 'Polityka prywatności',
  pt: 'Política de privacidade',
};

export interface Expect {
  required: string[];
  optional: string[];
}

export interface ProbeLine {
  /** Its line number in the file (from 1). */
  n: number;
  lang: string;
  expectedText: string;
  sentence: string;
  expected: Map<Field, Expect>;
}

export type Values = Record<Field, string[]>;

export interface FieldResult {
  missed: string[];
  invented: string[];
}

/** The page a line is read as: a title line in its language, then the sentence as its own paragraph. */
export function pageText(line: ProbeLine): string {
  return `${TITLES[line.lang] ?? 'Privacy policy'}\n\n${line.sentence}\n`;
}

/** ISO-8601 duration -> a comparable key: days, weeks and hours in hours; years and months in months. */
function durationKey(iso: string): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso);
  if (!m) return iso;
  const [y, mo, w, d, h, mi] = m.slice(1).map((x) => Number(x ?? 0)) as number[];
  const months = (y ?? 0) * 12 + (mo ?? 0);
  const hours = ((w ?? 0) * 7 + (d ?? 0)) * 24 + (h ?? 0);
  return `${months ? `${months}mo` : ''}${hours ? `${hours}h` : ''}${mi ? `${mi}min` : ''}` || iso;
}

function normalise(field: Field, value: string): string {
  if (field === 'retention') {
    const period = value.startsWith('specific:')
      ? value.slice('specific:'.length)
      : /^P/.test(value)
        ? value
        : null;
    return period === null ? value : `specific:${durationKey(period)}`;
  }
  if (field === 'named' || field === 'emails') return value.toLowerCase();
  return value;
}

function parseExpected(text: string, where: string): Map<Field, Expect> {
  const map = new Map<Field, Expect>();
  if (text.trim() === 'none') return map;
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    const field = part.slice(0, eq).trim() as Field;
    if (eq < 0 || !FIELDS.includes(field)) throw new Error(`${where}: bad expected part '${part}'`);
    const entry: Expect = { required: [], optional: [] };
    for (const raw of part.slice(eq + 1).split(',')) {
      const v = raw.trim();
      if (!v) continue;
      if (v.startsWith('?')) entry.optional.push(v.slice(1));
      else entry.required.push(v);
    }
    map.set(field, entry);
  }
  return map;
}

/** The lines of a probe file's text (blank lines and lines starting with # skipped). */
export function parseProbe(text: string): ProbeLine[] {
  const lines: ProbeLine[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const [lang, expectedText, sentence] = raw.split('\t');
    if (!lang || !expectedText || !sentence)
      throw new Error(`line ${i + 1}: expected three tab-separated columns`);
    lines.push({
      n: i + 1,
      lang,
      expectedText,
      sentence,
      expected: parseExpected(expectedText, `line ${i + 1}`),
    });
  });
  return lines;
}

/** What a report's practices say, field by field, in the probe's terms. */
export function readValues(p: Practices): Values {
  const retention: string[] =
    p.retention.kind === 'specific'
      ? p.retention.periods.length > 0
        ? p.retention.periods.map((x: string) => `specific:${x}`)
        : ['specific']
      : p.retention.kind && p.retention.kind !== 'none'
        ? [p.retention.kind]
        : [];
  return {
    dataTypes: [...p.collection.dataTypes],
    recipients: [...p.sharing.recipients],
    named: [...p.sharing.named],
    sells: p.sharing.sells === null || p.sharing.sells === undefined ? [] : [String(p.sharing.sells)],
    retention,
    rights: [...p.rights.rights],
    minAge: p.children.minAge === null || p.children.minAge === undefined ? [] : [String(p.children.minAge)],
    flags: [
      ...(p.security.found ? ['security'] : []),
      ...(p.international.found ? ['international'] : []),
      ...(p.changes.found ? ['changes'] : []),
    ],
    emails: [...p.contact.emails],
  };
}

/** Named parties match when one name holds the other ("Vipps" and "Vipps MobilePay AS"). */
function same(field: Field, a: string, b: string): boolean {
  const x = normalise(field, a);
  const y = normalise(field, b);
  if (field === 'named') return x.includes(y) || y.includes(x);
  return x === y;
}

/** The fields a line reads wrongly: expected values not read, and values read that it does not expect. */
export function compare(line: ProbeLine, read: Values): Map<Field, FieldResult> {
  const out = new Map<Field, FieldResult>();
  for (const field of FIELDS) {
    const exp = line.expected.get(field) ?? { required: [], optional: [] };
    const got = read[field];
    const missed = exp.required.filter((e) => !got.some((g) => same(field, e, g)));
    const invented = got.filter((g) => ![...exp.required, ...exp.optional].some((e) => same(field, e, g)));
    if (missed.length || invented.length) out.set(field, { missed, invented });
  }
  return out;
}

/** A misread line in one string: `dataTypes: missed a,b; invented c | sells: missed true`. */
export function describeResult(result: Map<Field, FieldResult>): string {
  const notes: string[] = [];
  for (const [field, r] of result) {
    const bits = [
      r.missed.length ? `missed ${r.missed.join(',')}` : '',
      r.invented.length ? `invented ${r.invented.join(',')}` : '',
    ].filter(Boolean);
    notes.push(`${field}: ${bits.join('; ')}`);
  }
  return notes.join(' | ');
}

/** What was read, in the expected column's format. */
export function describeRead(read: Values): string {
  const parts = FIELDS.filter((f) => read[f].length > 0).map((f) => `${f}=${read[f].join(',')}`);
  return parts.length ? parts.join(';') : 'none';
}
