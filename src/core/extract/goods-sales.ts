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
 * "products", "tickets", "Elektrogeräte", "appareils", "Immobilie": goods a sale must name to be read as one.
 * Without them the object may well be data under another name ("We sell it to advertisers", "customer
 * profiles", "leads", "audience segments"), and a sale to advertisers is the disclosure a reader needs to see.
 */
const GOODS_NOUNS = selling.goodsNouns as LangTerms;

/**
 * Whether every one of a sentence's sharing cues (`cues`) is a sell verb, the sentence names goods
 * (`goodsNouns`) and no data: a sale of goods, which passes nothing on.
 */
export function onlyGoodsSold(text: string, cues: readonly Span[], lang: Lang): boolean {
  if (cues.length === 0) return false;
  const sells = findAll(SELL_VERBS, lang, text);
  if (sells.length === 0) return false;
  const saleWord = (c: Span) => sells.some((s) => overlaps(s, c));
  if (!cues.every(saleWord)) return false;
  if (!hasAnyOnce(GOODS_NOUNS, lang, text)) return false;
  return !namesData(text, lang);
}

/**
 * Whether a text names data: a generic data noun ("data", "Daten", "uppgifter") or a data type the collection
 * lexicons read for sure ("your email address", "Standort-Informationen"). What a sell verb's object must be
 * for the sale to be one of data (sells.ts asks it of the words it sells).
 */
export function namesData(text: string, lang: Lang): boolean {
  return hasAnyOnce(DATA_NOUNS, lang, text) || typedMatches(TYPES, MASKS, text, lang).some((m) => m.strong);
}
