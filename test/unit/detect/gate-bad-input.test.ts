/**
 * The gate on pages no one writes on purpose: it must not throw, and it must read a bounded amount of any
 * page (title, address, headings and text sample are all cut), so its cost does not grow with the page.
 */
import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { gatePage, textSample } from '../../../src/core/detect/gate';
import terms from '../../../src/core/detect/gate-terms.json';

const LIMITS = terms.limits;

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const filler = (chars: number): string => 'bread and butter '.repeat(Math.ceil(chars / 17)).slice(0, chars);

describe('gate on bad input', () => {
  test('documents without a body: SVG, XML, frameset', () => {
    const svg = new DOMParser().parseFromString(
      '<svg xmlns="http://www.w3.org/2000/svg"><text>Privacy</text></svg>',
      'image/svg+xml',
    ) as unknown as Document;
    const xml = new DOMParser().parseFromString('<a>personal data</a>', 'text/xml') as unknown as Document;
    const frameset = parse(
      '<html><head><title>x</title></head><frameset><frame src="a.html"></frameset></html>',
    );
    for (const doc of [svg, xml, frameset])
      expect(gatePage(doc, 'https://x.org/a')).toMatchObject({ candidate: false, kind: 'none' });
    expect(gatePage(svg, 'https://x.org/privacy.svg').candidate).toBe(true);
  });

  test('a 5 MB title is read up to its first characters only', () => {
    const early = parse(
      `<html><head><title>Privacy Policy ${filler(5_000_000)}</title></head><body></body></html>`,
    );
    const late = parse(
      `<html><head><title>${filler(5_000_000)} Privacy Policy</title></head><body></body></html>`,
    );
    expect(gatePage(early, 'https://x.org/').candidate).toBe(true);
    expect(gatePage(late, 'https://x.org/').candidate).toBe(false);
  });

  test('a 1 MB address is read up to its first characters only, even cut inside an escape', () => {
    const path = `${'a'.repeat(LIMITS.urlChars - 2)}%C3%A9`;
    expect(() => gatePage(parse('<body></body>'), `https://x.org/${path}/privacy`)).not.toThrow();
    expect(gatePage(parse('<body></body>'), `https://x.org/${'a'.repeat(1_000_000)}/privacy`).candidate).toBe(
      false,
    );
    expect(gatePage(parse('<body></body>'), `https://x.org/privacy/${'a'.repeat(1_000_000)}`).candidate).toBe(
      true,
    );
  });

  test('a 5 MB text node: the sample is cut at its limit, the words after it are not counted', () => {
    const mentions = 'We process personal data. '.repeat(LIMITS.practiceMentions);
    const doc = (text: string): Document => parse(`<html><body><pre>${text}</pre></body></html>`);
    expect(textSample(doc(filler(5_000_000)), LIMITS.sampleChars).length).toBeLessThanOrEqual(
      LIMITS.sampleChars + 1,
    );
    expect(gatePage(doc(`${mentions}${filler(5_000_000)}`), 'https://x.org/').candidate).toBe(true);
    expect(gatePage(doc(`${filler(5_000_000)}${mentions}`), 'https://x.org/').candidate).toBe(false);
  });

  test('10,000 nested elements', () => {
    const deep = parse(
      `<body>${'<div>'.repeat(10_000)}<h2>Privacy Policy</h2>${'</div>'.repeat(10_000)}</body>`,
    );
    expect(gatePage(deep, 'https://x.org/').candidate).toBe(true);
  });

  test('a page built of web components: headings and text in open shadow roots count', () => {
    const doc = parse('<html><head><title>Acme</title></head><body><acme-app></acme-app></body></html>');
    const app = (doc.querySelector('acme-app') as Element).attachShadow({ mode: 'open' });
    app.innerHTML = '<acme-page></acme-page>';
    const page = (app.querySelector('acme-page') as Element).attachShadow({ mode: 'open' });
    page.innerHTML = '<h1>Privacy notice</h1><p>Hello</p>';
    expect(gatePage(doc, 'https://x.org/')).toMatchObject({
      candidate: true,
      reason: 'a heading mentions "privacy"',
    });
    page.innerHTML = `<h1>Hello</h1><p>${'We process personal data. '.repeat(3)}</p>`;
    expect(gatePage(doc, 'https://x.org/').reason).toBe('the text mentions personal data 3 times');
  });

  test('a closed shadow root counts only when the gate is given a way to reach it', () => {
    const doc = parse('<html><head><title>Acme</title></head><body><acme-legal></acme-legal></body></html>');
    const host = doc.querySelector('acme-legal') as Element;
    const closed = host.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<h1>Privacy notice</h1><p>Hello</p>';
    expect(gatePage(doc, 'https://x.org/').candidate).toBe(false);
    const reach = (el: Element): ShadowRoot | null => (el === host ? closed : el.shadowRoot);
    expect(gatePage(doc, 'https://x.org/', reach)).toMatchObject({
      candidate: true,
      reason: 'a heading mentions "privacy"',
    });
  });

  test('shadow roots are looked into only when the page itself has almost no text (the cost stays bounded)', () => {
    const doc = parse(`<body><p>${filler(LIMITS.shadowBelowChars * 2)}</p><x-policy></x-policy></body>`);
    (doc.querySelector('x-policy') as Element).attachShadow({ mode: 'open' }).innerHTML = '<h1>Privacy</h1>';
    expect(gatePage(doc, 'https://x.org/').candidate).toBe(false);
  });

  test('frames are not read: a policy in a frame does not make its parent page a candidate', () => {
    const doc = parse(
      '<html><head><title>Legal</title></head><body><iframe srcdoc="<h1>Privacy Policy</h1>"></iframe></body></html>',
    );
    expect(gatePage(doc, 'https://x.org/legal').candidate).toBe(false);
  });
});
