/**
 * `npm run eval` step: the seeds' gold agreement. Each seed of ../shared/seeds (gold.jsonl) has a committed
 * fixture page (test/fixtures/policies/<name>.html); the page goes through the CLI's path (parse, segment,
 * classify, extract) and its practices are set against the gold line, field by field: gold items found,
 * items claimed outside gold + optional, sells, retention kind and periods, rights, children's age, contact
 * e-mail, international transfers, named third parties. With --gate, exits 1 when a gold item is missed or
 * an item outside gold + optional is claimed (fields the fixture's expected.json disputes, with its reason,
 * are shown and not counted).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatOf, pageFromText } from '../src/cli/read-page';
import { analyzePage } from '../src/core/analyze';
import { loadClassifier } from '../src/core/classify/classifier';
import type { Practices } from '../src/core/report';
import model from '../src/model/classifier.json';
import { type Expected, FIXTURES_DIR, type Gold } from '../test/fixtures/fixture-files';
import { diffList } from '../test/fixtures/gold-check';
import { sharedRoot } from './shared-data';

const SEEDS = join(sharedRoot(), 'seeds');
const classifier = loadClassifier(model);
const gate = process.argv.includes('--gate');

/** One field of one seed: gold items found, gold items missed, claims outside gold + optional. */
interface FieldResult {
  field: string;
  found: number;
  gold: number;
  missed: string[];
  extra: string[];
  disputed?: string;
}

function listField(
  field: string,
  got: readonly string[],
  gold: readonly string[],
  optional: readonly string[] = [],
): FieldResult {
  const { missed, extra } = diffList(got, gold, optional);
  return { field, found: gold.length - missed.length, gold: gold.length, missed, extra };
}

/** A single gold value: found when equal; a wrong value is both a miss and a claim. */
function valueField(field: string, got: unknown, gold: unknown): FieldResult {
  const same = got === gold;
  return {
    field,
    found: same ? 1 : 0,
    gold: 1,
    missed: same ? [] : [String(gold)],
    extra: same || got === null || got === false ? [] : [String(got)],
  };
}

function fieldsOf(p: Practices, gold: Gold): FieldResult[] {
  const optionalPeriods = gold.retention.optional_periods ?? [];
  const fields = [
    listField('data types', p.collection.dataTypes, gold.collection.data_types, gold.collection.optional),
    listField('recipients', p.sharing.recipients, gold.sharing.recipients, gold.sharing.optional),
    // Named third parties: the gold names must be found; other names are facts of the text, not claims.
    { ...listField('named', p.sharing.named, gold.sharing.named), extra: [] },
    listField('rights', p.rights.rights, gold.rights),
    valueField('retention kind', p.retention.kind, gold.retention.kind),
    listField('periods', p.retention.periods, gold.retention.periods, optionalPeriods),
    valueField(
      'contact',
      p.contact.emails.some((e) => e.toLowerCase() === gold.contact_email.toLowerCase()),
      true,
    ),
  ];
  if (gold.sharing.sells !== null) fields.push(valueField('sells', p.sharing.sells, gold.sharing.sells));
  if (gold.children_age !== undefined)
    fields.push(valueField('children age', p.children.minAge, gold.children_age));
  if (gold.international_transfer !== null)
    fields.push(valueField('international', p.international.found, gold.international_transfer));
  return fields;
}

function evaluate(gold: Gold): FieldResult[] {
  const name = gold.file.replace(/\.txt$/, '');
  const htmlFile = join(FIXTURES_DIR, 'policies', `${name}.html`);
  const expected = JSON.parse(
    readFileSync(join(FIXTURES_DIR, 'policies', `${name}.expected.json`), 'utf8'),
  ) as Expected;
  const html = readFileSync(htmlFile, 'utf8');
  const report = analyzePage(pageFromText(html, formatOf(htmlFile, html)), { url: expected.url, classifier });
  const disputed = expected.disputed ?? {};
  const byGoldKey: Record<string, keyof Gold> = { international: 'international_transfer' };
  return fieldsOf(report.practices, gold).map((f) => {
    const reason = disputed[byGoldKey[f.field] ?? (f.field as keyof Gold)];
    return reason ? { ...f, disputed: reason } : f;
  });
}

if (!existsSync(join(SEEDS, 'gold.jsonl'))) {
  console.log(`no seeds at ${SEEDS}: skipped`);
  process.exit(0);
}
const golds = readFileSync(join(SEEDS, 'gold.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Gold);

console.log('Seeds: the gold of ../shared/seeds/gold.jsonl against the report of each seed fixture page');
let found = 0;
let total = 0;
let claims = 0;
for (const gold of golds) {
  const fields = evaluate(gold);
  console.log(`\n${gold.file} (${gold.lang})`);
  for (const f of fields) {
    const notes = [
      f.missed.length > 0 ? `missed [${f.missed.join(', ')}]` : '',
      f.extra.length > 0 ? `claimed outside gold [${f.extra.join(', ')}]` : '',
      f.disputed ? `disputed: ${f.disputed.slice(0, 90)}...` : '',
    ].filter(Boolean);
    console.log(`  ${f.field.padEnd(15)} ${f.found}/${f.gold}  ${notes.join('; ')}`);
    if (f.disputed) continue;
    found += f.found;
    total += f.gold;
    claims += f.extra.length;
  }
}
console.log(
  `\ngold items found: ${found}/${total}; items claimed outside gold + optional: ${claims} (disputed fields not counted)`,
);
if (gate) {
  if (found < total || claims > 0) {
    console.error(
      'seeds gate failed: every gold item must be found and nothing outside gold + optional claimed',
    );
    process.exitCode = 1;
  } else console.log('seeds gate passed');
}
