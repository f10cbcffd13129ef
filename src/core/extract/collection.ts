import type { CollectionPractice, Evidence } from '../report';
import { DATA_TYPES, type DataType, type Lang } from '../vocabulary';
import type { SentenceRef } from './context';
import { quote, topEvidence } from './evidence';
import { declareTables, findAll, hasAny, type LangTerms } from './lexicon';
import cues from './lexicon/cues.json';
import dataTypes from './lexicon/data-types.json';
import { deniedIntro } from './negated-intro';
import { negatedBefore } from './negation';
import { type KindTerms, type TypedMatch, typedLexicons, typedMatches } from './typed-matches';

const TYPES = dataTypes.types as Readonly<Record<DataType, KindTerms>>;
const MASKS = dataTypes.masks as LangTerms;
const COLLECT = cues.collect as LangTerms;
/** "Personal data is any information relating to ... (e.g. name, address)": a definition, not a practice. */
const DEFINITION = cues.definition as LangTerms;
declareTables([COLLECT, DEFINITION, ...typedLexicons(TYPES, MASKS)]);

/** Two mentions at most this far apart, with no sentence punctuation between, read as one enumeration. */
const LIST_GAP = 40;
const LIST_GAP_TEXT = /^[^.!?:]*$/;
/** A list item this short under a collection intro is an item of the list of collected data. */
const SHORT_ITEM = 90;
/** Without a collection verb, a sentence counts only where the model or heading says "collection". */
const AFFINITY_ALONE = 0.5;

/** The data types a page says it collects, with the sentences that say so. */
export function extractCollection(refs: readonly SentenceRef[], lang: Lang): CollectionPractice {
  const types = new Set<DataType>();
  const evidence: Evidence[] = [];
  let stated = false;
  for (const ref of refs) {
    const found = typesIn(ref, lang);
    if (found.types.length === 0) {
      if (found.cue && ref.ctx.affinity.collection >= AFFINITY_ALONE) stated = true;
      continue;
    }
    for (const type of found.types) types.add(type);
    const score =
      0.4 + 0.1 * Math.min(found.types.length, 3) + 0.3 * ref.ctx.affinity.collection + (found.cue ? 0.1 : 0);
    evidence.push(quote(ref, score));
  }
  const dataTypesFound = DATA_TYPES.filter((t) => types.has(t));
  return {
    found: dataTypesFound.length > 0 || stated,
    dataTypes: dataTypesFound,
    evidence: topEvidence(evidence),
  };
}

interface SentenceTypes {
  readonly types: DataType[];
  readonly cue: boolean;
}

/** Data types a sentence states as collected: mentioned, in a collection context, not negated. */
export function typesIn(ref: SentenceRef, lang: Lang): SentenceTypes {
  const { ctx, sentence } = ref;
  const text = sentence.text;
  if (ctx.segment.kind === 'list-item' && deniedIntro(COLLECT, ctx.intro, lang))
    return { types: [], cue: false };
  const introCue = ctx.segment.kind === 'list-item' && hasAny(COLLECT, lang, ctx.intro);
  const cue = hasAny(COLLECT, lang, text) || introCue;
  if (!cue && ctx.affinity.collection < AFFINITY_ALONE) return { types: [], cue };
  if (onlyDefines(text, lang)) return { types: [], cue };
  const matches = typedMatches(TYPES, MASKS, text, lang);
  const listItem =
    ctx.segment.kind === 'list-item' &&
    ctx.segment.text.length <= SHORT_ITEM &&
    (introCue || ctx.affinity.collection >= AFFINITY_ALONE);
  const types = new Set<DataType>();
  for (const m of matches) {
    if (negatedBefore(text, m.start, lang)) continue;
    if (m.strong || listItem || supported(m, matches, text)) types.add(m.kind);
  }
  return { types: [...types], cue };
}

/** A weak mention ("name", "address") counts when it sits in an enumeration with another mention. */
function supported(m: TypedMatch<DataType>, all: readonly TypedMatch<DataType>[], text: string): boolean {
  return all.some((o) => {
    if (o === m) return false;
    const [from, to] = o.start >= m.end ? [m.end, o.start] : [o.end, m.start];
    return to - from <= LIST_GAP && to >= from && LIST_GAP_TEXT.test(text.slice(from, to));
  });
}

/**
 * "Personal data means any information ... such as a name": a definition names no data collected. It does
 * when a collection cue comes first: "We collect personal data, i.e. any information ... such as your name".
 */
function onlyDefines(text: string, lang: Lang): boolean {
  const definition = findAll(DEFINITION, lang, text)[0];
  if (!definition) return false;
  return !findAll(COLLECT, lang, text).some((cue) => cue.start < definition.start);
}
