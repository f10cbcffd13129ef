/**
 * Text normalisation shared by the featuriser and the concept matcher: lower case, diacritics folded,
 * a few letters that Unicode does not decompose spelled out (ß -> ss, ø -> o, æ -> ae, ł -> l ...).
 */

import folds from './folds.json';

const FOLDS: Readonly<Record<string, string>> = folds;
const FOLD_RE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');
const MARKS_RE = /\p{M}+/gu;
const NON_ASCII_RE = /[^ -~\t\n\r]/;

function foldChar(ch: string): string {
  return FOLDS[ch] ?? ch;
}

/** Lower-cases and folds diacritics; keeps every other character as is. */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII_RE.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS_RE, '').replace(FOLD_RE, foldChar);
}
