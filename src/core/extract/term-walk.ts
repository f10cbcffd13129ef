import { addRecords, emptyRecords, type Records } from './match-records';
import { isWordCode } from './term-syntax';
import { START_FIRST, START_SECOND, type Term, type Terminal, type Trie } from './term-trie';

/** Numbers each start position a walk tries, across walks: a term remembers the last one it was tried at. */
let steps = 0;

/** The matching at one text: for each start position, the best string of each term found there. */
export class Walk {
  readonly records: Records = emptyRecords();
  private readonly touched: Term[] = [];
  private touchedCount = 0;
  private step = 0;
  private start = 0;
  /** Which terms may begin at the current position, by Term.start. */
  private readonly startOk = [true, true, true];
  constructor(
    private readonly trie: Trie,
    private readonly lower: string,
  ) {}

  /** Starts trying the terms at `start`; terms bounded by the first (second) boundary only if `first` (`second`). */
  begin(start: number, first: boolean, second: boolean): void {
    this.step = ++steps;
    this.start = start;
    this.touchedCount = 0;
    this.startOk[START_FIRST] = first;
    this.startOk[START_SECOND] = second;
  }

  /** Follows the trie from `node`, reached with the text up to position j, on through the text. */
  from(node: number, j: number): void {
    const { lower, trie } = this;
    let at = node;
    let k = j;
    for (;;) {
      const ends = trie.ends(at);
      if (ends) for (const terminal of ends) this.reach(terminal, k);
      if (k >= lower.length) return;
      at = trie.child(at, lower.charCodeAt(k++));
      if (at < 0) return;
    }
  }

  /** A string of a term ends at `end`: does the term's right side accept it, and with what end? */
  private reach(terminal: Terminal, end: number): void {
    const { term, index } = terminal;
    if (!this.startOk[term.start]) return;
    const expansion = term.expansion;
    if (index < 0 || !expansion) {
      this.confirm(term);
      return;
    }
    const lower = this.lower;
    let e = end;
    if (expansion.tail === '') {
      if (term.rightBound && end < lower.length && term.after[lower.charCodeAt(end)] === 1) return;
    } else {
      // `\w*` takes the rest of the word, after which no word character follows (wordTails).
      if (expansion.tail === '+' && !(end < lower.length && isWordCode(lower.charCodeAt(end)))) return;
      while (e < lower.length && isWordCode(lower.charCodeAt(e))) e++;
    }
    if (term.step !== this.step) {
      term.step = this.step;
      term.best = index;
      term.bestEnd = e;
      this.touched[this.touchedCount++] = term;
    } else if (index < term.best) {
      // The term's strings come in the engine's order: the earliest that fits is its match.
      term.best = index;
      term.bestEnd = e;
    }
  }

  /** A term known only by its beginning: its regex decides, once per position. */
  private confirm(term: Term): void {
    if (term.step === this.step) return;
    term.step = this.step;
    if (!term.sticky) term.sticky = new RegExp(term.source, 'y');
    const regex = term.sticky;
    regex.lastIndex = this.start;
    if (regex.test(this.lower)) addRecords(this.records, term.members, this.start, regex.lastIndex);
    regex.lastIndex = 0;
  }

  finish(): void {
    for (let k = 0; k < this.touchedCount; k++) {
      const term = this.touched[k];
      if (term) addRecords(this.records, term.members, this.start, term.bestEnd);
    }
  }
}
