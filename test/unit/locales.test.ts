import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/vocabulary';

const LOCALES = path.resolve(import.meta.dirname, '../../public/_locales');
const PLURAL = /^(\w+?)_(zero|one|two|few|many|other)$/;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

function load(locale: string): Record<string, Entry> {
  return JSON.parse(readFileSync(path.join(LOCALES, locale, 'messages.json'), 'utf8')) as Record<
    string,
    Entry
  >;
}

/** The $NAME$ placeholders a message uses, lower case, sorted. */
function used(message: string): string[] {
  return [...new Set([...message.matchAll(/\$(\w+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()))].sort();
}

/** Placeholder name -> content ($1, $2...): the order the code substitutes in. */
function declared(entry: Entry): Record<string, string> {
  return Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name, p.content]));
}

const english = load('en');
const others = LANGUAGES.filter((lang) => lang !== 'en');

describe('locales', () => {
  it('has exactly the eleven languages Plainly reads', () => {
    expect(readdirSync(LOCALES).sort()).toEqual([...LANGUAGES].sort());
  });

  describe.each(others)('%s', (locale) => {
    const messages = load(locale);

    it('has every key of English', () => {
      expect(Object.keys(english).filter((key) => !(key in messages))).toEqual([]);
    });

    it('has no other keys, except extra plural forms of an English plural key (e.g. _few in Polish)', () => {
      const extra = Object.keys(messages).filter((key) => {
        if (key in english) return false;
        const plural = PLURAL.exec(key);
        return !(plural && `${plural[1]}_other` in english);
      });
      expect(extra).toEqual([]);
    });

    it('uses and declares every placeholder of English, with the same $n, and no empty message', () => {
      for (const [key, entry] of Object.entries(messages)) {
        const plural = PLURAL.exec(key);
        const base = english[key] ?? english[`${plural?.[1]}_other`];
        expect(base, key).toBeDefined();
        if (!base) continue;
        expect(entry.message.trim().length, key).toBeGreaterThan(0);
        expect(used(entry.message), key).toEqual(used(base.message));
        expect(declared(entry), key).toEqual(declared(base));
      }
    });

    it('is translated: most messages differ from English', () => {
      const same = Object.keys(english).filter((key) => messages[key]?.message === english[key]?.message);
      // Symbols, the name, "Cookies", "IP"-like terms may stay the same; a copied file would not.
      expect(same.length).toBeLessThan(Object.keys(english).length * 0.15);
    });
  });
});
