import { describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';
import { durationInWords, type Lookup, parseDuration } from '../../../src/popup/duration';

/** The browser's i18n.getMessage over the English messages file: $1 substitution, '' for a missing key. */
const english: Lookup = (key, substitutions) => {
  const entry = (
    messages as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>
  )[key];
  if (!entry) return '';
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return substitutions[Number(content.slice(1)) - 1] ?? '';
  });
};

describe('durations in words', () => {
  it.each([
    ['P5Y', '5 years'],
    ['P1Y', '1 year'],
    ['P3M', '3 months'],
    ['P30D', '30 days'],
    ['P2W', '2 weeks'],
    ['PT48H', '48 hours'],
    ['PT30M', '30 minutes'],
    ['P1Y6M', '1 year 6 months'],
    ['P0Y3M', '3 months'],
  ])('%s -> %s', (iso, words) => {
    expect(durationInWords(iso, english, 'en')).toBe(words);
  });

  it.each(['', 'P', 'PT', '5 years', 'P5X', 'P0D'])('leaves %j as it is', (text) => {
    expect(parseDuration(text)).toBeNull();
    expect(durationInWords(text, english, 'en')).toBe(text);
  });

  it('falls back to the "other" plural form when the locale lacks a category', () => {
    const onlyOther: Lookup = (key, [count]) => (key === 'unit_year_other' ? `${count} år` : '');
    expect(durationInWords('P2Y', onlyOther, 'pl')).toBe('2 år');
  });
});
