/**
 * Concept occurrences of one sentence, in token order: the lexicon concepts the automaton found plus
 * shape pseudo-concepts (#num, #year, #email, #url, and #dur for "NUMBER UNIT" / "number-word UNIT"),
 * turned into concept features and ordered pairs of nearby concepts.
 */
import { conceptNames, type Lexicon } from './concepts';
import type { FeatureGroup } from './feature-group';
import { combineHashes, hashString } from './hash';
import { KIND_EMAIL, KIND_NUMBER, KIND_URL, KIND_YEAR, type ScanResult } from './text-scan';

export const CONCEPT_SEED = hashString('concept');
const SHAPES = ['#num', '#year', '#dur', '#email', '#url'] as const;
const UNIT_CONCEPTS = ['unit_year', 'unit_month', 'unit_week', 'unit_day', 'unit_hour'];
const MAX_PAIRS_PER_CONCEPT = 6;

export class Occurrences {
  private readonly conceptHash: Uint32Array;
  private readonly isUnit: Uint8Array;
  private readonly numberWord: number;
  private readonly shape: Readonly<Record<(typeof SHAPES)[number], number>>;
  /** The occurrences of the sentence collected last: token[k], concept[k] for k < count. */
  private token = new Int32Array(256);
  private concept = new Int32Array(256);
  private count = 0;
  private numberish = new Uint8Array(256);

  constructor(
    lexicon: Lexicon,
    private readonly pairWindow: number,
  ) {
    const names = conceptNames(lexicon);
    this.conceptHash = Uint32Array.from([...names, ...SHAPES].map((n) => hashString(n, CONCEPT_SEED)));
    this.isUnit = new Uint8Array(names.length + SHAPES.length);
    for (const u of UNIT_CONCEPTS) if (names.includes(u)) this.isUnit[names.indexOf(u)] = 1;
    this.numberWord = names.indexOf('number_word');
    const at = (s: (typeof SHAPES)[number]): number => names.length + SHAPES.indexOf(s);
    this.shape = {
      '#num': at('#num'),
      '#year': at('#year'),
      '#dur': at('#dur'),
      '#email': at('#email'),
      '#url': at('#url'),
    };
  }

  private push(t: number, id: number): void {
    for (let j = this.count - 1; j >= 0 && this.token[j] === t; j--) if (this.concept[j] === id) return;
    if (this.count === this.token.length) {
      const token = new Int32Array(2 * this.count);
      token.set(this.token);
      this.token = token;
      const concept = new Int32Array(2 * this.count);
      concept.set(this.concept);
      this.concept = concept;
    }
    this.token[this.count] = t;
    this.concept[this.count++] = id;
  }

  /** Collects the occurrences of one scanned sentence, without repeats at one token. */
  collect(scan: ScanResult): void {
    this.count = 0;
    if (this.numberish.length < scan.tokens) this.numberish = new Uint8Array(scan.tokens * 2);
    const numberish = this.numberish;
    numberish.fill(0, 0, scan.tokens);
    for (let k = 0; k < scan.hits; k++)
      if (scan.hitConcept[k] === this.numberWord) numberish[scan.hitToken[k]!] = 1;
    let k = 0;
    for (let t = 0; t < scan.tokens; t++) {
      const kind = scan.kind[t]!;
      if (kind === KIND_NUMBER || kind === KIND_YEAR) {
        numberish[t] = 1;
        this.push(t, this.shape['#num']);
        if (kind === KIND_YEAR) this.push(t, this.shape['#year']);
      } else if (kind === KIND_EMAIL) this.push(t, this.shape['#email']);
      else if (kind === KIND_URL) this.push(t, this.shape['#url']);
      for (; k < scan.hits && scan.hitToken[k] === t; k++) {
        const id = scan.hitConcept[k]!;
        this.push(t, id);
        if (
          this.isUnit[id] === 1 &&
          ((t > 0 && numberish[t - 1] === 1) || (t > 1 && numberish[t - 2] === 1))
        ) {
          this.push(t, this.shape['#dur']);
        }
      }
    }
  }

  /** Adds each occurrence and its pairs with up to 6 earlier concepts within pairWindow tokens. */
  addFeatures(group: FeatureGroup): void {
    const { token, concept, conceptHash, count } = this;
    for (let k = 0; k < count; k++) {
      const id = concept[k]!;
      const t = token[k]!;
      group.add(conceptHash[id]!);
      let pairs = 0;
      for (let j = k - 1; j >= 0 && token[j]! >= t - this.pairWindow && pairs < MAX_PAIRS_PER_CONCEPT; j--) {
        if (token[j]! === t || concept[j] === id) continue;
        group.add(combineHashes(conceptHash[concept[j]!]!, conceptHash[id]!));
        pairs++;
      }
    }
  }
}
