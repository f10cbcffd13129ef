import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadClassifier } from '../../src/core/classify/classifier';
import model from '../../src/model/classifier.json';
import { inPageScorer, segmentOf } from '../../tools/lib/in-page-scores';

describe('finding a lang-eval passage in its page', () => {
  const texts = ['Privacy', 'We collect your e-mail address. We keep it for two years.', 'Name'];

  it('prefers the segment whose text it is, then one that contains it, then one that starts like it', () => {
    expect(segmentOf(texts, 'Name')).toBe(2);
    expect(segmentOf(texts, 'We keep it for two years.')).toBe(1);
    expect(segmentOf(texts, '  We collect your e-mail   address.')).toBe(1);
    expect(segmentOf(texts, 'Cookies')).toBe(-1);
  });
});

describe('scoring a passage in its page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plainly-in-page-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = [
    '# Datenschutz',
    '',
    'Wir erheben Ihre E-Mail-Adresse für den Newsletter. Wir speichern sie zwei Jahre und löschen sie danach.',
    '',
    'Wir geben keine Daten an Dritte weiter.',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'page.md'), page);
  const c = loadClassifier(model);
  const excerpt = 'Wir erheben Ihre E-Mail-Adresse für den Newsletter.';

  it('reads an excerpt in its segment’s place, or with wholeSegment the segment that holds it', () => {
    const inPlace = inPageScorer(c, dir, 'de')('page.md', excerpt);
    const whole = inPageScorer(c, dir, 'de', { wholeSegment: true })('page.md', excerpt);
    expect(inPlace?.excerpt).toBe(true);
    expect(whole?.excerpt).toBe(true);
    // the rest of the segment (a retention sentence) counts only when the whole segment is read
    expect(whole!.scores.retention).toBeGreaterThan(inPlace!.scores.retention);
  });

  it('reads a whole segment as it is, and finds nothing for a text the page does not hold', () => {
    const score = inPageScorer(c, dir, 'de');
    const own = score('page.md', 'Wir geben keine Daten an Dritte weiter.');
    expect(own?.excerpt).toBe(false);
    expect(score('page.md', 'Wir verkaufen Ihre Daten.')).toBeUndefined();
  });
});
