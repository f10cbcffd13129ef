/**
 * A structural lint of lexicon terms (src/core/extract/term-syntax.ts): mistakes that make a term, or a
 * branch of it, unable to match, found by reading the term's pattern, not by running it on text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLoose, needsRightBound } from '../../../src/core/extract/term-syntax';

/** src/core/extract/lexicon: every JSON file of extraction's lexicons. */
export const LEXICON_DIR = fileURLToPath(new URL('../../../src/core/extract/lexicon', import.meta.url));

/**
 * Every JSON file under LEXICON_DIR, parsed, by its path there ("recipients.json", and the parts of a split
 * lexicon: "cues/sharing.json"), in path order.
 */
export function lexiconFiles(): [string, unknown][] {
  return readdirSync(LEXICON_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(LEXICON_DIR, f), 'utf8'))]);
}

/** How a list of strings is read by its code. */
export type ListMode =
  /** Lexicon terms: lower-cased, matched at word boundaries (term-syntax.ts). */
  | 'term'
  /** Age templates: a term with one `{n}` (children.ts). */
  | 'template'
  /** Regular expressions used as they are (group names, duration connectors, e-mail local parts). */
  | 'regex'
  /** Plain strings compared or escaped literally (service aliases, stopwords). */
  | 'literal';

/** What a pattern can do at its edges. */
interface Edges {
  /** Whether it can match the empty string. */
  readonly nullable: boolean;
  /** Whether a match can begin with whitespace. */
  readonly firstSpace: boolean;
  /** Whether a match can end with whitespace. */
  readonly lastSpace: boolean;
}

const ZERO: Edges = { nullable: true, firstSpace: false, lastSpace: false };

class LintError extends Error {}

/** Reads a pattern's structure (groups, alternatives, classes, quantifiers) into its Edges. */
class EdgeReader {
  pos = 0;
  readonly problems: string[] = [];
  constructor(private readonly s: string) {}

  read(): Edges {
    const edges = this.alternatives();
    if (this.pos < this.s.length) throw new LintError(`unbalanced ')' at ${this.pos}`);
    return edges;
  }

