/**
 * Pages no one writes on purpose: no body, several megabytes in one text node, markup nested 10,000 deep,
 * web components (shadow roots) and frames. The reader must not throw, must keep to its limits, and must
 * do work in proportion to what it keeps (a huge page gives what its first part gives).
 */
import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { MAX_INLINE_ELEMENTS } from '../../../src/core/page/dom-text';
import { segmentCursor, segmentDocument } from '../../../src/core/page/from-document';
import { MAX_SEGMENT_CHARS } from '../../../src/core/page/split-long';

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function texts(doc: Document, limits?: { maxChars: number; maxSegments: number }): string[] {
  return segmentDocument(doc, limits).segments.map((s) => s.text);
}

/** `bytes` of sentences, without markup (as in one text node). */
function prose(bytes: number): string {
  const sentence = 'We keep the order records for seven years. ';
  return sentence.repeat(Math.ceil(bytes / sentence.length)).slice(0, bytes);
}

describe('no body', () => {
  test('an SVG document is read from its root', () => {
    const svg = new DOMParser().parseFromString(
      '<svg xmlns="http://www.w3.org/2000/svg"><text>Chart of visits</text></svg>',
      'image/svg+xml',
    ) as unknown as Document;
    expect(texts(svg)).toEqual(['Chart of visits']);
  });

  test('an XML document is read from its root', () => {
    const xml = new DOMParser().parseFromString(
      '<feed><entry>First entry text</entry></feed>',
      'text/xml',
    ) as unknown as Document;
    expect(texts(xml)).toEqual(['First entry text']);
  });

  test('a frameset page has nothing to read', () => {
    const doc = parse(
      '<html><head><title>Frames</title></head><frameset><frame src="a.html"></frameset></html>',
    );
    expect(segmentDocument(doc)).toMatchObject({ segments: [], title: 'Frames' });
  });
});

describe('a huge single text node', () => {
  const limits = { maxChars: 250_000, maxSegments: 2500 };
  const fiveMegabytes = prose(5 * 1024 * 1024);

  test('5 MB in one paragraph: read up to the limit, cut into segments', () => {
    const { segments } = segmentDocument(parse(`<body><p>${fiveMegabytes}</p></body>`), limits);
    const chars = segments.reduce((n, s) => n + s.text.length, 0);
    expect(chars).toBeGreaterThanOrEqual(limits.maxChars);
    expect(chars).toBeLessThan(limits.maxChars + MAX_SEGMENT_CHARS);
    expect(segments.every((s) => s.text.length <= MAX_SEGMENT_CHARS)).toBe(true);
  });

  test('it gives exactly what its first 300 kB give: the rest is never read', () => {
    const whole = texts(parse(`<body><p>${fiveMegabytes}</p></body>`), limits);
    const start = texts(parse(`<body><p>${fiveMegabytes.slice(0, 300_000)}</p></body>`), limits);
    expect(whole).toEqual(start);
  });

  test('mostly whitespace: the limit counts the text kept, not the bytes read', () => {
    const sparse = `${' \n\t'.repeat(1_000_000)}${prose(20_000)}`;
    expect(texts(parse(`<body><pre>${sparse}</pre></body>`), limits).join(' ')).toBe(collapse(prose(20_000)));
  });

  test('a 5 MB heading keeps one segment of text; a 5 MB title too', () => {
    const doc = parse(
      `<html><head><title>${fiveMegabytes}</title></head><body><h1>${fiveMegabytes}</h1><p>After.</p></body></html>`,
    );
    const page = segmentDocument(doc, limits);
    expect(page.title.length).toBe(MAX_SEGMENT_CHARS);
    expect(page.segments[0]).toMatchObject({ kind: 'heading', level: 1 });
    expect(page.segments[0]?.text.length).toBe(MAX_SEGMENT_CHARS);
    expect(page.segments[1]).toMatchObject({ text: 'After.', heading: page.segments[0]?.text });
  });
});

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

describe('deep nesting', () => {
  const DEPTH = 10_000;

  test('10,000 nested blocks (parsed): the text at the bottom is read', () => {
    const doc = parse(
      `<body>${'<div>'.repeat(DEPTH)}<p>Deep <b>text</b></p>${'</div>'.repeat(DEPTH)}</body>`,
    );
    expect(texts(doc)).toEqual(['Deep text']);
  });

  test('10,000 nested blocks built by script, read in slices', () => {
    const doc = parse('<html><body></body></html>');
    let parent: Element = doc.body;
    for (let i = 0; i < DEPTH; i++) parent = parent.appendChild(doc.createElement(i % 2 ? 'div' : 'section'));
    parent.appendChild(doc.createTextNode('Bottom text'));
    const cursor = segmentCursor(doc);
    while (!cursor.advance(() => true)) {}
    expect(cursor.page().segments.map((s) => s.text)).toEqual(['Bottom text']);
  });

  test('10,000 nested inline elements around a block, and around a script', () => {
    const around = (inner: string): string =>
      `<body><p>${'<span>'.repeat(DEPTH)}${inner}${'</span>'.repeat(DEPTH)}</p></body>`;
    expect(texts(parse(around('Inline text<div>Block text</div>')))).toEqual(['Inline text', 'Block text']);
    expect(texts(parse(around('Inline text<script>var x = 1;</script> more')))).toEqual(['Inline text more']);
  });
});

