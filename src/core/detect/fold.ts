/** Lower case without accents ("Datenschutzerklärung" -> "datenschutzerklarung"); letters like ø, æ, ł stay. */
export function fold(text: string): string {
  // Plain ASCII has nothing to decompose: lower case alone gives the same string, without the Unicode pass.
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }
  return text.toLowerCase();
}