  private alternatives(): Edges {
    const branches = [this.sequence()];
    while (this.s[this.pos] === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    return {
      nullable: branches.some((b) => b.nullable),
      firstSpace: branches.some((b) => b.firstSpace),
      lastSpace: branches.some((b) => b.lastSpace),
    };
  }

  private sequence(): Edges {
    const start = this.pos;
    const items: Edges[] = [];
    while (this.pos < this.s.length && this.s[this.pos] !== '|' && this.s[this.pos] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    if (this.pos === start) this.problems.push(`empty alternative at ${start}`);
    let firstSpace = false;
    for (const e of items) {
      firstSpace ||= e.firstSpace;
      if (!e.nullable) break;
    }
    let lastSpace = false;
    for (const e of [...items].reverse()) {
      lastSpace ||= e.lastSpace;
      if (!e.nullable) break;
    }
    return { nullable: items.every((e) => e.nullable), firstSpace, lastSpace };
  }

  private quantified(edges: Edges): Edges {
    const q = /^(?:[?*]|\{0(?:,\d*)?\})/.exec(this.s.slice(this.pos));
    const more = /^(?:\+|\{\d+(?:,\d*)?\})/.exec(this.s.slice(this.pos));
    const token = q?.[0] ?? more?.[0];
    if (!token) return edges;
    this.pos += token.length;
    if (this.s[this.pos] === '?') this.pos++;
    if (/^[?*+{]/.test(this.s.slice(this.pos))) throw new LintError(`double quantifier at ${this.pos}`);
    return q ? { ...edges, nullable: true } : edges;
  }

  private atom(): Edges {
    const c = this.s[this.pos] ?? '';
    this.pos++;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') return ZERO;
    if (/^[?*+{]$/.test(c)) throw new LintError(`nothing to repeat at ${this.pos - 1}`);
    const space = c === '.' || /\s/.test(c);
    return { nullable: false, firstSpace: space, lastSpace: space };
  }

  private group(): Edges {
    const look = /^\?(?:<?[=!])/.exec(this.s.slice(this.pos));
    if (look) this.pos += look[0].length;
    else if (this.s.startsWith('?:', this.pos)) this.pos += 2;
    else if (this.s.startsWith('?<', this.pos)) this.pos = this.s.indexOf('>', this.pos) + 1;
    if (this.s[this.pos] === ')') this.problems.push(`empty group at ${this.pos}`);
    const inner = this.alternatives();
    if (this.s[this.pos] !== ')') throw new LintError("unbalanced '(': no ')'");
    this.pos++;
    // A lookaround matches no character.
    return look ? ZERO : inner;
  }

  private charClass(): Edges {
    const negated = this.s[this.pos] === '^';
    if (negated) this.pos++;
    let space = false;
    let empty = true;
    while (this.s[this.pos] !== ']') {
      if (this.pos >= this.s.length) throw new LintError("unbalanced '[': no ']'");
      const c = this.s[this.pos] ?? '';
      this.pos += c === '\\' ? 2 : 1;
      const escaped = c === '\\' ? this.s[this.pos - 1] : '';
      space ||= /\s/.test(c) || (escaped !== undefined && /^[sWDntrfv]$/.test(escaped));
      empty = false;
    }
    this.pos++;
    if (empty) this.problems.push('empty character class');
    const can = negated ? true : space;
    return { nullable: false, firstSpace: can, lastSpace: can };
  }

  private escape(): Edges {
    const e = this.s[this.pos] ?? '';
    this.pos++;
    if (e === '') throw new LintError('trailing backslash');
    if (e === 'b' || e === 'B') return ZERO;
    if (e === 'p' || e === 'P') {
      const end = this.s.indexOf('}', this.pos);
      this.pos = end < 0 ? this.s.length : end + 1;
      return { nullable: false, firstSpace: e === 'P', lastSpace: e === 'P' };
    }
    const space = /^[sWDntrfv]$/.test(e);
    return { nullable: false, firstSpace: space, lastSpace: space };
  }
}

/** The edges of a pattern, with the structural problems met reading it. */
function readEdges(pattern: string): { edges: Edges | null; problems: string[] } {
  const reader = new EdgeReader(pattern);
  try {
    const edges = reader.read();
    return { edges, problems: reader.problems };
  } catch (error) {
    if (error instanceof LintError) return { edges: null, problems: [...reader.problems, error.message] };
    throw error;
  }
}

function compiles(pattern: string, flags: string): string | null {
  try {
    new RegExp(pattern, flags);
    return null;
  } catch (error) {
    return `does not compile: ${(error as Error).message}`;
  }
}

/** What a template's `{n}` becomes (children.ts): one number, in digits or words. */
const N = '(\\d{1,2}|one|two)';

/** The problems of one string of a list read in `mode`; empty when it is sound. */
export function termProblems(term: string, mode: ListMode): string[] {
  const problems: string[] = [];
  if (term.trim() === '') return ['empty'];
  if (term !== term.trim()) problems.push('leading or trailing whitespace');
  if (/\s{2}/.test(term)) problems.push('double space');
  if (mode === 'literal') return problems;
  if (mode === 'template' && term.split('{n}').length !== 2)
    problems.push('a template needs exactly one {n}');
  const pattern = mode === 'template' ? term.replace('{n}', N) : term;
  if (mode === 'term' && /\\[WSDBP]/.test(term)) {
    problems.push('upper-case escape: terms are lower-cased, so \\W becomes \\w');
  }
  const compileError = compiles(pattern, mode === 'regex' ? 'u' : '');
  if (compileError) problems.push(compileError);
  const { edges, problems: structure } = readEdges(pattern);
  problems.push(...structure);
  if (!edges || mode === 'regex') return problems;
  if (edges.nullable) problems.push('can match the empty string');
  if (edges.lastSpace && needsRightBound(term)) {
    problems.push(
      'a match can end with whitespace, before the right word boundary: that branch never matches',
    );
  }
  if (edges.firstSpace && !isLoose(term)) {
    problems.push(
      'a match can begin with whitespace, after the left word boundary: that branch never matches',
    );
  }
  return problems;
}

/** The problems of a list: each string's, and strings listed twice (after lower-casing, for terms). */
export function listProblems(list: readonly string[], mode: ListMode): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const term of list) {
    for (const p of termProblems(term, mode)) problems.push(`${JSON.stringify(term)}: ${p}`);
    const key = mode === 'term' || mode === 'template' ? term.toLowerCase() : term;
    if (seen.has(key)) problems.push(`${JSON.stringify(term)}: listed twice`);
    seen.add(key);
  }
  return problems;
}

/** The lists of age templates (children.ts, age-limits.ts): terms with one `{n}`. */
const TEMPLATE_PATHS =
  /^children\/age-templates\.json\/|^age-limits\.json\/(?:askedAges|upToAges|agesRequiredOfOthers)/;

/** How the list at a path of a lexicon file ("recipients.json/kinds/affiliates/strong/de") is read. */
export function modeOf(path: string): ListMode {
  if (
    /^third-parties\.json|^group-names\.json\/listNameStopwords|^durations\.json\/(?:compounds|priceSymbols)/.test(
      path,
    )
  )
    return 'literal';
  if (TEMPLATE_PATHS.test(path)) return 'template';
  if (/^group-names\.json\/patterns|^durations\.json\/connectors|^contact\.json/.test(path)) return 'regex';
  return 'term';
}

/** Every list of strings (and lone string) in a parsed lexicon file, by its path. */
export function listsIn(value: unknown, path: string): [string, string[]][] {
  if (typeof value === 'string') return [[path, [value]]];
  if (Array.isArray(value)) {
    const strings = value.filter((v): v is string => typeof v === 'string');
    const nested = value.flatMap((v, i) => (typeof v === 'object' ? listsIn(v, `${path}/${i}`) : []));
    return strings.length > 0 ? [[path, strings], ...nested] : nested;
  }
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => listsIn(v, `${path}/${k}`));
}
