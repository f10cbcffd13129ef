import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { type SegmentCursor, segmentCursor, segmentDocument } from '../../../src/core/page/from-document';
import type { SegmentedPage } from '../../../src/core/page/segment';
import { fixtures } from '../../fixtures/fixture-files';

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Reads a page one step per slice (the smallest slices there are); returns the page and the slice count. */
function readInSteps(cursor: SegmentCursor): { page: SegmentedPage; slices: number } {
  let slices = 1;
  while (!cursor.advance(() => true)) slices++;
  return { page: cursor.page(), slices };
}

/** What can be compared across two parses of one page: the segments, the title and each element's tag. */
function comparable(page: SegmentedPage): unknown {
  return { ...page, elements: page.elements.map((e) => `${e.localName}:${e.textContent?.length}`) };
}

describe('segmentCursor', () => {
  const pages = fixtures('policies', 'non-policies', 'special');

  test('there are fixture pages to read', () => expect(pages.length).toBeGreaterThanOrEqual(20));

  test.each(pages.map((f) => [`${f.tier}/${f.name}`, f.html]))(
    '%s: read a step at a time, it gives what segmentDocument gives',
    (_name, html) => {
      const whole = segmentDocument(parse(html));
      const { page, slices } = readInSteps(segmentCursor(parse(html)));
      expect(comparable(page)).toEqual(comparable(whole));
      if (whole.segments.length > 0) expect(slices).toBeGreaterThan(whole.segments.length);
    },
  );

  test('the same limits hold when read in slices', () => {
    const html = `<body>${'<p>Some words of text here.</p>'.repeat(500)}</body>`;
    const limits = { maxChars: 2000, maxSegments: 40 };
    const { page } = readInSteps(segmentCursor(parse(html), limits));
    expect(page.segments).toEqual(segmentDocument(parse(html), limits).segments);
    expect(page.segments.length).toBe(40);
  });

  test('once done, it stays done and adds nothing', () => {
    const cursor = segmentCursor(parse('<body><h1>Title</h1><p>One paragraph.</p></body>'));
    expect(cursor.advance(() => false)).toBe(true);
    expect(cursor.advance(() => false)).toBe(true);
    expect(cursor.page().segments.map((s) => s.text)).toEqual(['Title', 'One paragraph.']);
  });

  test('the page may change between slices: nothing throws, only text of the page is read', () => {
    const doc = parse(
      `<body><main>${'<section><p>Kept text.</p><p>More text.</p></section>'.repeat(20)}</main></body>`,
    );
    const cursor = segmentCursor(doc);
    let slices = 0;
    let done = false;
    while (!done) {
      done = cursor.advance(() => true);
      slices++;
      // A script of the page removes sections and adds others while the reader waits.
      if (slices === 10) for (const s of Array.from(doc.querySelectorAll('section')).slice(5)) s.remove();
      if (slices === 20)
        doc.querySelector('main')?.append(parse('<p>Added later.</p>').querySelector('p') as Node);
    }
    const texts = cursor.page().segments.map((s) => s.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((t) => ['Kept text.', 'More text.', 'Added later.'].includes(t))).toBe(true);
  });
});
