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

/** The reference: NFD, combining marks dropped, the folds spelled out (lower-cased text). */
export function foldLower(lower: string): string {
  return lower.normalize('NFD').replace(MARKS_RE, '').replace(FOLD_RE, foldChar);
}

/** Lower-cases and folds diacritics; keeps every other character as is. */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII_RE.test(lower)) return lower;
  return foldUnits(lower) ?? foldLower(lower);
}

/**
 * What foldLower makes of each BMP character alone, remembered: 0 not asked yet, 1 itself, 2 another
 * text (in FOLDED). Folding a text character by character gives foldLower's result because every
 * character of a BMP decomposition that is not a combining mark has canonical combining class 0, so
 * NFD's reordering moves only marks, which are dropped (the unit tests compare the two).
 */
const unitState = new Uint8Array(0x10000);
const FOLDED = new Map<number, string>();

function foldedUnit(c: number): string | null {
  let state = unitState[c]!;
  if (state === 0) {
    const folded = foldLower(String.fromCharCode(c));
    state = folded.length === 1 && folded.charCodeAt(0) === c ? 1 : 2;
    if (state === 2) FOLDED.set(c, folded);
    unitState[c] = state;
  }
  return state === 1 ? null : (FOLDED.get(c) ?? null);
}

/** foldLower(lower) character by character, or null when it holds a surrogate (left to foldLower). */
function foldUnits(lower: string): string | null {
  let out = '';
  let from = 0;
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c < 128) continue;
    if (c >= 0xd800 && c <= 0xdfff) return null;
    const folded = foldedUnit(c);
    if (folded === null) continue;
    out += lower.slice(from, i) + folded;
    from = i + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}
