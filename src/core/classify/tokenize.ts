/**
 * Tokeniser over normalised text (see normalize.ts): words and numbers as they are, e-mail addresses
 * and URLs as the shape tokens `#email` and `#url`.
 */

export const EMAIL_TOKEN = '#email';
export const URL_TOKEN = '#url';

const WORD_RE = /[\p{L}\p{N}]+/gu;
const SPECIAL_RE = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+|(?:https?:\/\/|www\.)[^\s<>"'()]+/g;
/** Words that stand for an e-mail address or a URL in marked text (see markSpecialTokens). */
export const EMAIL_MARK = 'qqqemailqqq';
export const URL_MARK = 'qqqurlqqq';

/** Replaces e-mail addresses and URLs in normalised text by the words EMAIL_MARK and URL_MARK. */
export function markSpecialTokens(normalized: string): string {
  const special = normalized.includes('@') || normalized.includes('http') || normalized.includes('www.');
  return special
    ? normalized.replace(SPECIAL_RE, (m) => (m.includes('@') ? ` ${EMAIL_MARK} ` : ` ${URL_MARK} `))
    : normalized;
}

/** Splits normalised text into tokens. */
export function tokenize(normalized: string): string[] {
  const text = markSpecialTokens(normalized);
  const special = text !== normalized;
  const tokens = text.match(WORD_RE) ?? [];
  if (special) {
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i] === EMAIL_MARK) tokens[i] = EMAIL_TOKEN;
      else if (tokens[i] === URL_MARK) tokens[i] = URL_TOKEN;
    }
  }
  return tokens;
}

/** True for tokens made of digits only. */
export function isNumberToken(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  for (let i = 1; i < token.length; i++) {
    const d = token.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return true;
}
