// `npm run eval:probe -- test/probes/probe19.tsv [--given-lang]`: a probe of the extractor, one sentence per line, each analysed as a one-page policy (a title line in
// the sentence's language, then the sentence as its own paragraph), its report compared with what the line expects.
//
//   npx tsx tools/eval-probe.ts PROBE.tsv [--root DIR] [--given-lang [--pin FILE]]
//
// test/probes/probe19.tsv, probe20.tsv and probe21.tsv were each written in their session by someone who had not read
// the rules, and measured that session unseen (docs/extraction.md); once fixes were made from one it is a regression
// set, no longer unseen: a new session measures itself on a new probe.
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
// --pin FILE (with --given-lang): the misread lines are written into FILE under the probe's name;
// test/probes/pinned-misreads.json is what test/unit/probes.test.ts holds every probe of test/probes/ to.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  compare,
  describeRead,
  describeResult,
  FIELDS,
  type Field,
  pageText,
  parseProbe,
  readValues,
} from './lib/probe-lines';

interface Args {
  probe: string;
  root: string;
  givenLang: boolean;
  /** --pin FILE: the misread lines (language given) are written into FILE's entry for this probe. */
  pin: string | null;
}

function parseArgs(argv: string[]): Args {
  let root = process.cwd();
  let givenLang = false;
  let pin: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--root') root = argv[++i] ?? root;
    else if (argv[i] === '--given-lang') givenLang = true;
    else if (argv[i] === '--pin') pin = argv[++i] ?? null;
    else rest.push(argv[i] as string);
  }
  if (rest.length !== 1 || (pin !== null && !givenLang)) {
    console.error('usage: npx tsx tools/eval-probe.ts PROBE.tsv [--root DIR] [--given-lang [--pin FILE]]');
    process.exit(2);
  }
  return { probe: rest[0] as string, root: resolve(root), givenLang, pin };
}

/** Writes the probe's misread lines into the pin file (test/probes/pinned-misreads.json), keyed by the probe's file name. */
function writePin(file: string, probe: string, misread: Record<string, string>): void {
  let pins: Record<string, Record<string, string>> = {};
  try {
    pins = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // A new pin file.
  }
  pins[basename(probe)] = misread;
  const sorted = Object.fromEntries(
    Object.keys(pins)
      .sort()
      .map((k) => [k, pins[k]]),
  );
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`\npinned ${Object.keys(misread).length} misread lines of ${basename(probe)} in ${file}`);
}

async function main(): Promise<void> {
  const { probe, root, givenLang, pin } = parseArgs(process.argv.slice(2));
  const load = (rel: string) => import(pathToFileURL(`${root}/src/${rel}`).href);
  const { segmentText } = await load('core/page/from-text.ts');
  const { loadClassifier } = await load('core/classify/classifier.ts');
  const model = JSON.parse(readFileSync(`${root}/src/model/classifier.json`, 'utf8'));
  const classifier = loadClassifier(model);
  const { analyzePage, readPage } = await load('core/analyze.ts');
  const lines = parseProbe(readFileSync(probe, 'utf8'));
  const pinned: Record<string, string> = {};
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
    const page = segmentText(pageText(line), 'txt');
    const report = givenLang
      ? { language: line.lang, practices: readPage(page, classifier, line.lang).verdict.practices }
      : analyzePage(page, { url: null, classifier });
    const read = readValues(report.practices);
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
    for (const [field, r] of result) {
      const fs = perField.get(field) as { lines: number; missed: number; invented: number };
      fs.lines++;
      fs.missed += r.missed.length;
      fs.invented += r.invented.length;
      stats.missed += r.missed.length;
      stats.invented += r.invented.length;
      missedTotal += r.missed.length;
      inventedTotal += r.invented.length;
    }
    const note = describeResult(result);
    pinned[String(line.n)] = note;
    const langNote = report.language !== line.lang ? ` (language read as ${report.language})` : '';
    console.log(`MISREAD line ${line.n} [${line.lang}]${langNote}  ${note}`);
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
  if (pin) writePin(pin, probe, pinned);
}

await main();
