/**
 * A lang-eval passage as a tiny page for extraction, read as the product would read it in its page.
 *
 * Extraction takes the page's first heading for the operator's own name (a service it names is the first
 * party, not a recipient). In the product that heading is the page's title ("Datenschutzerklärung",
 * "GitHub Privacy Statement"). A passage read alone must not have its section heading ("Github",
 * "MailChimp Newsletter") read as that title, so the page's own first heading comes first: found in the
 * source page when ../shared is there, else an empty title (the operator unknown).
 *
 * Nothing else of the page is read: a list item read with its list's introduction would also count what
 * the introduction itself says. The product's own reading, the passage inside its whole page, is
 * tools/lib/lang-eval-in-page.ts.
 */
import { join } from 'node:path';
import type { Segment } from '../../src/core/page/segment';
import { pageSegments } from './in-page-scores';
import type { GoldPassage } from './lang-eval-set';

/** The page title, then the passage's section heading (when it has one and it is not the title), then the passage. */
export function passageSegments(p: Pick<GoldPassage, 'heading' | 'text'>, title: string): Segment[] {
  const segments: Segment[] = [{ id: 0, kind: 'heading', text: title, heading: '', level: 1 }];
  if (p.heading !== '' && p.heading !== title)
    segments.push({ id: 1, kind: 'heading', text: p.heading, heading: title, level: 2 });
  segments.push({ id: segments.length, kind: 'paragraph', text: p.text, heading: p.heading, level: 0 });
  return segments;
}

/** The first heading of a page as the product reads it, '' when it has none. */
export function firstHeadingOf(file: string): string {
  return pageSegments(file).find((s) => s.kind === 'heading')?.text ?? '';
}

/** Titles of the source pages under `pagesDir` (each page read once); '' for every page without it. */
export function pageTitles(pagesDir: string | null): (source: string) => string {
  const titles = new Map<string, string>();
  return (source) => {
    if (pagesDir === null) return '';
    let title = titles.get(source);
    if (title === undefined) {
      title = firstHeadingOf(join(pagesDir, source));
      titles.set(source, title);
    }
    return title;
  };
}
