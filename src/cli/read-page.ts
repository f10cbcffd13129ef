import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { segmentDocument } from '../core/page/from-document';
import { segmentText } from '../core/page/from-text';
import { splitFrontMatter } from '../core/page/front-matter';
import type { SegmentedPage } from '../core/page/segment';
import { parseHtmlDocument } from './html-document';

/** A file the CLI could not turn into a page, with a one-line reason for stderr. */
export class InputError extends Error {}

export type InputFormat = 'html' | 'md' | 'txt';

/**
 * A file's bytes, or stdin's for '-'. Files are read synchronously: the files are analysed one after the
 * other anyway, and an asynchronous read leaves the process idle, waiting for the thread that reads.
 */
export async function readInput(file: string, stdin: () => Promise<Buffer>): Promise<Buffer> {
  try {
    return file === '-' ? await stdin() : readFileSync(file);
  } catch (error) {
    throw new InputError(describeReadError(error));
  }
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

/** Bytes -> text, refusing what is not text: empty files, binary files, undecodable bytes. */
export function decodeText(bytes: Buffer): string {
  if (bytes.length === 0) throw new InputError('empty file');
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError('binary file, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  if (text.trim() === '') throw new InputError('empty file');
  return text.replace(/^\uFEFF/, '');
}

export function formatOf(file: string, text: string): InputFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.txt') return 'txt';
  return /^\s*<(?:!doctype|html|head|body|div|p|h\d)\b/i.test(text) ? 'html' : 'txt';
}

export function pageFromText(text: string, format: InputFormat): SegmentedPage {
  if (format !== 'html') return segmentText(text, format);
  return segmentDocument(parseHtmlDocument(asDocument(text)));
}

/**
 * HTML as a browser would hold it: a site generator's source (front matter + a fragment) becomes the page
 * it renders, with the front matter's title as <title>; any fragment is wrapped in <html><body>.
 */
export function asDocument(html: string): string {
  const { title, body } = splitFrontMatter(html);
  if (/<html[\s>]/i.test(body)) return body;
  const head = title ? `<head><title>${escapeText(title)}</title></head>` : '';
  return `<!doctype html><html>${head}<body>${body.replace(/<\/?(?:html|body)\b[^>]*>/gi, '')}</body></html>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
