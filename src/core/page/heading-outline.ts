/** Tracks the open headings of a page so each segment knows its section and each heading its parent. */
export class HeadingOutline {
  private readonly open: { text: string; level: number }[] = [];

  /** Opens a heading; returns the text of its parent heading ('' at top level). */
  enter(text: string, level: number): string {
    while ((this.open.at(-1)?.level ?? 0) >= level) this.open.pop();
    const parent = this.current();
    this.open.push({ text, level });
    return parent;
  }

  /** The innermost open heading's text. */
  current(): string {
    return this.open.at(-1)?.text ?? '';
  }
}
