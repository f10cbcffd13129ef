import type { Lang } from '../vocabulary';
import { MASKS, TYPES } from './collection-tables';
import { findAll, hasAnyOnce, type LangTerms, overlaps, type Span } from './lexicon';
import selling from './lexicon/selling.json';
import { typedMatches } from './typed-matches';

/**
 * A sell verb is a verb of passing data on only where data is what is sold. "Wir verkaufen gebrauchte
 * Elektrogeräte im Auftrag unserer Händler und erheben dafür eine Provision" sells goods for dealers, who
 * receive no data; "We sell your email address to advertisers" and "Vi säljer dina uppgifter till
 * partner" name what is sold. The same rule sells.ts applies to an admission (a generic data noun, or a
 * named data type). The verbs are the selling lexicon's, declared there.
 */
const SELL_VERBS = selling.verbs as LangTerms;
/** "data", "Daten", "uppgifter": generic data nouns, asked once of a sentence whose only cue is a sale. */
const DATA_NOUNS = selling.dataNouns as LangTerms;

/**
 * Whether every one of a sentence's sharing cues (`cues`) is a sell verb and the sentence names no data:
 * a sale of goods, which passes nothing on.
 */
export function onlyGoodsSold(text: string, cues: readonly Span[], lang: Lang): boolean {
  if (cues.length === 0) return false;
  const sells = findAll(SELL_VERBS, lang, text);
  if (sells.length === 0) return false;
  const saleWord = (c: Span) => sells.some((s) => overlaps(s, c));
  if (!cues.every(saleWord)) return false;
  return !hasAnyOnce(DATA_NOUNS, lang, text) && !typedMatches(TYPES, MASKS, text, lang).some((m) => m.strong);
}
