/**
 * The card's sections that a segment's claims do not carry (rights, the minimum age, the three flags,
 * named parties, contact e-mails), read over a whole policy, for eval-attributes' `--dump` / `--against`:
 * a change to the rights, age or flag rules shows there as a policy whose card changed, with the sentences
 * that came or went. Pure: no files, no console.
 */
import type { Evidence, Practices } from '../../src/core/report';

/** A policy's card as `--dump` writes it (one JSON line; `key` ends in " card"). */
export interface CardDump {
  readonly key: string;
  readonly rights: readonly string[];
  readonly minAge: number | null;
  readonly security: boolean;
  readonly international: boolean;
  readonly changes: boolean;
  readonly named: readonly string[];
  readonly emails: readonly string[];
  /** The evidence sentences of each field above, by field name (none for named parties and e-mails). */
  readonly evidence: Readonly<Record<CardField, readonly string[]>>;
}

export const CARD_FIELDS = [
  'rights',
  'minAge',
  'security',
  'international',
  'changes',
  'named',
  'emails',
] as const;
export type CardField = (typeof CARD_FIELDS)[number];

const texts = (evidence: readonly Evidence[]): string[] => evidence.map((e) => e.text);

/** The card of `practices` (extractPractices over a whole policy), keyed by `key`. */
export function cardDump(key: string, practices: Practices): CardDump {
  const p = practices;
  return {
    key,
    rights: [...p.rights.rights].sort(),
    minAge: p.children.minAge,
    security: p.security.found,
    international: p.international.found,
    changes: p.changes.found,
    named: [...p.sharing.named].sort(),
    emails: [...p.contact.emails].sort(),
    evidence: {
      rights: texts(p.rights.evidence),
      minAge: texts(p.children.evidence),
      security: texts(p.security.evidence),
      international: texts(p.international.evidence),
      changes: texts(p.changes.evidence),
      // Named parties and addresses have no evidence of their own (the sharing and contact sections' is the
      // sections' best few sentences, which any recipient change reshuffles): their values are compared.
      named: [],
      emails: [],
    },
  };
}

/** Whether a dumped line is a card (the other lines are segments). */
export function isCard(line: { readonly key: string }): line is CardDump {
  return line.key.endsWith(' card');
}

/**
 * What changed between two cards of one policy: a line per field whose value or evidence changed (its
 * value before and after, or "evidence" when only the sentences did: a rule that now reads a right the
 * card already had shows only there), each followed by the evidence sentences that went (-) and came (+),
 * cut to `width` characters. Empty when nothing changed.
 */
export function cardChanges(was: CardDump, now: CardDump, width = 300): string[] {
  const lines: string[] = [];
  const cut = (s: string): string => (s.length > width ? `${s.slice(0, width)}…` : s);
  for (const field of CARD_FIELDS) {
    const before = new Set(was.evidence[field]);
    const after = new Set(now.evidence[field]);
    const went = [...before].filter((s) => !after.has(s));
    const came = [...after].filter((s) => !before.has(s));
    const valueChanged = JSON.stringify(was[field]) !== JSON.stringify(now[field]);
    if (!valueChanged && went.length === 0 && came.length === 0) continue;
    lines.push(
      valueChanged
        ? `${field} ${JSON.stringify(was[field])} -> ${JSON.stringify(now[field])}`
        : `${field} ${JSON.stringify(now[field])}, evidence`,
    );
    for (const s of went) lines.push(`  - «${cut(s)}»`);
    for (const s of came) lines.push(`  + «${cut(s)}»`);
  }
  return lines;
}
