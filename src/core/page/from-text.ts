import { collapseWhitespace, composed } from '../text/normalize';
import { splitFrontMatter } from './front-matter';
import { HeadingOutline } from './heading-outline';
import { readsAsText } from './heading-text';
import type { Segment, SegmentedPage, SegmentKind } from './segment';
import { splitLongText } from './split-long';

export type TextFormat = 'txt' | 'md';

interface Block {
  kind: SegmentKind;
  text: string;
  level: number;
  /** The text is collapsed already (collapseWhitespace would return it as it is). */
  collapsed?: boolean;
}

const BULLET = /^\s*[-*+•·–]\s+/;
const NUMBERED = /^\s*(?:(\d{1,2}(?:\.\d{1,2})*)[.)]?|[a-z][.)]|\([a-z0-9ivx]{1,4}\))\s+/i;
const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const SENTENCE_END = /[.!;:,]$/;
/** Text copied out of a table often keeps one cell per line, ending in a column separator. */
const TABLE_CELL = /\s*\|\s*$/;

/**
 * Plain text or Markdown -> segments. Markdown and hard-wrapped text: blank lines separate blocks.
 * Text written a paragraph per line (most text saved from web pages): every line is a block.
 * Short lines that do not end like a sentence are headings; bullets and numbered runs are list items.
 */
export function segmentText(text: string, format: TextFormat = 'txt'): SegmentedPage {
  const normalized = composed(text.replace(/\r\n?/g, '\n'));
  const front = format === 'md' ? splitFrontMatter(normalized) : { title: '', body: normalized };
  const source = format === 'md' ? cleanMarkdown(front.body) : normalized;
  // Plain text's lines, and those that hold more than white space, found once for the questions below.
  const lines = format === 'txt' ? source.split('\n') : [];
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  const linePerBlock = format === 'txt' && !hasBlankLineBlocks(lines, nonEmpty) && !isHardWrapped(nonEmpty);
  const blocks = linePerBlock ? lineBlocks(nonEmpty) : source.split(/\n\s*\n/).flatMap(chunkBlocks);
  // A site generator renders the front matter's title as the page's <title> and its first heading.
  if (front.title && blocks[0]?.text !== front.title)
    blocks.unshift({ kind: 'heading', text: front.title, level: 1 });
  const segments = toSegments(blocks);
  const firstHeading = segments.find((s) => s.kind === 'heading');
  return { segments, elements: [], title: front.title || firstHeading?.text || '' };
}

/** Text whose blocks are separated by blank lines (one blank line for every ten lines or more). */
function hasBlankLineBlocks(lines: readonly string[], nonEmpty: readonly string[]): boolean {
  const blank = lines.length - nonEmpty.length;
  return blank > 0 && blank / lines.length >= 0.1;
}

/** Hard-wrapped text (its lines that hold more than white space) has many lines of similar width that end mid-sentence. */
function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 8) return false;
  const long = lines.filter((l) => l.length >= 50 && l.length <= 100);
  const midSentence = long.filter((l) => /[\p{L},]$/u.test(l.trim()));
  return long.length / lines.length > 0.6 && midSentence.length / Math.max(1, long.length) > 0.5;
}

/** One block per line (`nonEmpty`: the lines that hold more than white space): text copied out of a web page. */
function lineBlocks(nonEmpty: readonly string[]): Block[] {
  return nonEmpty.map((line, i) => {
    if (BULLET.test(line)) return { kind: 'list-item', text: line.replace(BULLET, ''), level: 0 };
    if (endsInColumnSeparator(line))
      return { kind: 'table-row', text: line.replace(TABLE_CELL, ''), level: 0 };
    // Most lines are paragraphs: their collapsed text is the heading check's and the segment's.
    const text = collapseWhitespace(line);
    const numbered = NUMBERED.exec(line);
    const inRun =
      numbered !== null &&
      [nonEmpty[i - 1], nonEmpty[i + 1]].some(
        (l) => l !== undefined && NUMBERED.test(l) && !looksLikeHeading(l),
      );
    // A numbered line may end in a period and still be a heading ("4. How we share information.").
    const shaped =
      shapedLikeHeading(text) || (numbered?.[1] !== undefined && looksLikeHeading(line.replace(/\.$/, '')));
    if (shaped && !inRun)
      return { kind: 'heading', text, level: headingLevel(numbered?.[1]), collapsed: true };
    if (numbered) return { kind: 'list-item', text: line.replace(NUMBERED, ''), level: 0 };
    return { kind: 'paragraph', text, level: 0, collapsed: true };
  });
}

