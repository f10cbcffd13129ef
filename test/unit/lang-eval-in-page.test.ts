import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadClassifier } from '../../src/core/classify/classifier';
import model from '../../src/model/classifier.json';
import { inPageScorer, segmentOf } from '../../tools/lib/in-page-scores';

describe('finding a lang-eval passage in its page', () => {
  const seg = (text: string, heading = 'Privacy'): { text: string; heading: string } => ({ text, heading });
  const page = [
    seg('Privacy'),
    seg('We collect your e-mail address. We keep it for two years.'),
    seg('Name'),
  ];

  it('prefers the segment whose text it is, then one that contains it, then one that starts like it', () => {
    expect(segmentOf(page, 'Name')).toBe(2);
    expect(segmentOf(page, 'We keep it for two years.')).toBe(1);
    expect(segmentOf(page, '  We collect your e-mail   address.')).toBe(1);
    expect(segmentOf(page, 'Cookies')).toBe(-1);
  });

  it('reads a short passage in the segment that is it, not in an earlier one that also holds it', () => {
    // the list item's segment keeps its ';', so both segments only contain the passage
    const list = [seg('We collect your name, address and e-mail address.'), seg('e-mail address;')];
    expect(segmentOf(list, 'e-mail address')).toBe(1);
    expect(segmentOf([...list, seg('e-mail address')], 'e-mail address')).toBe(2);
  });

  it('between segments that contain it, takes the closest in length, not the first', () => {
    const texts = [
      seg('We share data with partners. We never sell it. We keep logs for a year and then delete them.'),
      seg('We never sell it. We keep logs.'),
    ];
    expect(segmentOf(texts, 'We never sell it.')).toBe(1);
  });

  it('between segments that hold the same text, takes the one under the passage’s heading', () => {
    const twice = [
      seg('Unless stated otherwise, data is processed in the EU.', 'Where data is processed'),
      seg('Unless stated otherwise, data is processed in the EU.', 'More for  users'),
    ];
    expect(segmentOf(twice, 'Unless stated otherwise, data is processed in the EU.', 'More for users')).toBe(
      1,
    );
    expect(
      segmentOf(twice, 'Unless stated otherwise, data is processed in the EU.', 'Where data is processed'),
    ).toBe(0);
    // without a heading, or under a heading neither has, the first of equals
    expect(segmentOf(twice, 'Unless stated otherwise, data is processed in the EU.')).toBe(0);
    expect(segmentOf(twice, 'data is processed in the EU.', 'Contact')).toBe(0);
    // the heading beats length between containing segments
    const contained = [
      seg('Data is processed in the EU.', 'A'),
      seg('Data is processed in the EU. Always.', 'B'),
    ];
    expect(segmentOf(contained, 'processed in the EU.', 'B')).toBe(1);
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
