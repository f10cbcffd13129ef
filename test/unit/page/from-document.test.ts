import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { segmentDocument } from '../../../src/core/page/from-document';

/** linkedom needs the <html> element to build a browser-shaped tree, as browsers always have. */
function page(html: string): Document {
  const source = /<html/i.test(html) ? html : `<!doctype html><html>${html}</html>`;
  return parseHTML(source).document as unknown as Document;
}

describe('segmentDocument', () => {
  const doc =
    page(`<!doctype html><html><head><title>Privacy Policy | Acme</title><style>p{}</style></head><body>
    <header><nav><a href="/">Home</a><a href="/about">About</a></nav><div class="logo">Acme Inc</div></header>
    <main><article>
      <h1>Privacy Policy</h1>
      <p>We collect your <strong>name</strong> and e-mail address.<script>var x = 1;</script></p>
      <h2>Sharing</h2>
      <div>We share data with <a href="#">service providers</a>.<ul><li>Hosting <em>providers</em></li><li>Payment processors<ul><li>Stripe</li></ul></li></ul></div>
      <table><tr><th>Cookie</th><th>Duration</th></tr><tr><td>_ga</td><td>2 years</td></tr></table>
      <p hidden>Hidden text</p><p style="display: none">Invisible</p>
    </article></main>
    <footer>© Acme</footer></body></html>`);
  const { segments, elements, title } = segmentDocument(doc);
  const texts = segments.map((s) => s.text);

  test('title from <title>', () => expect(title).toBe('Privacy Policy | Acme'));

  test('reads headings, paragraphs, list items and rows in order', () => {
    expect(texts).toEqual([
      'Privacy Policy',
      'We collect your name and e-mail address.',
      'Sharing',
      'We share data with service providers.',
      'Hosting providers',
      'Payment processors',
      'Stripe',
      'Cookie Duration',
      '_ga 2 years',
    ]);
  });

  test('kinds and sections', () => {
    expect(segments.map((s) => s.kind)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'list-item',
      'list-item',
      'list-item',
      'table-row',
      'table-row',
    ]);
    expect(segments[4]?.heading).toBe('Sharing');
    expect(segments[2]?.heading).toBe('Privacy Policy');
  });

  test('every segment remembers an element that contains its text', () => {
    expect(elements).toHaveLength(segments.length);
    segments.forEach((s, i) => {
      const words = (elements[i]?.textContent ?? '').replace(/\s+/g, ' ');
      expect(words).toContain(s.text.split(' ')[0]);
    });
    expect(elements[6]?.localName).toBe('li');
  });

  test('skips scripts, navigation, hidden parts and chrome outside <main>', () => {
    const all = texts.join(' ');
    for (const absent of ['var x', 'Home', 'Hidden', 'Invisible', 'Acme Inc', '©'])
      expect(all).not.toContain(absent);
  });

  test('a page without <main> keeps its header and footer text', () => {
    const { segments: s } = segmentDocument(
      page('<body><header><p>Hello there</p></header><p>Body text</p></body>'),
    );
    expect(s.map((x) => x.text)).toEqual(['Hello there', 'Body text']);
  });

  test('empty, bodiless and image-only pages give no segments', () => {
    expect(segmentDocument(page('<html><body></body></html>')).segments).toEqual([]);
    expect(segmentDocument(page('<html></html>')).segments).toEqual([]);
    expect(segmentDocument(page('<body><img src="data:image/png;base64,AA=="></body>')).segments).toEqual([]);
  });

  test('a huge page stays within the limits', () => {
    const big = `<body>${'<p>Some words of text here.</p>'.repeat(20000)}</body>`;
    const result = segmentDocument(page(big), { maxChars: 10_000, maxSegments: 100 });
    expect(result.segments.length).toBeLessThanOrEqual(100);
  });

  test('deeply nested markup does not overflow the stack', () => {
    const deep = `<body>${'<div>'.repeat(3000)}<p>Deep text</p>${'</div>'.repeat(3000)}</body>`;
    expect(segmentDocument(page(deep)).segments.map((s) => s.text)).toEqual(['Deep text']);
  });
});

test('a stray second <body> from a lenient parser: the body with the text is read', () => {
  const html =
    '<!doctype html><html><head><title>x</title></head><nav>menu</nav><body><main><p>Policy text</p></main></body></html>';
  const texts = segmentDocument(parseHTML(html).document as unknown as Document).segments.map((s) => s.text);
  expect(texts).toContain('Policy text');
});
