/**
 * A few strings looked for in texts at once, as one alternation regex: one call per text (a search of
 * the text for each string in turn costs a call each, and a scan in JavaScript costs more per character
 * than the regex engine's).
 */
export class LiteralGate {
  private readonly regex: RegExp;

  constructor(literals: readonly string[]) {
    // No strings: nothing holds one; the empty string: everything does (an empty alternative matches).
    this.regex = new RegExp(literals.length > 0 ? literals.map(escapeLiteral).join('|') : '(?!)');
  }

  /** Whether `text` holds one of the strings. */
  holdsAny(text: string): boolean {
    return this.regex.test(text);
  }
}

/** A string as a regex source that matches it (code unit by code unit: the regex has no `u` flag). */
function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
