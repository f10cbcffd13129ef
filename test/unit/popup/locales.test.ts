import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const LOCALES = path.join(ROOT, 'public/_locales');
const SHELLS = ['src/popup', 'src/background', 'src/content', 'src/options'].map((dir) =>
  path.join(ROOT, dir),
);

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

function load(locale: string): Record<string, Entry> {
  return JSON.parse(readFileSync(path.join(LOCALES, locale, 'messages.json'), 'utf8')) as Record<
    string,
    Entry
  >;
}

function sources(): { file: string; text: string }[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    let entries: import('node:fs').Dirent[] = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) files.push(full);
    }
  };
  for (const dir of SHELLS) walk(dir);
  return files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

const english = load('en');
const code = sources();
const manifest = readFileSync(path.join(ROOT, 'manifest.json'), 'utf8');

describe('UI strings', () => {
  it.each(Object.entries(english))(
    '%s is complete: message, description, declared placeholders',
    (_key, entry) => {
      expect(entry.message.length).toBeGreaterThan(0);
      expect(entry.description?.length ?? 0).toBeGreaterThan(0);
      const used = [...entry.message.matchAll(/\$(\w+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();
      expect(used).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    },
  );

  it('every __MSG_key__ of the manifest exists', () => {
    const keys = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(english, key).toHaveProperty(key);
  });

  it('every string is used by the manifest or the shells (plural forms through their unit)', () => {
    const all = `${manifest}\n${code.map((c) => c.text).join('\n')}`;
    const unused = Object.keys(english).filter((key) => {
      const unit = /^unit_(\w+?)_(zero|one|two|few|many|other)$/.exec(key);
      if (unit) return !all.includes(`'${unit[1]}'`);
      const plural = /^(\w+?)_(zero|one|two|few|many|other)$/.exec(key);
      if (plural) return !all.includes(`'${plural[1]}'`);
      return !all.includes(`'${key}'`) && !all.includes(`"${key}"`) && !all.includes(`__MSG_${key}__`);
    });
    expect(unused).toEqual([]);
  });

  it('the popup has no hard-coded text between JSX tags', () => {
    const offenders = code
      .filter((c) => c.file.endsWith('.tsx'))
      .flatMap((c) =>
        [...c.text.matchAll(/>\s*([A-Za-z][^<>{}]*?)\s*</g)].map((m) => `${path.basename(c.file)}: ${m[1]}`),
      )
      .filter((hit) => !/=>|&&|\|\||\)/.test(hit));
    expect(offenders).toEqual([]);
  });

  it('every other locale has only keys English has (or extra plural forms of them)', () => {
    for (const locale of readdirSync(LOCALES)) {
      const extra = Object.keys(load(locale)).filter((key) => {
        const plural = /^(\w+?)_(zero|one|two|few|many|other)$/.exec(key);
        return !(key in english) && !(plural && `${plural[1]}_other` in english);
      });
      expect(extra, locale).toEqual([]);
    }
  });
});
