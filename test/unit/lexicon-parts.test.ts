/**
 * The split lexicons (classify/concepts/, extract/lexicon/cues/, extract/lexicon/data-types/,
 * extract/lexicon/retention/, extract/lexicon/children/) are assembled
 * from small files by their index.ts. No key may be defined in two parts (one would silently shadow the
 * other), and the assembled object holds every key of every part, as that part has it.
 */
import { describe, expect, it } from 'vitest';
import {
  assembleConcepts,
  CONCEPT_ORDER,
  CONCEPT_PARTS,
  conceptLexicon,
} from '../../src/core/classify/concepts/index';
import { CHILDREN_PARTS, children } from '../../src/core/extract/lexicon/children/index';
import { CUE_PARTS, cues } from '../../src/core/extract/lexicon/cues/index';
import { DATA_TYPE_PARTS, dataTypes } from '../../src/core/extract/lexicon/data-types/index';
import { RETENTION_PARTS, retention } from '../../src/core/extract/lexicon/retention/index';

type Parts = Readonly<Record<string, object>>;

/** The keys defined in more than one part ("key: a.json, b.json"). */
function sharedKeys(parts: Parts): string[] {
  const homes = new Map<string, string[]>();
  for (const [file, part] of Object.entries(parts)) {
    for (const key of Object.keys(part)) homes.set(key, [...(homes.get(key) ?? []), file]);
  }
  return [...homes]
    .filter(([, files]) => files.length > 1)
    .map(([key, files]) => `${key}: ${files.join(', ')}`);
}

/** The keys of the parts that `assembled` lacks or holds with another value ("a.json key"). */
function notAssembled(parts: Parts, assembled: object): string[] {
  return Object.entries(parts).flatMap(([file, part]) =>
    Object.entries(part)
      .filter(([key, value]) => (assembled as Record<string, unknown>)[key] !== value)
      .map(([key]) => `${file} ${key}`),
  );
}

const partKeys = (parts: Parts) => Object.values(parts).reduce((n, part) => n + Object.keys(part).length, 0);

describe('split lexicons', () => {
  it('the checks find a key in two parts and a key left out', () => {
    const parts = { 'a.json': { x: 1, y: 2 }, 'b.json': { y: 3 } };
    expect(sharedKeys(parts)).toEqual(['y: a.json, b.json']);
    expect(notAssembled(parts, { x: 1, y: 3 })).toEqual(['a.json y']);
  });

  it.each<[string, Parts, object]>([
    ['concepts', CONCEPT_PARTS, conceptLexicon.concepts],
    ['cues', CUE_PARTS, cues],
    ['data-type types', DATA_TYPE_PARTS, dataTypes.types],
    ['retention', RETENTION_PARTS, retention],
    ['children', CHILDREN_PARTS, children],
  ])('%s: no key in two parts, and every key of every part assembled', (_, parts, assembled) => {
    expect(sharedKeys(parts)).toEqual([]);
    expect(notAssembled(parts, assembled)).toEqual([]);
    expect(Object.keys(assembled)).toHaveLength(partKeys(parts));
  });

  it('assembles the concepts in the order of order.json, each once', () => {
    expect(new Set(CONCEPT_ORDER).size).toBe(CONCEPT_ORDER.length);
    expect(Object.keys(conceptLexicon.concepts)).toEqual(CONCEPT_ORDER);
  });

  it('refuses a concept in two parts, in no part, out of the order or in it twice', () => {
    const stems = { en: 'x' };
    expect(() => assembleConcepts({ 'a.json': { x: stems }, 'b.json': { x: stems } }, ['x'])).toThrow(
      /"x" is in both a\.json and b\.json/,
    );
    expect(() => assembleConcepts({ 'a.json': { x: stems } }, ['x', 'y'])).toThrow(
      /"y" of the order is in no part/,
    );
    expect(() => assembleConcepts({ 'a.json': { x: stems, y: stems } }, ['x'])).toThrow(/order: y/);
    expect(() => assembleConcepts({ 'a.json': { x: stems } }, ['x', 'x'])).toThrow(/twice/);
    const lexicon = assembleConcepts({ 'a.json': { x: stems }, 'b.json': { y: stems } }, ['y', 'x']);
    expect(Object.keys(lexicon.concepts)).toEqual(['y', 'x']);
  });
});
