/** YAML or TOML front matter at the top of a site generator's source file. */
const FRONT_MATTER = /^(?:---|\+\+\+)\r?\n([\s\S]*?)\r?\n(?:---|\+\+\+)\r?\n/;

export interface FrontMatter {
  /** Its `title:` without quotes, '' when there is none. */
  title: string;
  /** The text after the front matter (all of it when there is none). */
  body: string;
}

export function splitFrontMatter(text: string): FrontMatter {
  const front = FRONT_MATTER.exec(text);
  if (!front) return { title: '', body: text };
  const title = /^title\s*:\s*(.+)$/m.exec(front[1] ?? '')?.[1] ?? '';
  return { title: title.trim().replace(/^(["'])(.*)\1$/, '$2'), body: text.slice(front[0].length) };
}
