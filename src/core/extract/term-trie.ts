import type { Expansion } from './term-expansion';
import type { SecondWord } from './term-prefixes';

/** One distinct term of the registered lexicons. */
export interface Term {
  /** Its number in its index (terms are numbered from 0 as they are made). */
  readonly id: number;
  /** The term's pattern with its right boundary. */
  readonly source: string;
  /** The strings the term matches (termExpansion), or null when only its regex can tell. */
  readonly expansion: Expansion | null;
  readonly rightBound: boolean;
  /** Its right boundary's class as a table by code unit (1: a word character). */
  readonly after: Uint8Array;
  /** Where it may begin: 0 anywhere, 1 after no word character of the index's boundary, 2 of its second one. */
  readonly start: number;
  /** Pairs (lexicon id, rank of the term in that lexicon's alternation). */
  readonly members: number[];
  sticky: RegExp | null;
  /** For a term confirmed by its regex, its literal second word when it has one (secondWord): looked for first. */
  next: SecondWord | null;
  /** The term's pattern (lexicon syntax), read for its confirmation gate. */
  readonly pattern: string;
  /**
   * For a term confirmed by its regex: a string every match of it holds and not every beginning does
   * (confirmGate), looked for at or after the place before the regex runs; null for none, undefined
   * while not read (it is read when the term is first confirmed).
   */
  gate: string | null | undefined;
  /** The text the gate was last looked for in, from where, and where it was found there (-1: nowhere). */
  gateText: string | null;
  gateFrom: number;
  gateAt: number;
}

/** Where a term may begin (Term.start): anywhere, where no word character of the index's boundary precedes, or of its second. */
export const START_ANYWHERE = 0;
export const START_FIRST = 1;
export const START_SECOND = 2;

/** Where a string of a term ends: `index` is its place among the term's strings, -1 for a beginning only. */
export interface Terminal {
  readonly term: Term;
  readonly index: number;
}

/**
 * The terminals of the trie's nodes as numbers: those of list k (Trie.endsAt gives 1 + k) are at
 * [from[k], from[k + 1]): the term's id in `terms`, the string's index (Terminal.index) in `indexes`.
 */
export interface FlatEnds {
  readonly from: Int32Array;
  readonly terms: Int32Array;
  readonly indexes: Int32Array;
}

/** A string to add to the trie, and the terminal at its end. */
export interface TrieString {
  readonly text: string;
  readonly terminal: Terminal;
}

/**
 * A character trie over the terms' strings and beginnings, held in typed arrays: nodes are numbers, and
 * the edges one open-addressing hash table keyed by (node, character). Looking up a character costs a
 * few array reads, which is what the walk over every word of a page does most.
 */
/**
 * A character trie over the terms' strings and beginnings, held in typed arrays: nodes are numbers. Most
 * nodes deep in the trie have one child, kept beside the node; a node with several keeps them in a
 * short list, and one with many (near the roots) in a table by character. Looking up a character costs
 * a few array reads, which is what the walk over every word of a page does most.
 */
export class Trie {
  private nodes = 0;
  /**
   * Four numbers per node, side by side (a walk reads them together): 1 + the index in `endLists` of the
   * terminals ending there, or 0 for none (most nodes); its only child, or -1 for a node without
   * children, -2 for one with several; that child's character; where its list of children starts in
   * `kids` (for several).
   */
  private info: Int32Array = new Int32Array(4 * 1024);
  /**
   * Children of nodes with several, one list after the other: [count, room, wide, code, node, code,
   * node...]; a full list moves to the end with twice the room. `wide` is 1 + the number of the node's
   * table in `wide`.
   */
  private kids: Int32Array = new Int32Array(4096);
  private kidsEnd = 0;
  /**
   * For nodes with many children (at least WIDE), the children by character under FIRST_CODES: one
   * table of FIRST_CODES entries after the other, in one array (a lookup reads one array, not two).
   */
  private wide: Int32Array = new Int32Array(0);
  private wideCount = 0;
  private readonly ends: Terminal[][] = [];
  /** `ends` as numbers, or null when terminals were added since it was made. */
  private flat: FlatEnds | null = null;
  /** Children of the roots by character, for characters under FIRST_CODES (the Latin script). */
  private readonly firsts: Int32Array[] = [];

  /** A new root. */
  root(): number {
    this.firsts[this.nodes] = new Int32Array(FIRST_CODES).fill(-1);
    return this.node();
  }

  private node(): number {
    if (4 * this.nodes >= this.info.length)
      this.info = widened(this.info, new Int32Array(this.info.length * 2));
    const node = this.nodes++;
    this.info[4 * node] = 0;
    this.info[4 * node + 1] = -1;
    return node;
  }

  /** The node reached from a root by character c, or -1. */
  first(root: number, c: number): number {
    const firsts = this.firsts[root];
    return firsts && c < FIRST_CODES ? (firsts[c] ?? -1) : this.child(root, c);
  }

  /** The node reached from `node` by character c, or -1. */
  child(node: number, c: number): number {
    const info = this.info;
    const only = info[4 * node + 1] ?? -1;
    if (only !== -2) return only >= 0 && info[4 * node + 2] === c ? only : -1;
    const kids = this.kids;
    const at = info[4 * node + 3] ?? 0;
    const wide = kids[at + 2] ?? 0;
    if (wide > 0 && c < FIRST_CODES) return this.wide[(wide - 1) * FIRST_CODES + c] ?? -1;
    const end = at + 3 + 2 * (kids[at] ?? 0);
    for (let i = at + 3; i < end; i += 2) if (kids[i] === c) return kids[i + 1] ?? -1;
    return -1;
  }

