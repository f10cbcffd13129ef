/**
 * The classes tools/eval-attributes.ts compares extraction with the corpora's own attributes by
 * (tools/eval-attributes.json): which attribute values of OPP-115 and MAPP name which class, which of our
 * data types, recipients and sections read it, and the tallies of a comparison. Pure: no file, no model.
 */
import type { Practices } from '../../src/core/report';
import type { RetentionKind } from '../../src/core/vocabulary';
import classes from '../eval-attributes.json';
import type { Attribute, PolicySegment } from './policy-data';

export interface ClassDef {
  /** Our data types or recipients that read this class. */
  readonly ours: readonly string[];
  /** The attribute values (of the corpus' type or entity attribute) that name it. */
  readonly theirs: readonly string[];
}

export const TYPE_CLASSES = classes.dataTypes as Record<string, ClassDef>;
export const PARTY_CLASSES = classes.recipients as Record<string, ClassDef>;
export const RETENTION_VALUES = classes.retention as Record<string, RetentionKind>;
export const TYPE_ATTRIBUTES = new Set(classes.typeAttributes);
export const PARTY_ATTRIBUTES = new Set(classes.partyAttributes);
/** A purpose names a kind of recipient only in a sharing practice (elsewhere it is the purpose of use). */
export const PARTY_CATEGORIES = new Set(classes.partyCategories);

/** What a segment says by its annotations, and what extraction read in it, by class. */
export interface Reading {
  readonly segment: PolicySegment;
  readonly gold: ReadonlySet<string>;
  readonly ours: ReadonlySet<string>;
  /** The annotators' selected text for each gold class, to show with a miss. */
  readonly spans: ReadonlyMap<string, string>;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  misses: Reading[];
  extras: Reading[];
}

/** The corpus' segments as policies, each in segment order. */
export function policies(segments: readonly PolicySegment[]): PolicySegment[][] {
  const byPolicy = new Map<string, PolicySegment[]>();
  for (const s of segments) byPolicy.set(s.policy_id, [...(byPolicy.get(s.policy_id) ?? []), s]);
  return [...byPolicy.values()].map((p) => p.sort((a, b) => a.segment - b.segment));
}

/** Classes named by the values of some attributes, with a span for each where the annotators gave one. */
export function goldClasses(
  attributes: readonly Attribute[],
  names: ReadonlySet<string>,
  defs: Record<string, ClassDef>,
  categories?: ReadonlySet<string>,
): { gold: Set<string>; spans: Map<string, string> } {
  const gold = new Set<string>();
  const spans = new Map<string, string>();
  for (const a of attributes) {
    if (!names.has(a.attribute) || a.value === null) continue;
    if (categories && !categories.has(a.category ?? '')) continue;
    for (const [name, def] of Object.entries(defs))
      if (def.theirs.includes(a.value)) {
        gold.add(name);
        if (a.span && !spans.has(name)) spans.set(name, a.span);
      }
  }
  return { gold, spans };
}

export function ourClasses(found: readonly string[], defs: Record<string, ClassDef>): Set<string> {
  return new Set(
    Object.entries(defs)
      .filter(([, def]) => def.ours.some((o) => found.includes(o)))
      .map(([name]) => name),
  );
}

/** The corpus' retention period of a segment: the kind its "Retention Period" values name, if any. */
export function goldRetention(attributes: readonly Attribute[]): RetentionKind | null {
  for (const a of attributes)
    if (a.attribute === 'Retention Period' && a.value !== null && RETENTION_VALUES[a.value])
      return RETENTION_VALUES[a.value] ?? null;
  return null;
}

export function tallies(readings: readonly Reading[], defs: Record<string, ClassDef>): Map<string, Tally> {
  const out = new Map<string, Tally>(
    Object.keys(defs).map((k) => [k, { tp: 0, fp: 0, fn: 0, misses: [], extras: [] }]),
  );
  for (const r of readings)
    for (const [name, t] of out) {
      const g = r.gold.has(name);
      const o = r.ours.has(name);
      if (g && o) t.tp++;
      else if (o) {
        t.fp++;
        t.extras.push(r);
      } else if (g) {
        t.fn++;
        t.misses.push(r);
      }
    }
  return out;
}

/** The same classes read per policy, as the card shows them: a class is on it when any segment has it. */
export function byPolicy(read: readonly Reading[][]): Reading[] {
  return read.map((segments) => ({
    segment: segments[0]!.segment,
    gold: new Set(segments.flatMap((r) => [...r.gold])),
    ours: new Set(segments.flatMap((r) => [...r.ours])),
    spans: new Map(),
  }));
}

/** Whether the card shows a section: a right by name ("right:access"), or a flag's `found`. */
export function sectionFound(p: Practices, name: string): boolean {
  if (name.startsWith('right:')) return (p.rights.rights as string[]).includes(name.slice(6));
  if (name === 'children') return p.children.found;
  if (name === 'security') return p.security.found;
  if (name === 'changes') return p.changes.found;
  return false;
}

/** The page's retention kind, as the report sums it (specific before indefinite before criteria). */
export const KIND_ORDER: readonly RetentionKind[] = ['specific', 'indefinite', 'criteria', 'none'];
export const pageKind = (kinds: readonly (RetentionKind | null)[]): RetentionKind =>
  KIND_ORDER.find((k) => kinds.includes(k)) ?? 'none';

/** The classes of data types the annotators name in a segment's attributes. */
export function goldTypes(attributes: readonly Attribute[]): {
  gold: Set<string>;
  spans: Map<string, string>;
} {
  return goldClasses(attributes, TYPE_ATTRIBUTES, TYPE_CLASSES);
}

/** The classes of recipients the annotators name in a segment's sharing practices. */
export function goldParties(attributes: readonly Attribute[]): {
  gold: Set<string>;
  spans: Map<string, string>;
} {
  return goldClasses(attributes, PARTY_ATTRIBUTES, PARTY_CLASSES, PARTY_CATEGORIES);
}

/** A card section's definition (tools/eval-attributes.json "sections"). */
export interface SectionDef {
  readonly attribute?: string;
  readonly values?: readonly string[];
  readonly label?: string;
}

export const SECTIONS = classes.sections as Record<string, SectionDef>;

/** Whether the annotators of a policy's segments mark a section: by its majority label, or an attribute value. */
export function sectionGold(segments: readonly PolicySegment[], def: SectionDef): boolean {
  return segments.some((s) =>
    def.label
      ? s.labels_majority.includes(def.label)
      : s.attributes.some(
          (a) => a.attribute === def.attribute && a.value !== null && def.values?.includes(a.value),
        ),
  );
}
