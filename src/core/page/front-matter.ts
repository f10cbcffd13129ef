/** YAML or TOML front matter (or Nikola's metadata comment) at the top of a site generator's source file. */
const FRONT_MATTER = /^(?:---|\+\+\+)\r?\n([\s\S]*?)\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/;

export interface FrontMatter {
  /** Its `title:` without quotes, '' when there is none. */
  title: string;
  /** The text after the front matter (all of it when there is none). */
  body: string;
}

/** Nikola's metadata: an HTML comment of `.. name: value` lines at the top of a source file. */
const NIKOLA_META = /^<!--[ \t]*\r?\n((?:[ \t]*\.\. [\w-]+:.*\r?\n)+)[ \t]*-->[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(text: string): FrontMatter {
  const front = FRONT_MATTER.exec(text);
  const nikola = front ? null : NIKOLA_META.exec(text);
  const found = front ?? nikola;
  if (!found) return { title: '', body: text };
  // The value must be on the key's own line: an empty `title:` names nothing (not the next line).
  // YAML `title: x`, TOML `title = "x"`, Nikola `.. title: x`; a YAML block scalar (`title: >`) names nothing.
  const key = front ? /^title[ \t]*[:=][ \t]*(\S.*)$/m : /^[ \t]*\.\. title:[ \t]*(\S.*)$/m;
  const value = key.exec(found[1] ?? '')?.[1] ?? '';
  const title = /^[>|][-+]?\s*$/.test(value) ? '' : value;
  return { title: title.trim().replace(/^(["'])(.*)\1$/, '$2'), body: text.slice(found[0].length) };
}
