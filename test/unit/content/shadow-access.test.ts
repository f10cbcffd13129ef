/**
 * pageShadowRootOf picks the browser's way to reach closed shadow roots (Chrome's chrome.dom, Firefox's
 * element property), asks it about custom elements only, and falls back to open roots elsewhere.
 */
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { pageShadowRootOf } from '../../../src/content/shadow-access';

function page() {
  const { document, HTMLElement } = parseHTML(
    '<body><div id="plain"></div><x-widget></x-widget><span id="open"></span></body>',
  );
  const widget = document.querySelector('x-widget') as unknown as Element;
  const plain = document.getElementById('plain') as unknown as Element;
  const closed = widget.attachShadow({ mode: 'closed' });
  const plainClosed = plain.attachShadow({ mode: 'closed' });
  const openHost = document.getElementById('open') as unknown as Element;
  const open = openHost.attachShadow({ mode: 'open' });
  return { HTMLElement, widget, plain, closed, plainClosed, openHost, open };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('pageShadowRootOf', () => {
  test('in Chrome it asks chrome.dom about custom elements, and reads open roots without asking', () => {
    const { HTMLElement, widget, plain, closed, plainClosed, openHost, open } = page();
    const roots = new Map<Element, ShadowRoot>([
      [widget, closed],
      [plain, plainClosed],
    ]);
    const asked: string[] = [];
    vi.stubGlobal('HTMLElement', HTMLElement);
    vi.stubGlobal('chrome', {
      dom: {
        openOrClosedShadowRoot: (el: Element) => {
          asked.push(el.localName);
          return roots.get(el) ?? el.shadowRoot;
        },
      },
    });
    const reach = pageShadowRootOf();
    expect(reach(widget)).toBe(closed);
    expect(reach(openHost)).toBe(open);
    expect(reach(plain)).toBeNull();
    expect(asked).toEqual(['x-widget']);
  });

  test('each element is asked about once per reader; a new reader asks again', () => {
    const { HTMLElement, widget, closed } = page();
    let calls = 0;
    vi.stubGlobal('HTMLElement', HTMLElement);
    vi.stubGlobal('chrome', {
      dom: {
        openOrClosedShadowRoot: (el: Element) => {
          calls++;
          return el === widget ? closed : null;
        },
      },
    });
    const reach = pageShadowRootOf();
    for (let i = 0; i < 3; i++) expect(reach(widget)).toBe(closed);
    expect(calls).toBe(1);
    pageShadowRootOf()(widget);
    expect(calls).toBe(2);
  });

  test("in Firefox it reads the element's openOrClosedShadowRoot", () => {
    const { widget, closed } = page();
    Object.defineProperty(widget, 'openOrClosedShadowRoot', { value: closed });
    vi.stubGlobal('chrome', {});
    vi.stubGlobal(
      'Element',
      class {
        get openOrClosedShadowRoot(): ShadowRoot | null {
          return null;
        }
      },
    );
    expect(pageShadowRootOf()(widget)).toBe(closed);
  });

  test('an API that throws reads as no root', () => {
    const { HTMLElement, widget } = page();
    vi.stubGlobal('HTMLElement', HTMLElement);
    vi.stubGlobal('chrome', {
      dom: {
        openOrClosedShadowRoot: () => {
          throw new Error('not an element it knows');
        },
      },
    });
    expect(pageShadowRootOf()(widget)).toBeNull();
  });

  test('without a browser API it reads open roots only', () => {
    const { widget, openHost, open } = page();
    vi.stubGlobal('chrome', undefined);
    const reach = pageShadowRootOf();
    expect(reach(widget)).toBeNull();
    expect(reach(openHost)).toBe(open);
  });
});
