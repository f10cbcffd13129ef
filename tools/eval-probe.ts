// `npm run eval:probe -- test/probes/probe19.tsv [--given-lang]`: a probe of the extractor, one sentence per line, each analysed as a one-page policy (a title line in
// the sentence's language, then the sentence as its own paragraph), its report compared with what the line expects.
//
//   npx tsx tools/eval-probe.ts PROBE.tsv [--root DIR] [--given-lang]
//
// test/probes/probe19.tsv was written in session 19 by someone who had not read the rules, and measured the session
// unseen (docs/extraction.md, probe19); once fixes were made from it it is a regression set, no longer unseen: a
// new session measures itself on a new probe.
//
// PROBE.tsv: `lang<TAB>expected<TAB>sentence`; expected is `none` or `;`-separated field=value lists:
//   dataTypes=name,email  recipients=service-providers  named=Stripe  sells=true|false
//   retention=specific:P2Y[,P6M] | criteria | indefinite   rights=access,erasure   minAge=16
//   flags=security,international,changes   emails=a@b.example
// A value written `?value` is defensible either way: it counts neither as missed nor as invented.
// A line is misread when an expected value is not read, or when anything is read that was not expected (in a
// field the line names or in any other field: a `none` line must read nothing).
// --root: the repository whose src/ is analysed (default: the current directory); modules are imported from it.
// --given-lang (a supplementary measure, not the CLI's path): the page is read in the line's own language instead
// of the identified one (readPage of src/core/analyze.ts with the language given), to tell language-identification
// misses on one-sentence pages from extraction misses.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const FIELDS = [
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
type Field = (typeof FIELDS)[number];

