/** Open-addressing hash table from 32-bit feature id to weight row (linear probing, no deletions). */

export interface WeightTable {
  /** Row of `key`, or -1 when the model has no weights for it. */
  row(key: number): number;
}

export function buildWeightTable(keys: Uint32Array): WeightTable {
  let cap = 16;
  while (cap < keys.length * 2) cap *= 2;
  const mask = cap - 1;
  const slotKeys = new Uint32Array(cap);
  const slotRows = new Int32Array(cap).fill(-1);
  const slotOf = (key: number): number => (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
  for (let r = 0; r < keys.length; r++) {
    const key = keys[r]!;
    let s = slotOf(key);
    while (slotRows[s] !== -1) s = (s + 1) & mask;
    slotKeys[s] = key;
    slotRows[s] = r;
  }
  return {
    row(key) {
      let s = slotOf(key);
      for (;;) {
        const r = slotRows[s]!;
        if (r === -1) return -1;
        if (slotKeys[s] === key) return r;
        s = (s + 1) & mask;
      }
    },
  };
}

/** Weight rows of the features `ids` (-1: no weights), in `rows` (grown when too short); returns it. */
export function rowsOf(ids: Uint32Array, table: WeightTable, rows: Int32Array): Int32Array {
  const out = rows.length >= ids.length ? rows : new Int32Array(2 * ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = table.row(ids[i]!);
  return out;
}
