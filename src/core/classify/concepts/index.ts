/**
 * The concept lexicon (concepts.ts `Lexicon`), kept in small files by what the concepts name (actions.json,
 * parties.json, data.json...; each concept with all its languages), assembled here into the one object
 * training reads. The order of the concepts is order.json's: a concept's id, its feature column in the
 * model, is its index there, so a new concept goes at the end of order.json (and into one part).
 */
import type { Lexicon, LexiconLang } from '../concepts';
import actions from './actions.json';
import children from './children.json';
import choices from './choices.json';
import contact from './contact.json';
import data from './data.json';
import grammar from './grammar.json';
import law from './law.json';
import order from './order.json';
import parties from './parties.json';
import policy from './policy.json';
import purposes from './purposes.json';
import retention from './retention.json';
import rights from './rights.json';
import security from './security.json';
import services from './services.json';

/** Concepts by name: each concept's stems by language (`all`: every language). */
export type ConceptTable = Readonly<Record<string, Readonly<Partial<Record<LexiconLang, string>>>>>;

/** The parts of the lexicon, by file name. */
export const CONCEPT_PARTS: Readonly<Record<string, ConceptTable>> = {
  'actions.json': actions,
  'parties.json': parties,
  'data.json': data,
  'purposes.json': purposes,
  'law.json': law,
  'security.json': security,
  'children.json': children,
  'choices.json': choices,
  'rights.json': rights,
  'contact.json': contact,
  'policy.json': policy,
  'retention.json': retention,
  'services.json': services,
  'grammar.json': grammar,
};

/** The concept order (order.json): concept ids. */
export const CONCEPT_ORDER: readonly string[] = order;

/**
 * The lexicon of `parts` in `names`' order. Throws when a concept is in two parts (one would shadow the
 * other), is in no part, is listed twice in `names` or is missing from it.
 */
export function assembleConcepts(
  parts: Readonly<Record<string, ConceptTable>>,
  names: readonly string[],
): Lexicon {
  const home = new Map<string, string>();
  for (const [file, part] of Object.entries(parts)) {
    for (const name of Object.keys(part)) {
      const other = home.get(name);
      if (other !== undefined) throw new Error(`concept "${name}" is in both ${other} and ${file}`);
      home.set(name, file);
    }
  }
  const concepts: Record<string, ConceptTable[string]> = {};
  for (const name of names) {
    const file = home.get(name);
    if (file === undefined) throw new Error(`concept "${name}" of the order is in no part`);
    if (name in concepts) throw new Error(`concept "${name}" is listed twice in the order`);
    concepts[name] = parts[file]?.[name] ?? {};
  }
  const unordered = [...home.keys()].filter((name) => !(name in concepts));
  if (unordered.length > 0) throw new Error(`concepts missing from the order: ${unordered.join(', ')}`);
  return { concepts };
}

/** The concept lexicon. */
export const conceptLexicon: Lexicon = assembleConcepts(CONCEPT_PARTS, CONCEPT_ORDER);
