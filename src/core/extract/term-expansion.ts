/**
 * A lexicon term read as the strings it matches, when it has finitely many: then the matcher compares
 * strings instead of running the term's regex (term-index.ts).
 */
import { UNKNOWN, Unknown } from './term-prefixes';

/** A term read as a finite list of strings, maybe followed by a word's rest (`\w*` or `\w+`). */
export interface Expansion {
  /** Every string the term (without its tail) matches, in the order the regex engine tries them. */
  readonly strings: readonly string[];
  readonly tail: '' | '*' | '+';
}

const MAX_EXPANSIONS = 256;
/** Syntax that no finite list of strings spells out: classes, repetition, any character, anchors, lookarounds. */
const NOT_FINITE = /\\[a-z0-9]|(?<!\\)[*+{.^$]|\(\?[=!<]/i;

/**
 * The strings a term matches, when it is made only of text, groups, alternatives, optional parts and small
 * classes (then its first matching string, in the engine's order, is its match); null otherwise.
 */
export function termExpansion(source: string): Expansion | null {
  const tailMatch = /\\w([*+])$/.exec(source);
  const tail = (tailMatch?.[1] ?? '') as Expansion['tail'];
  const body = tailMatch ? source.slice(0, -3) : source;
  if (body.endsWith('\\') || NOT_FINITE.test(body)) return null;
  try {
    const reader = new ExactReader(body);
    const strings = reader.alternatives();
    if (reader.pos !== body.length || strings.length === 0) return null;
    return { strings, tail };
  } catch (error) {
    if (error instanceof Unknown) return null;
    throw error;
  }
}

/** Reads a pattern into the ordered list of strings it matches; throws Unknown on anything else. */
class ExactReader {
  pos = 0;
  constructor(private readonly s: string) {}

  alternatives(): string[] {
    const result = this.sequence();
    while (this.s[this.pos] === '|') {
      this.pos++;
      result.push(...this.sequence());
    }
    return capped(result);
  }

  sequence(): string[] {
    let current = [''];
    // Text with one way to match (most of a term) is gathered, and joined to the strings once.
    let text = '';
    while (this.pos < this.s.length && this.s[this.pos] !== '|' && this.s[this.pos] !== ')') {
      const atom = this.atom();
      let options = atom;
      if (this.s[this.pos] === '?') {
        this.pos++;
        const lazy = this.s[this.pos] === '?';
        if (lazy) this.pos++;
        options = lazy ? ['', ...atom] : [...atom, ''];
      }
      const next = this.s[this.pos];
      if (next === '*' || next === '+' || next === '{') throw UNKNOWN;
      if (options.length === 1) {
        text += options[0];
        continue;
      }
      const before = text;
      current = capped(current.flatMap((x) => options.map((y) => x + before + y)));
      text = '';
    }
    return text === '' ? current : current.map((x) => x + text);
  }

  atom(): string[] {
    const c = this.s[this.pos] ?? '';
    this.pos++;
    if (c === '(') {
      if (this.s.startsWith('?:', this.pos)) this.pos += 2;
      else if (this.s[this.pos] === '?') throw UNKNOWN;
      const inner = this.alternatives();
      if (this.s[this.pos] !== ')') throw UNKNOWN;
      this.pos++;
      return inner;
    }
    if (c === '[') {
      const end = this.s.indexOf(']', this.pos);
      const body = this.s.slice(this.pos, end);
      if (end < 0 || body === '' || /[\\^\-[]/.test(body)) throw UNKNOWN;
      this.pos = end + 1;
      return [...new Set(body)];
    }
    if (c === '\\') {
      const e = this.s[this.pos] ?? '';
      this.pos++;
      if (e === '' || /[a-z0-9]/i.test(e)) throw UNKNOWN;
      return [e];
    }
    if ('.^{}$?*+|)'.includes(c)) throw UNKNOWN;
    return [c];
  }
}

function capped(strings: string[]): string[] {
  if (strings.length > MAX_EXPANSIONS) throw UNKNOWN;
  return strings;
}
