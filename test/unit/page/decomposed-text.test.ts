/**
 * Text whose accented letters are spelled decomposed (a base letter, then a combining mark: what macOS and
 * some PDF tools write) is read as the same text composed: the segments, and so the whole report, are those
 * of the composed text.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { analyzePage } from '../../../src/core/analyze';
import { loadClassifier } from '../../../src/core/classify/classifier';
import { segmentDocument } from '../../../src/core/page/from-document';
import { segmentText } from '../../../src/core/page/from-text';
import { composed } from '../../../src/core/text/normalize';
import model from '../../../src/model/classifier.json';

const POLICY = [
  'Integritetspolicy',
  'Vi samlar in ditt namn och din e-postadress när du skapar ett konto.',
  'Du måste vara minst 13 år för att använda tjänsten.',
  'Vi sparar dina uppgifter i två år efter att ditt konto har avslutats.',
  'Du har rätt att begära radering av dina personuppgifter.',
].join('\n');
const DECOMPOSED = POLICY.normalize('NFD');

function documentOf(lines: string): Document {
  const [title, ...paragraphs] = lines.split('\n');
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
  const html = `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
  return parseHTML(html).document as unknown as Document;
}

describe('decomposed letters', () => {
  test('the test text is decomposed, and differs from the composed one', () => {
    expect(DECOMPOSED).not.toBe(POLICY);
    expect(DECOMPOSED.normalize('NFC')).toBe(POLICY);
  });

  test('composed: composes decomposed letters, leaves other text as it is', () => {
    expect(composed('a\u030a')).toBe('å');
    expect(composed('Straße, naïve, å')).toBe('Straße, naïve, å');
    expect(composed('')).toBe('');
  });

  test('plain text: the segments of the composed text', () => {
    expect(segmentText(DECOMPOSED, 'txt')).toEqual(segmentText(POLICY, 'txt'));
  });

  test('a page: the segments and title of the composed page', () => {
    const read = segmentDocument(documentOf(DECOMPOSED));
    const expected = segmentDocument(documentOf(POLICY));
    expect(read.title).toBe(expected.title);
    expect(read.segments).toEqual(expected.segments);
  });

  test('the report: the minimum age, retention and rights read as in the composed text', () => {
    const classifier = loadClassifier(model);
    const options = { url: null, classifier };
    const report = analyzePage(segmentText(DECOMPOSED, 'txt'), options);
    const expected = analyzePage(segmentText(POLICY, 'txt'), options);
    expect(report.practices).toEqual(expected.practices);
    expect(report.practices.children.minAge).toBe(13);
    expect(report.practices.retention.periods).toEqual(['P2Y']);
    expect(report.practices.rights.rights).toEqual(['erasure']);
  });
});