describe('one inline element around a whole page', () => {
  test('an inline element holding more than MAX_INLINE_ELEMENTS elements is read child by child', () => {
    const words = Array.from({ length: MAX_INLINE_ELEMENTS + 1 }, (_, i) => `<b>w${i}</b>`).join(' ');
    const read = texts(parse(`<body><p>Before <span>${words}</span> after</p></body>`));
    expect(read[0]).toBe('Before');
    expect(read[1]?.startsWith('w0 w1 w2')).toBe(true);
    expect(read.at(-1)).toBe('after');
  });

  test('a smaller one stays part of the sentence around it', () => {
    const words = Array.from({ length: MAX_INLINE_ELEMENTS }, (_, i) => `<b>w${i}</b>`).join(' ');
    const read = texts(parse(`<body><p>Before <span>${words}</span> after</p></body>`));
    expect(read[0]?.startsWith('Before w0 w1')).toBe(true);
    expect(read.at(-1)?.endsWith(`w${MAX_INLINE_ELEMENTS - 1} after`)).toBe(true);
  });
});

describe('shadow roots', () => {
  /** A page whose text lives in web components (linkedom supports open shadow roots, not slot assignment). */
  function withShadow(): Document {
    const doc = parse(
      '<html><head><title>Acme</title></head><body><p>Light text before.</p><policy-view>Light child, not shown</policy-view><p>Light text after.</p></body></html>',
    );
    const host = doc.querySelector('policy-view') as Element;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<h2>Privacy notice</h2><p>We collect your <b>e-mail address</b>.</p><policy-section></policy-section>';
    const inner = (root.querySelector('policy-section') as Element).attachShadow({ mode: 'open' });
    inner.innerHTML = '<ul><li>Retention: one year</li></ul>';
    const closed = doc.createElement('closed-widget');
    closed.attachShadow({ mode: 'closed' }).innerHTML = '<p>Closed text</p>';
    doc.body.append(closed);
    return doc;
  }

  test('open shadow roots are read where their host stands, nested ones too; closed ones are not', () => {
    const page = segmentDocument(withShadow());
    expect(page.segments.map((s) => [s.kind, s.text, s.heading])).toEqual([
      ['paragraph', 'Light text before.', ''],
      ['heading', 'Privacy notice', ''],
      ['paragraph', 'We collect your e-mail address.', 'Privacy notice'],
      ['list-item', 'Retention: one year', 'Privacy notice'],
      ['paragraph', 'Light text after.', 'Privacy notice'],
    ]);
    expect(page.elements[2]?.localName).toBe('p');
  });

  test('closed shadow roots are read when the reader is given a way to reach them', () => {
    const doc = parse('<body><p>Light text.</p><closed-widget></closed-widget></body>');
    const host = doc.querySelector('closed-widget') as Element;
    const closed = host.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<h2>Privacy notice</h2><p>Closed text.</p>';
    const reach = (el: Element): ShadowRoot | null => (el === host ? closed : el.shadowRoot);
    expect(texts(doc)).toEqual(['Light text.']);
    expect(segmentDocument(doc, undefined, reach).segments.map((s) => [s.kind, s.text])).toEqual([
      ['paragraph', 'Light text.'],
      ['heading', 'Privacy notice'],
      ['paragraph', 'Closed text.'],
    ]);
  });

  test('a shadow root on an inline element is read too', () => {
    const doc = parse('<body><p>Before <span id="host">light</span> after</p></body>');
    (doc.getElementById('host') as Element).attachShadow({ mode: 'open' }).innerHTML =
      '<em>shadow words</em>';
    expect(texts(doc)).toEqual(['Before', 'shadow words', 'after']);
  });
});

describe('frames', () => {
  test('frames are not read (the content script reads its own frame only); the page around them is', () => {
    const doc = parse(
      `<body><h1>Legal</h1><iframe srcdoc="<p>Privacy policy in a frame</p>"></iframe>
       <iframe src="/policy.html" title="Privacy Policy">Fallback text</iframe><p>After the frames.</p></body>`,
    );
    expect(texts(doc)).toEqual(['Legal', 'After the frames.']);
  });
});
