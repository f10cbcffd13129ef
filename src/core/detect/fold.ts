/** Lower case without accents ("Datenschutzerklärung" -> "datenschutzerklarung"); letters like ø, æ, ł stay. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