const TITLES: Record<string, string> = {
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

interface Expect {
  required: string[];
  optional: string[];
}
interface Line {
  n: number;
  lang: string;
  expectedText: string;
  sentence: string;
  expected: Map<Field, Expect>;
}

function parseArgs(argv: string[]): { probe: string; root: string; givenLang: boolean } {
  let root = process.cwd();
  let givenLang = false;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--root') root = argv[++i] ?? root;
    else if (argv[i] === '--given-lang') givenLang = true;
    else rest.push(argv[i] as string);
  }
  if (rest.length !== 1) {
    console.error('usage: npx tsx tools/eval-probe.ts PROBE.tsv [--root DIR] [--given-lang]');
    process.exit(2);
  }
  return { probe: rest[0] as string, root: resolve(root), givenLang };
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

function readProbe(path: string): Line[] {
  const lines: Line[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
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

// biome-ignore lint/suspicious/noExplicitAny: the report is read from whichever worktree --root names.
type AnyReport = any;

function readValues(report: AnyReport): Record<Field, string[]> {
  const p = report.practices;
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

interface FieldResult {
  missed: string[];
  invented: string[];
}

function compare(line: Line, read: Record<Field, string[]>): Map<Field, FieldResult> {
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

function describeRead(read: Record<Field, string[]>): string {
  const parts = FIELDS.filter((f) => read[f].length > 0).map((f) => `${f}=${read[f].join(',')}`);
  return parts.length ? parts.join(';') : 'none';
}

async function main(): Promise<void> {
  const { probe, root, givenLang } = parseArgs(process.argv.slice(2));
  const load = (rel: string) => import(pathToFileURL(`${root}/src/${rel}`).href);
  const { segmentText } = await load('core/page/from-text.ts');
  const { analyzePage } = await load('core/analyze.ts');
  const { loadClassifier, ConceptCounts } = await load('core/classify/classifier.ts');
  const model = JSON.parse(readFileSync(`${root}/src/model/classifier.json`, 'utf8'));
  const classifier = loadClassifier(model);
  // readPage of src/core/analyze.ts with the language given rather than identified (--given-lang only).
  const readInLanguage = async (page: AnyReport, language: string): Promise<AnyReport> => {
    const { extractPracticesThen } = await load('core/extract/index.ts');
    const { gatedKinds } = await load('core/retention-reading.ts');
    const { segments } = page;
    const concepts = new ConceptCounts();
    const firstStage = classifier.scoreAll(segments, language, concepts);
    const { practices } = extractPracticesThen(segments, firstStage, language, () =>
      gatedKinds(segments, concepts, classifier.lexicon, language),
    );
    return { language, practices };
  };

  const lines = readProbe(probe);
  const langs = [...new Set(lines.map((l) => l.lang))];
  const perLang = new Map<
    string,
    { lines: number; misread: number; missed: number; invented: number; noneBad: number; none: number }
  >();
  const perField = new Map<Field, { lines: number; missed: number; invented: number }>();
  for (const f of FIELDS) perField.set(f, { lines: 0, missed: 0, invented: 0 });
  let misreadTotal = 0;
  let missedTotal = 0;
  let inventedTotal = 0;
  const langMismatch: string[] = [];

  const mode = givenLang ? ', language GIVEN (not identified)' : '';
  console.log(`probe ${probe} (${lines.length} lines), src from ${root}${mode}\n`);
  for (const line of lines) {
    const title = TITLES[line.lang] ?? 'Privacy policy';
    const page = segmentText(`${title}\n\n${line.sentence}\n`, 'txt');
    const report = givenLang
      ? await readInLanguage(page, line.lang)
      : analyzePage(page, { url: null, classifier });
    const read = readValues(report);
    const result = compare(line, read);
    const stats = perLang.get(line.lang) ?? {
      lines: 0,
      misread: 0,
      missed: 0,
      invented: 0,
      noneBad: 0,
      none: 0,
    };
    perLang.set(line.lang, stats);
    stats.lines++;
    const isNone = line.expectedText.trim() === 'none';
    if (isNone) stats.none++;
    if (report.language !== line.lang)
      langMismatch.push(`  line ${line.n} [${line.lang}] read as ${report.language}`);
    if (result.size === 0) continue;
    misreadTotal++;
    stats.misread++;
    if (isNone) stats.noneBad++;
    const notes: string[] = [];
    for (const [field, r] of result) {
      const fs = perField.get(field) as { lines: number; missed: number; invented: number };
      fs.lines++;
      fs.missed += r.missed.length;
      fs.invented += r.invented.length;
      stats.missed += r.missed.length;
      stats.invented += r.invented.length;
      missedTotal += r.missed.length;
      inventedTotal += r.invented.length;
      const bits = [
        r.missed.length ? `missed ${r.missed.join(',')}` : '',
        r.invented.length ? `invented ${r.invented.join(',')}` : '',
      ].filter(Boolean);
      notes.push(`${field}: ${bits.join('; ')}`);
    }
    const langNote = report.language !== line.lang ? ` (language read as ${report.language})` : '';
    console.log(`MISREAD line ${line.n} [${line.lang}]${langNote}  ${notes.join(' | ')}`);
    console.log(`  expected: ${line.expectedText}`);
    console.log(`  read:     ${describeRead(read)}`);
    console.log(`  sentence: ${line.sentence}`);
  }

  console.log(
    `\nTOTAL: ${misreadTotal} of ${lines.length} lines misread; ${missedTotal} values missed, ${inventedTotal} invented`,
  );
  console.log('\nper language        lines misread  missed invented  none-lines-misread');
  for (const lang of langs) {
    const s = perLang.get(lang);
    if (!s) continue;
    console.log(
      `  ${lang.padEnd(18)}${String(s.lines).padStart(5)}${String(s.misread).padStart(8)}${String(s.missed).padStart(8)}${String(s.invented).padStart(9)}${`${s.noneBad}/${s.none}`.padStart(12)}`,
    );
  }
  console.log('\nper field           lines-misread  missed invented');
  for (const f of FIELDS) {
    const s = perField.get(f) as { lines: number; missed: number; invented: number };
    console.log(
      `  ${f.padEnd(18)}${String(s.lines).padStart(8)}${String(s.missed).padStart(9)}${String(s.invented).padStart(9)}`,
    );
  }
  console.log(
    `\nlanguage identified differently on ${langMismatch.length} lines${langMismatch.length ? ':' : ''}`,
  );
  for (const m of langMismatch) console.log(m);
}

await main();
