import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../../src/cli/html-document';
import { segmentDocument } from '../../../src/core/page/from-document';

const texts = (html: string): string[] =>
  segmentDocument(parseHtmlDocument(html)).segments.map((s) => s.text);

describe('parseHtmlDocument lays saved pages out as a browser would', () => {
  test('content after </html> ends up in the body', () => {
    const html =
      '<html><head><title>Privacy</title></head><body><p>First paragraph of the page.</p></body></html>' +
      '<div><p>We collect your e-mail address when you sign up.</p></div>';
    expect(texts(html)).toEqual([
      'First paragraph of the page.',
      'We collect your e-mail address when you sign up.',
    ]);
  });

  test('body content inside <head> moves to the start of the body', () => {
    const html =
      '<html><head><title>Privacy</title><meta charset="utf-8"><div><p>We never sell your data.</p></div></head>' +
      '<body><p>Contact us at the address below.</p></body></html>';
    const doc = parseHtmlDocument(html);
    expect(doc.querySelector('head')?.querySelector('div')).toBeNull();
    expect(texts(html)).toEqual(['We never sell your data.', 'Contact us at the address below.']);
  });

  test('a second <body> is merged into the first', () => {
    const html =
      '<html><body><p>Part one of the policy text.</p><body><p>Part two of the policy text.</p></body></body></html>';
    const doc = parseHtmlDocument(html);
    expect(doc.querySelectorAll('body')).toHaveLength(1);
    expect(texts(html)).toEqual(['Part one of the policy text.', 'Part two of the policy text.']);
  });

  test('a well-formed page is left as it is', () => {
    const html =
      '<!doctype html><html><head><title>T</title></head><body><h1>Privacy</h1><p>Text here.</p></body></html>';
    const doc = parseHtmlDocument(html);
    expect(doc.title).toBe('T');
    expect(texts(html)).toEqual(['Privacy', 'Text here.']);
  });
});
