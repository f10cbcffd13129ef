import { describe, expect, it } from 'vitest';
import { children } from '../../../src/core/extract/lexicon/children/index';

/** Whether `{n}` stands outside every group of a pattern (so every match holds the number). */
function numberAtTopLevel(pattern: string): boolean {
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && pattern.startsWith('{n}', i)) return true;
  }
  return false;
}

describe('age patterns (children/age-templates.json)', () => {
  it('hold the number {n} outside any group, which the matcher relies on to skip texts without one', () => {
    for (const table of [children.ages, children.agesWithChildren, children.agesOfUsers]) {
      for (const pattern of Object.values(table).flat())
        expect(numberAtTopLevel(pattern), pattern).toBe(true);
    }
    expect(numberAtTopLevel('(?:aged )?{n}')).toBe(true);
    expect(numberAtTopLevel('(?:aged {n})?')).toBe(false);
  });
});
