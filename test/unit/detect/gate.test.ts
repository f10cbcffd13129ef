import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { gatePage } from '../../../src/core/detect/gate';

function doc(title: string, body: string): Document {
  return parseHTML(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`)
    .document as unknown as Document;
}

test.each([
  ['Privacy Policy | Acme', '<p>Hello</p>', 'https://acme.com/legal'],
  ['Datenschutzerklärung', '<p>Hallo</p>', 'https://acme.de/'],
  ['Personvernerklæring – Contracting', '<p>Hei</p>', 'https://x.no/'],
  ['Polityka prywatności', '<p>x</p>', 'https://x.pl/'],
  ['Klauzula informacyjna', '<p>x</p>', 'https://x.pl/'],
  ['Behandling af personoplysninger', '<p>x</p>', 'https://x.dk/'],
  ['Acme', '<h2>Politique de confidentialité</h2>', 'https://x.fr/'],
  ['Acme', '<p>x</p>', 'https://x.se/integritetspolicy'],
  ['Acme', '<p>Personal data. Personal data. We process personal data under the GDPR.</p>', 'https://x.com/'],
])('candidate: %s %s %s', (title, body, url) => {
  expect(gatePage(doc(title, body), url).candidate).toBe(true);
});

test.each([
  ['Acme – Shoes', '<h1>New shoes</h1><p>Buy our shoes today.</p>', 'https://acme.com/shoes'],
  ['Weather in Oslo', '<p>Rain tomorrow.</p>', 'https://yr.no/oslo'],
  ['', '', 'about:blank'],
])('not a candidate: %s', (title, body, url) => {
  expect(gatePage(doc(title, body), url)).toMatchObject({ candidate: false, kind: 'none' });
});

test('a cookie policy is a candidate of its own kind', () => {
  expect(gatePage(doc('Cookie Policy', '<p>We use cookies.</p>'), 'https://x.com/cookies').kind).toBe(
    'cookie-policy',
  );
});

test('the text sample is bounded on a huge page', () => {
  const huge = `<p>${'word '.repeat(1_000_000)}</p>`;
  expect(gatePage(doc('Big', huge), 'https://x.com/').candidate).toBe(false);
});

test('an invalid URL does not throw', () => {
  expect(() => gatePage(doc('x', ''), 'not a url')).not.toThrow();
});