/** "1." -> 2, "1.1." -> 3: deeper numbering is a deeper heading; unnumbered headings are level 2. */
function headingLevel(number: string | undefined): number {
  return number ? Math.min(6, 1 + number.split('.').length) : 2;
}

/** Markdown or hard-wrapped text: a chunk between blank lines holds headings, list items or one paragraph. */
function chunkBlocks(chunk: string): Block[] {
  const lines = chunk.split('\n').filter((line) => line.trim() !== '');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length === 1 && lines.length === 1 && looksLikeHeading(paragraph[0] ?? '')) {
      blocks.push({ kind: 'heading', text: paragraph[0] ?? '', level: 2 });
    } else if (paragraph.length > 0) {
      blocks.push({ kind: 'paragraph', text: paragraph.join(' '), level: 0 });
    }
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heading = MD_HEADING.exec(line);
    const next = lines[i + 1];
    const bullet = BULLET.exec(line);
    const marker = bullet ?? NUMBERED.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', text: heading[2] ?? '', level: heading[1]?.length ?? 1 });
    } else if (next !== undefined && SETEXT.test(next) && paragraph.length === 0 && !marker) {
      blocks.push({ kind: 'heading', text: line, level: next.trim().startsWith('=') ? 1 : 2 });
      i++;
    } else if (bullet || (marker && !(lines.length === 1 && looksLikeHeading(line)))) {
      flush();
      blocks.push({ kind: 'list-item', text: line.slice(marker?.[0].length ?? 0), level: 0 });
    } else if (blocks.at(-1)?.kind === 'list-item' && paragraph.length === 0 && /^\s{2,}/.test(line)) {
      const last = blocks.at(-1)!;
      last.text += ` ${line}`;
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** A short line that does not end like a sentence reads as a heading (questions included). */
function looksLikeHeading(line: string): boolean {
  return shapedLikeHeading(collapseWhitespace(line));
}

/** looksLikeHeading of a line already collapsed. */
function shapedLikeHeading(text: string): boolean {
  if (text.length > 100) return false;
  const words = text.split(' ').length;
  return words <= 12 && !SENTENCE_END.test(text) && /^[\p{Lu}\p{N}]/u.test(text);
}

/** TABLE_CELL.test(line), without the regex's retries at every run of spaces: the line's last non-space is `|`. */
function endsInColumnSeparator(line: string): boolean {
  return line.trimEnd().endsWith('|');
}

function toSegments(blocks: readonly Block[]): Segment[] {
  const segments: Segment[] = [];
  const outline = new HeadingOutline();
  for (const block of blocks) {
    const text = block.collapsed ? block.text : collapseWhitespace(block.text);
    if (text === '') continue;
    // "## Du har rätt att:" over a list, or a line "Email: info@example.com", is read as text.
    if (block.kind === 'heading' && !readsAsText(text)) {
      const parent = outline.enter(text, block.level);
      segments.push({ id: segments.length, kind: 'heading', text, heading: parent, level: block.level });
      continue;
    }
    for (const piece of splitLongText(text)) {
      segments.push({
        id: segments.length,
        kind: block.kind === 'heading' ? 'paragraph' : block.kind,
        text: piece,
        heading: outline.current(),
        level: 0,
      });
    }
  }
  return segments;
}

/** Strips what Markdown sources carry besides text: front matter, HTML tags, link targets, emphasis marks. */
function cleanMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?(?:p|div|br|h[1-6]|ul|ol|li|tr|table)\b[^>]*>/gi, '\n\n')
    .replace(/<(https?:[^>\s]+|[^>\s@]+@[^>\s]+)>/g, '$1')
    .replace(/<[^>\n]+>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?!\s)([^*\n]+?)\*(?!\w)/g, '$1$2')
    .replace(/^\s*>\s?/gm, '')
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}
