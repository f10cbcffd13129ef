/**
 * Pages for the main-thread and bad-input e2e tests, generated in the test (served by a fixture server of
 * their own, see `useBadPages`): huge pages, no body, deep nesting, web components, late content.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Extension, FIXTURES, launchExtension } from './harness';
import { generatedPages, HUGE } from './pages';
import { type FixtureServer, startFixtureServer } from './server';

export const PAGES = {
  /** 5 MB of ordinary text in about 70,000 paragraphs (the shared generator of pages.ts). */
  manyParagraphs: HUGE,
  /** 5 MB of ordinary text in one text node. */
  oneTextNode: '/bad/one-text-node.html',
  /** 5 MB of markup with little text (a product grid): the reader walks all of it, no limit stops it early. */
  grid: '/bad/grid.html',
  /**
   * The same grid built of custom elements without shadow roots (an app's components): the reader asks
   * the browser about each one's closed shadow root.
   */
  componentGrid: '/bad/component-grid.html',
  /** 5 MB of text in inline markup, all inside one <span> (no block anywhere below <main>). */
  oneSpan: '/bad/one-span.html',
  /** Markup nested 10,000 deep, built by the page's script (the HTML parser stops nesting at 512). */
  deep: '/bad/deep.html',
  /** A policy rendered inside web components (open shadow roots, a slot), under a neutral title and address. */
  components: '/bad/components.html',
  /** The same, with closed shadow roots (the page keeps them in window.closedRoots, for the test to look). */
  closedComponents: '/bad/closed-components.html',
  /** An SVG image opened as the page: an XML document without a body. */
  svg: '/drawing.svg',
  /** A page whose script removes its body. */
  bodyRemoved: '/bad/body-removed.html',
  /** A shop page where a consent dialog shows the whole privacy policy, a moment after load. */
  consent: '/bad/shop.html',
  /** A single-page app that navigates to its privacy route with history.pushState and renders it late. */
  app: '/bad/app.html',
} as const;

/** The article of a seed policy fixture (dRofus, English), as markup. */
export function policyArticle(): string {
  const html = readFileSync(path.join(FIXTURES, 'policies', 'drofus-en.html'), 'utf8');
  const article = /<article class="legal-text">[\s\S]*?<\/article>/.exec(html)?.[0];
  if (!article) throw new Error('test/fixtures/policies/drofus-en.html has no <article class="legal-text">');
  return article;
}

const WORDS = ['bread', 'oven', 'flour', 'morning', 'crust', 'butter', 'basket', 'market', 'rye', 'honey'];

function plainText(bytes: number): string {
  const parts: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const sentence = `Item ${i}: ${Array.from({ length: 12 }, (_, j) => WORDS[(i * 7 + j * 3) % WORDS.length]).join(' ')}. `;
    parts.push(sentence);
    size += sentence.length;
  }
  return parts.join('');
}

/** About `bytes` of words in bold and italics, separated by spaces. */
function inlineText(bytes: number): string {
  const parts: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const part = `<b>${WORDS[i % WORDS.length]}</b> <i>item ${i}</i>. `;
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

/**
 * About `bytes` of product cards: an image, a price in a data attribute, a button; hardly any text. Each
 * card is a `tag` element (a <div>, or an app's custom element).
 */
function productGrid(bytes: number, tag = 'div'): string {
  const cards: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const card = `<${tag} class="card" data-sku="${i}" data-price="${(i % 97) + 0.99}"><a href="/p/${i}"><img src="data:," alt=""></a><button type="button">+</button></${tag}>`;
    cards.push(card);
    size += card.length;
  }
  return cards.join('');
}

