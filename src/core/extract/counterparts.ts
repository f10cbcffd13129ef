import type { Lang } from '../vocabulary';
import { findAllOnce, type LangTerms, type Span } from './lexicon';
import lexicon from './lexicon/counterparts.json';

/**
 * The words of a conversation ending in its "with" ("the chat messages you exchange with our", "Chatnachrichten
 * mit unseren", "chatberichten met onze", "las conversaciones del chat con el"), then an article or possessive.
 * Matched alone in the few words before a party, so not declared.
 */
const CONVERSED_WITH = lexicon.conversedWith as LangTerms;
/** How far before a party the conversation's words may begin (characters; bounds the work). */
const REACH = 80;
/** The clause a party's conversation words must stand in: nothing ends a clause between them and the party. */
const CLAUSE_END = /[.;:!?,]/;

/**
 * Whether the party at `m` is who the reader talks to in a conversation the operator keeps ("We store the chat
 * messages you exchange with our couriers", "conversaciones del chat con el repartidor", probe21): the courier is
 * the reader's counterpart, not a party given data, so no recipient. `shareCues` are the sentence's verbs of
 * passing data on: where one stands in the party's clause before the conversation's words ("We share the chat
 * messages with the courier"), the party is read as before.
 */
export function conversedWith(m: Span, text: string, lang: Lang, shareCues: readonly Span[]): boolean {
  const from = Math.max(0, m.start - REACH);
  const before = text.slice(from, m.start);
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length) return false;
  const words = findAllOnce(CONVERSED_WITH, lang, trimmed).find((s) => s.end === trimmed.length);
  if (!words) return false;
  const start = from + words.start;
  let clause = start;
  while (clause > 0 && !CLAUSE_END.test(text[clause - 1] ?? '')) clause--;
  return !shareCues.some((c) => c.start >= clause && c.end <= start);
}