  /** Which terminals end at a node: 0 for none, else 1 + the number of their list in `endLists()`. */
  endsAt(node: number): number {
    return this.info[4 * node] ?? 0;
  }

  /**
   * Every node's terminals as numbers (see FlatEnds), made again when terminals were added since.
   */
  endLists(): FlatEnds {
    if (this.flat) return this.flat;
    const from = new Int32Array(this.ends.length + 1);
    const count = this.ends.reduce((sum, list) => sum + list.length, 0);
    const terms = new Int32Array(count);
    const indexes = new Int32Array(count);
    let at = 0;
    this.ends.forEach((list, k) => {
      from[k] = at;
      for (const { term, index } of list) {
        terms[at] = term.id;
        indexes[at++] = index;
      }
    });
    from[this.ends.length] = at;
    this.flat = { from, terms, indexes };
    return this.flat;
  }

  /**
   * Adds strings of terms (a term's index-th expansion, or a beginning when index is -1) below `root`.
   * In sorted order, each string goes on from where it shares its beginning with the one before.
   */
  insertAll(root: number, strings: readonly TrieString[]): void {
    const sorted = [...strings].sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    const path = [root];
    let previous = '';
    for (const { text, terminal } of sorted) {
      let shared = 0;
      const most = Math.min(text.length, previous.length, path.length - 1);
      while (shared < most && text.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
      path.length = shared + 1;
      let at = path[shared] ?? root;
      for (let k = shared; k < text.length; k++) {
        at = this.step(at, text.charCodeAt(k));
        path.push(at);
      }
      this.end(at, terminal);
      previous = text;
    }
  }

  /** The child of `node` by character c, made if missing. */
  private step(node: number, c: number): number {
    let next = this.child(node, c);
    if (next < 0) {
      next = this.node();
      this.link(node, c, next);
      const firsts = this.firsts[node];
      if (firsts && c < FIRST_CODES) firsts[c] = next;
    }
    return next;
  }

  private end(at: number, terminal: Terminal): void {
    this.flat = null;
    let k = this.info[4 * at] ?? 0;
    if (k === 0) {
      this.ends.push([]);
      k = this.ends.length;
      this.info[4 * at] = k;
    }
    const ends = this.ends[k - 1];
    if (ends && !ends.some((e) => e.term === terminal.term && e.index === terminal.index))
      ends.push(terminal);
  }

  /** Adds an edge: a first child is kept by its node, later ones (and then the first) in its list. */
  private link(node: number, c: number, target: number): void {
    const only = this.info[4 * node + 1] ?? -1;
    if (only === -1) {
      this.info[4 * node + 1] = target;
      this.info[4 * node + 2] = c;
      return;
    }
    if (only >= 0) {
      const first = this.info[4 * node + 2] ?? 0;
      this.info[4 * node + 3] = this.list(4);
      this.info[4 * node + 1] = -2;
      this.addKid(node, first, only);
    }
    this.addKid(node, c, target);
  }

  /** Room for a list of `room` children at the end of `kids`; returns where it starts. */
  private list(room: number): number {
    const at = this.kidsEnd;
    const need = at + 3 + 2 * room;
    if (need > this.kids.length)
      this.kids = widened(this.kids, new Int32Array(Math.max(need, this.kids.length * 2)));
    this.kids[at] = 0;
    this.kids[at + 1] = room;
    this.kids[at + 2] = 0;
    this.kidsEnd = need;
    return at;
  }

  private addKid(node: number, c: number, target: number): void {
    let at = this.info[4 * node + 3] ?? 0;
    const count = this.kids[at] ?? 0;
    if (count === this.kids[at + 1]) {
      const moved = this.list(2 * count);
      this.kids.copyWithin(moved + 2, at + 2, at + 3 + 2 * count);
      this.kids[moved] = count;
      this.info[4 * node + 3] = moved;
      at = moved;
    }
    this.kids[at + 3 + 2 * count] = c;
    this.kids[at + 4 + 2 * count] = target;
    this.kids[at] = count + 1;
    const wideIndex = this.kids[at + 2] ?? 0;
    if (wideIndex > 0) {
      if (c < FIRST_CODES) this.wide[(wideIndex - 1) * FIRST_CODES + c] = target;
    } else if (count + 1 >= WIDE) {
      const base = this.wideCount++ * FIRST_CODES;
      if (base + FIRST_CODES > this.wide.length)
        this.wide = widened(this.wide, new Int32Array(Math.max(base + FIRST_CODES, 2 * this.wide.length)));
      this.wide.fill(-1, base, base + FIRST_CODES);
      for (let i = at + 3; i < at + 3 + 2 * (count + 1); i += 2) {
        const code = this.kids[i] ?? 0;
        if (code < FIRST_CODES) this.wide[base + code] = this.kids[i + 1] ?? -1;
      }
      this.kids[at + 2] = this.wideCount;
    }
  }
}

/** A copy of `from` at the start of the larger `to`. */
function widened(from: Int32Array, to: Int32Array): Int32Array {
  to.set(from);
  return to;
}

/** Children from which a node keeps them in a table by character. */
const WIDE = 8;

/** Characters whose children of a root are kept in an array. */
const FIRST_CODES = 0x250;
