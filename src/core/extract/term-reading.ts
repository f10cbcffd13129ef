import { type Expansion, termExpansion } from './term-expansion';
import { termFactors, termPrefixes } from './term-prefixes';

/** What the matcher needs to know of a term's pattern. */
export interface TermReading {
  readonly expansion: Expansion | null;
  /** Beginnings, when the term has no expansion (or its expansion holds the empty string). */
  readonly prefixes: readonly string[] | null;
  /** Strings every match holds, when the term has neither (it is scanned with its regex). */
  readonly factors: readonly string[] | null;
}

/** Readings by pattern: every language's lexicons hold the English terms, read once. */
const readings = new Map<string, TermReading>();
const MAX_READINGS = 20_000;

export function readTerm(pattern: string): TermReading {
  let reading = readings.get(pattern);
  if (!reading) {
    const expansion = termExpansion(pattern);
    const usable = expansion && !expansion.strings.includes('') ? expansion : null;
    const prefixes = usable ? null : termPrefixes(pattern);
    reading = { expansion, prefixes, factors: usable || prefixes ? null : termFactors(pattern) };
    if (readings.size >= MAX_READINGS) readings.clear();
    readings.set(pattern, reading);
  }
  return reading;
}
