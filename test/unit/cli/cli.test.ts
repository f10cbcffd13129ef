import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
const SEED = join(ROOT, 'test', 'fixtures', 'policies', 'contracting-nb.html');

/** Runs the CLI from source (the same code the build bundles). */
function plainly(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [TSX, MAIN, ...args], { input, encoding: 'utf8', cwd: ROOT });
  return { code: run.status, out: run.stdout, err: run.stderr.replace(/npm warn.*\n/g, '') };
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plainly-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
  writeFileSync(
    join(dir, 'policy.md'),
    '# Privacy Policy\n\nWe collect your e-mail address and keep it for two years.\n',
  );
  writeFileSync(join(dir, 'locked.txt'), 'secret');
  chmodSync(join(dir, 'locked.txt'), 0o000);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plainly analyze', () => {
  test('one file --json prints one report object', () => {
    const { code, out } = plainly(['analyze', SEED, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ version: 1, language: 'nb', detection: { isPolicy: true } });
    expect(report.practices.retention.periods).toEqual(expect.arrayContaining(['P5Y', 'P3M']));
  });

  test('several files --json print an array, --jsonl a line each', () => {
    const md = join(dir, 'policy.md');
    expect(JSON.parse(plainly(['analyze', SEED, md, '--json']).out)).toHaveLength(2);
    const lines = plainly(['analyze', SEED, md, '--jsonl']).out.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).version)).toEqual([1, 1]);
  });

  test('the readable summary names the practices', () => {
    const { out } = plainly(['analyze', SEED]);
    expect(out).toMatch(/contracting-nb\.html: privacy policy/);
    expect(out).toMatch(/Keeps data:.*5 years/);
  });

  test('a deletion on a fixed date is summarised as such, not as an empty list of durations', () => {
    const page =
      'Privacy Policy\n\nEvery year on 1 April we delete all e-mails from the previous calendar year.\n';
    expect(plainly(['analyze', '-'], page).out).toMatch(/Keeps data: +until a fixed deletion date/);
  });

  test("'-' reads stdin", () => {
    const { code, out } = plainly(['analyze', '-', '--json'], 'Privacy Policy\n\nWe collect your name.\n');
    expect(code).toBe(0);
    expect(JSON.parse(out).stats.segments).toBeGreaterThan(0);
  });

  test('bad files give one line each on stderr, the others are analysed, exit status 1', () => {
    const files = ['missing.html', 'empty.txt', 'binary.html', 'locked.txt'].map((f) => join(dir, f));
    const { code, out, err } = plainly(['analyze', '--jsonl', ...files, SEED]);
    expect(code).toBe(1);
    expect(out.trim().split('\n')).toHaveLength(process.getuid?.() === 0 ? 2 : 1);
    const lines = err.trim().split('\n');
    expect(lines.find((l) => l.includes('missing.html'))).toMatch(/no such file/);
    expect(lines.find((l) => l.includes('empty.txt'))).toMatch(/empty file/);
    expect(lines.find((l) => l.includes('binary.html'))).toMatch(/binary/);
  });

  test('usage errors exit 2', () => {
    expect(plainly(['analyze']).code).toBe(2);
    expect(plainly(['frobnicate']).code).toBe(2);
  });
});

describe('plainly classify', () => {
  test('one result line per input line, in order, a probability for every label, other fields echoed', () => {
    const input = [
      JSON.stringify({
        id: 'a',
        text: 'We keep your personal data for five years after your account is closed.',
      }),
      JSON.stringify({ id: 'b', text: 'We share your information with advertising partners.' }),
    ].join('\n');
    const { code, out } = plainly(['classify'], input);
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(Object.keys(rows[0].labels).sort()).toEqual(
      [
        'access',
        'audiences',
        'changes',
        'choices',
        'collection',
        'dnt',
        'other',
        'retention',
        'security',
        'sharing',
      ].sort(),
    );
    expect(rows[0].labels.retention).toBeGreaterThan(0.5);
    expect(rows[1].labels.sharing).toBeGreaterThan(0.5);
  });

  test('a bad line gets an error line and exit status 1, the rest go on', () => {
    const { code, out } = plainly(
      ['classify'],
      `not json\n${JSON.stringify({ text: 'We collect your name.' })}\n`,
    );
    expect(code).toBe(1);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows[0]).toHaveProperty('error');
    expect(rows[1]).toHaveProperty('labels');
  });
});
