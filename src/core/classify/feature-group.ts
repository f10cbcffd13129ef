/**
 * The distinct feature ids of one group (words or concepts) of a segment, kept both per sentence and
 * over the whole segment, in first-seen order (no sorting).
 */
import { IdSet } from './id-set';

/** A growable Uint32Array. */
export class IdBuffer {
  data = new Uint32Array(512);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  view(from = 0, to = this.length): Uint32Array {
    return this.data.subarray(from, to);
  }
}

export class FeatureGroup {
  /** Each sentence's distinct ids, sentence after sentence. */
  readonly sentence = new IdBuffer();
  /** For each entry of `sentence`, its index in `segment`. */
  readonly local = new IdBuffer();
  /** The segment's distinct ids. */
  readonly segment = new IdBuffer();
  private readonly inSegment = new IdSet();
  /**
   * For each id of the segment (by its index there), the number of the sentence it was last added in: an
   * id is new to the sentence when that is not the current one. Numbers only grow, so no clearing.
   */
  private lastSentence = new Int32Array(1024);
  private sentenceNumber = 1;

  reset(): void {
    this.sentence.length = 0;
    this.local.length = 0;
    this.segment.length = 0;
    this.inSegment.clear();
    this.nextSentence();
  }

  nextSentence(): void {
    if (++this.sentenceNumber === 0x7fffffff) {
      this.lastSentence.fill(0);
      this.sentenceNumber = 1;
    }
  }

  add(id: number): void {
    const n = this.inSegment.size;
    const index = this.inSegment.put(id);
    if (index === n) {
      this.segment.push(id);
      if (index === this.lastSentence.length) {
        const bigger = new Int32Array(2 * index);
        bigger.set(this.lastSentence);
        this.lastSentence = bigger;
      }
    }
    if (this.lastSentence[index] !== this.sentenceNumber) {
      this.lastSentence[index] = this.sentenceNumber;
      this.sentence.push(id);
      this.local.push(index);
    }
  }
}