function page(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}${
    script ? `<script>${script}</script>` : ''
  }</body></html>`;
}

/** JSON as the body of an inline script (no "</script>" inside). */
function scriptString(value: string): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function generated(): Map<string, string> {
  const article = policyArticle();
  const policy = scriptString(article);
  return new Map([
    [HUGE, generatedPages().get(HUGE) ?? ''],
    [
      PAGES.oneTextNode,
      page('Catalogue', `<main><h1>Catalogue</h1><p>${plainText(5 * 1024 * 1024)}</p></main>`),
    ],
    [PAGES.oneSpan, page('Catalogue', `<main><span>${inlineText(5 * 1024 * 1024)}</span></main>`)],
    [
      PAGES.grid,
      page(
        'Shop',
        `<main><h1>All products</h1><div class="grid">${productGrid(5 * 1024 * 1024)}</div></main>`,
      ),
    ],
    [
      PAGES.componentGrid,
      page(
        'Shop',
        `<main><h1>All products</h1><product-grid>${productGrid(5 * 1024 * 1024, 'product-card')}</product-grid></main>`,
      ),
    ],
    [
      PAGES.deep,
      page(
        'Nested',
        '<main id="root"></main>',
        // The wrappers are display:contents: nested 10,000 deep in the DOM, not in layout (a layout that deep
        // with a policy's lists and tables at the bottom crashes Chromium's renderer, extension or not).
        `let parent = document.getElementById('root');
         for (let i = 0; i < 10000; i++) {
           parent = parent.appendChild(document.createElement(i % 2 ? 'div' : 'section'));
           parent.style.display = 'contents';
         }
         parent.innerHTML = ${policy};`,
      ),
    ],
    [
      PAGES.components,
      page(
        'Partner portal',
        '<partner-portal><p slot="intro">Welcome to the partner portal of dRofus.</p><p>Unslotted light text.</p></partner-portal>',
        `customElements.define('legal-text', class extends HTMLElement {
           connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = ${policy}; }
         });
         customElements.define('partner-portal', class extends HTMLElement {
           connectedCallback() {
             this.attachShadow({ mode: 'open' }).innerHTML =
               '<header><strong>Partner portal</strong></header><main><slot name="intro"></slot><legal-text></legal-text></main>';
           }
         });`,
      ),
    ],
    [
      PAGES.closedComponents,
      page(
        'Partner portal',
        '<partner-portal><p slot="intro">Welcome to the partner portal of dRofus.</p><p>Unslotted light text.</p></partner-portal>',
        `window.closedRoots = [];
         customElements.define('legal-text', class extends HTMLElement {
           connectedCallback() {
             const root = this.attachShadow({ mode: 'closed' });
             root.innerHTML = ${policy};
             window.closedRoots.push(root);
           }
         });
         customElements.define('partner-portal', class extends HTMLElement {
           connectedCallback() {
             this.attachShadow({ mode: 'closed' }).innerHTML =
               '<header><strong>Partner portal</strong></header><main><slot name="intro"></slot><legal-text></legal-text></main>';
           }
         });`,
      ),
    ],
    [
      PAGES.bodyRemoved,
      page(
        'Gone',
        '<p>We process personal data. Personal data. Personal data.</p>',
        "addEventListener('DOMContentLoaded', () => document.body.remove());",
      ),
    ],
    [
      PAGES.consent,
      page(
        'Bakery shop',
        '<main><h1>Fresh bread</h1><p>Sourdough, rye and honey loaves, baked every morning.</p></main>',
        `addEventListener('load', () => setTimeout(() => {
           const dialog = document.createElement('div');
           dialog.setAttribute('role', 'dialog');
           dialog.innerHTML = '<h2>Before you continue</h2><p>We use cookies. Read our policy below.</p>' + ${policy};
           document.body.append(dialog);
         }, 600));`,
      ),
    ],
    [
      PAGES.app,
      page(
        'Orbit app',
        '<main id="view"></main>',
        `const view = document.getElementById('view');
         function dashboard() {
           view.innerHTML = '<h1>Dashboard</h1><p>Three meetings today.</p><a id="privacy" href="/bad/app/privacy">Privacy</a>';
           document.getElementById('privacy').addEventListener('click', (event) => {
             event.preventDefault();
             history.pushState({}, '', '/bad/app/privacy');
             view.innerHTML = '<p class="spinner">Loading…</p>';
             setTimeout(() => { if (location.pathname === '/bad/app/privacy') view.innerHTML = ${policy}; }, 300);
           });
         }
         addEventListener('popstate', dashboard);
         dashboard();`,
      ),
    ],
  ]);
}

const SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><title>Visits</title><text x="10" y="30">Visits per day</text></svg>`;

/**
 * One browser with the extension and one fixture server for the bad-page and main-thread tests, shared by
 * their files and closed when the test process exits (like the shared ones of harness.ts). A browser of
 * their own keeps this server's address out of the shared browser's request log, which other files check
 * holds nothing but their fixture server. The server serves the fixture tiers, the generated pages, and
 * files that need their own content type (the SVG) from a temp folder.
 */
export interface BadPageSetup {
  ext: Extension;
  server: FixtureServer;
}

let shared: Promise<BadPageSetup> | null = null;

export function useBadPages(): Promise<BadPageSetup> {
  shared ??= start();
  return shared;
}

async function start(): Promise<BadPageSetup> {
  const folder = mkdtempSync(path.join(tmpdir(), 'plainly-bad-pages-'));
  writeFileSync(path.join(folder, PAGES.svg.slice(1)), SVG);
  for (const tier of ['policies', 'non-policies', 'special'])
    symlinkSync(path.join(FIXTURES, tier), path.join(folder, tier));
  const [server, ext] = await Promise.all([
    startFixtureServer(folder, generated()),
    launchExtension({ profileName: 'e2e-profile-bad-pages' }),
  ]);
  process.once('exit', () => {
    ext.kill();
    rmSync(folder, { recursive: true, force: true });
  });
  return { ext, server };
}
