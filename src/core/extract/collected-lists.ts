/**
 * Lists of data: a bare list after a sentence stating a collection (listAfterCue), a list the model or heading
 * calls sharing or keeping (otherTopicList), and a mention that is a whole list item (wholeItem). Read by
 * collection.ts.
 */
import type { Sentence } from '../text/sentences';
import type { DataType, Lang } from '../vocabulary';
import { statesCollection } from './collection-statements';
import { MASKS, TYPES } from './collection-tables';
import type { SentenceRef } from './context';
import { type TypedMatch, typedMatches } from './typed-matches';

/** How sure the model or heading must be that a list is about sharing or keeping data (otherTopicList). */
const OTHER_LIST = 0.7;

/** A sentence that is a bare list has at least this many mentions. */
const BARE_LIST_MENTIONS = 3;

/**
 * A sentence that is a bare list of data right after a sentence stating a collection in its paragraph
 * ("Vi trenger opplysninger rundt levering. Navn, adresse, postnummer og e-postadresse."): the list that
 * sentence announces, read as a list item is read after its introduction.
 */
export function listAfterCue(ref: SentenceRef, lang: Lang): boolean {
  const { sentences } = ref.ctx;
  const before = sentences[placeOf(sentences, ref.sentence) - 1];
  if (before === undefined || !statesCollection(before.text, lang)) return false;
  return bareList(ref.sentence.text, typedMatches(TYPES, MASKS, ref.sentence.text, lang));
}

/** Each sentence's place in its segment, by segment: a segment of thousands of sentences is searched once. */
const places = new WeakMap<readonly Sentence[], Map<Sentence, number>>();

/** A segment of up to this many sentences is searched in a row. */
const FEW_SENTENCES = 16;

/** sentences.indexOf(sentence); in a long segment, found in a map made once per segment. */
function placeOf(sentences: readonly Sentence[], sentence: Sentence): number {
  if (sentences.length <= FEW_SENTENCES) return sentences.indexOf(sentence);
  let bySentence = places.get(sentences);
  if (!bySentence) {
    bySentence = new Map();
    for (const [k, s] of sentences.entries()) if (!bySentence.has(s)) bySentence.set(s, k);
    places.set(sentences, bySentence);
  }
  return bySentence.get(sentence) ?? -1;
}

/**
 * A sentence that opens and ends with a mention and names data at least BARE_LIST_MENTIONS times, one
 * strongly: "Name, address and e-mail address.", not "Name and e-mail address of our staff are listed below."
 */
function bareList(text: string, matches: readonly TypedMatch<DataType>[]): boolean {
  const first = matches[0];
  const last = matches[matches.length - 1];
  return (
    first !== undefined &&
    last !== undefined &&
    BARE.test(text.slice(0, first.start)) &&
    BARE.test(text.slice(last.end)) &&
    matches.length >= BARE_LIST_MENTIONS &&
    matches.some((m) => m.strong)
  );
}

/**
 * A list of recipients or of retention periods ("Mailchimp — gestión de correo electrónico", "Consultas:
 * hasta 12 meses"): the model or heading says the list is about sharing or keeping data more than about
 * collecting it (a list of data disclosed, "name; address; ...", where the model is less sure, still names
 * data), so an item's weak mention is the topic of a service or a period, not data collected.
 */
export function otherTopicList(ctx: SentenceRef['ctx']): boolean {
  const { affinity } = ctx;
  const other = Math.max(affinity.sharing, affinity.retention);
  return other >= OTHER_LIST && other > affinity.collection;
}

/** Only punctuation and spaces: what may stand around a mention that is the whole list item. */
const BARE = /^[\s\p{P}]*$/u;

/**
 * The mention is the whole item ("Name;", "Anschrift"): the item names data, even in a list the model
 * or heading calls sharing ("We share the following data with our carrier: - Name - Address").
 */
export function wholeItem(text: string, m: TypedMatch<DataType>): boolean {
  return BARE.test(text.slice(0, m.start)) && BARE.test(text.slice(m.end));
}
