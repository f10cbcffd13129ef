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
  private readonly inSentence = new IdSet();
  private readonly inSegment = new IdSet();

  reset(): void {
    this.sentence.length = 0;
    this.local.length = 0;
    this.segment.length = 0;
    this.inSentence.clear();
    this.inSegment.clear();
  }

  nextSentence(): void {
    this.inSentence.clear();
  }

  add(id: number): void {
    const n = this.inSegment.size;
    const index = this.inSegment.put(id);
    if (index === n) this.segment.push(id);
    if (this.inSentence.add(id)) {
      this.sentence.push(id);
      this.local.push(index);
    }
  }
}
