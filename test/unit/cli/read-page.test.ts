import { expect, test } from 'vitest';
import { asDocument, decodeText, formatOf, pageFromText } from '../../../src/cli/read-page';

test('a site generator fragment becomes the page it renders, titled from its front matter', () => {
  const source =
    '---\nlayout: page\ntitle: "Persondatapolitik"\n---\n<h2>Hvad vi indsamler</h2>\n<p>Vi indsamler dit navn.</p>';
  expect(asDocument(source)).toMatch(
    /^<!doctype html><html><head><title>Persondatapolitik<\/title><\/head><body>/,
  );
  const page = pageFromText(source, 'html');
  expect(page.title).toBe('Persondatapolitik');
  expect(page.segments.map((s) => s.text)).toEqual(['Hvad vi indsamler', 'Vi indsamler dit navn.']);
});

test('a whole document is left as it is', () => {
  const html = '<!doctype html><html><head><title>T</title></head><body><p>x y</p></body></html>';
  expect(asDocument(html)).toBe(html);
});

test.each([
  ['a.html', '', 'html'],
  ['a.HTM', '', 'html'],
  ['a.md', '', 'md'],
  ['a.txt', '<html>', 'txt'],
  ['-', '<!doctype html><p>x</p>', 'html'],
  ['-', 'Plain words', 'txt'],
])('format of %s', (file, text, format) => expect(formatOf(file, text)).toBe(format));

test('decodeText refuses empty and binary input and reads Latin-1', () => {
  expect(() => decodeText(Buffer.alloc(0))).toThrow(/empty/);
  expect(() => decodeText(Buffer.from('  \n '))).toThrow(/empty/);
  expect(() => decodeText(Buffer.from([1, 2, 0, 3]))).toThrow(/binary/);
  expect(
    decodeText(Buffer.from([0x44, 0x61, 0x74, 0x65, 0x6e, 0x73, 0x63, 0x68, 0x75, 0x74, 0x7a, 0xe4])),
  ).toBe('Datenschutzä');
  expect(decodeText(Buffer.from('\uFEFFHallo'))).toBe('Hallo');
});
