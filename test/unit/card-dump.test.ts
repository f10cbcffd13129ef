/**
 * eval-attributes' card dump: the card sections a segment's claims do not carry, compared policy by policy
 * with the sentences that went and came.
 */
import { describe, expect, test } from 'vitest';
import { loadClassifier } from '../../src/core/classify/classifier';
import { extractPractices } from '../../src/core/extract/index';
import { segmentText } from '../../src/core/page/from-text';
import type { Practices } from '../../src/core/report';
import model from '../../src/model/classifier.json';
import { cardChanges, cardDump, isCard } from '../../tools/lib/card-dump';

const classifier = loadClassifier(model);

function practicesOf(lines: readonly string[]): Practices {
  const page = segmentText(lines.join('\n\n'), 'txt');
  return extractPractices(page.segments, classifier.scoreAll(page.segments, 'en'), 'en');
}

const BASE = [
  'Privacy policy',
  'We collect your name and e-mail address when you create an account.',
  'You have the right to access your personal data.',
  'You must be at least 16 years old to use the service.',
];
const ERASURE = 'You may ask us to delete your personal data at any time.';

describe('cardDump', () => {
  test('holds the rights, the age and the flags of the card, with their sentences', () => {
    const card = cardDump('opp115 example.com card', practicesOf(BASE));
    expect(isCard(card)).toBe(true);
    expect(card.rights).toContain('access');
    expect(card.minAge).toBe(16);
    expect(card.evidence.rights.join(' ')).toContain('right to access');
    expect(card.evidence.minAge.join(' ')).toContain('16 years');
    expect(card.evidence.named).toEqual([]);
  });

  test('a segment line is not a card', () => {
    expect(isCard({ key: 'opp115 example.com#3' })).toBe(false);
  });
});

describe('cardChanges', () => {
  test('nothing for the same card', () => {
    const card = cardDump('k card', practicesOf(BASE));
    expect(cardChanges(card, card)).toEqual([]);
  });

  test('a right that came shows its value and the sentence that brought it', () => {
    const was = cardDump('k card', practicesOf(BASE));
    const now = cardDump('k card', practicesOf([...BASE, ERASURE]));
    const lines = cardChanges(was, now);
    expect(lines[0]).toMatch(/^rights \[.*"access".*\] -> \[.*"erasure".*\]$/);
    expect(lines).toContain(`  + «${ERASURE}»`);
    expect(lines.some((l) => l.startsWith('minAge'))).toBe(false);
  });

  test('the same value read from other sentences shows as evidence only', () => {
    const was = cardDump('k card', practicesOf(BASE));
    const other = cardDump(
      'k card',
      practicesOf([...BASE.slice(0, 3), 'Users must be at least 16 years old.']),
    );
    const lines = cardChanges(was, other);
    expect(lines[0]).toBe('minAge 16, evidence');
    expect(lines).toContain('  - «You must be at least 16 years old to use the service.»');
  });

  test('long sentences are cut to the width asked', () => {
    const was = cardDump('k card', practicesOf(BASE));
    const now = cardDump('k card', practicesOf([...BASE, ERASURE]));
    expect(cardChanges(was, now, 10)).toContain('  + «You may as…»');
  });
});
