/**
 * What a sentence says of collection by its cues: a collection verb none denies (statesCollection), data
 * passed on (passesOn), phrases that state their type by themselves (statedByPhrase), and a definition that
 * names no data collected (onlyDefines). Read by collection.ts, mail-practice.ts and collected-lists.ts.
 */
import type { DataType, Lang } from '../vocabulary';
import {
  COLLECT,
  COOKIE_DEFINITION,
  DEFINITION,
  ID_REQUEST,
  OPERATOR,
  PASSED_ON,
  PAYMENT_AGENT,
  SELF_STATED,
  SELF_STATED_KINDS,
} from './collection-tables';
import { CUE_NEGATION_REACH } from './denied-after';
import { findAll, hasAny, type LangTerms } from './lexicon';
import { negatedBefore, negatedNear } from './negation';

/**
 * Whether the sentence has a collection verb and denies none, before it in its clause or right after it:
 * "requests sent by e-mail are not stored", "le richieste inviate via e-mail non vengono conservate"
 * state no collection.
 */
export function statesCollection(text: string, lang: Lang): boolean {
  const found = findAll(COLLECT, lang, text);
  return (
    found.length > 0 &&
    found.every((c) => !negatedBefore(text, c.start, lang) && !negatedNear(text, c, CUE_NEGATION_REACH, lang))
  );
}

/** Whether the sentence says data is passed on, with no negation of its own ("wird nicht weitergegeben"). */
export function passesOn(text: string, lang: Lang): boolean {
  return findAll(PASSED_ON, lang, text).some(
    (c) => !negatedBefore(text, c.start, lang) && !negatedNear(text, c, CUE_NEGATION_REACH, lang),
  );
}

/**
 * The data types whose self-stating phrase the sentence holds, with no negation of its own ("are not
 * processed"). A copy of an ID counts only where the operator asks for it or requires it (ID_REQUEST), the
 * handling of payments only with a payment provider or a named one (PAYMENT_AGENT).
 */
export function statedByPhrase(text: string, lang: Lang): DataType[] {
  return SELF_STATED_KINDS.filter(
    (kind) =>
      findAll(SELF_STATED[kind] as LangTerms, lang, text).some(
        (c) => !negatedBefore(text, c.start, lang) && !negatedNear(text, c, CUE_NEGATION_REACH, lang),
      ) &&
      (kind !== 'government-id' || operatorAsks(text, lang)) &&
      (kind !== 'payment' || hasAny(PAYMENT_AGENT, lang, text)),
  );
}

/** Whether the sentence names the operator and a request: "we may ask you for", "wir verlangen". */
function operatorAsks(text: string, lang: Lang): boolean {
  return hasAny(OPERATOR, lang, text) && hasAny(ID_REQUEST, lang, text);
}

/**
 * "Personal data means any information ... such as a name": a definition names no data collected. It does
 * when a collection cue comes first: "We collect personal data, i.e. any information ... such as your name".
 * A cookie definition does too when the operator is named after it: "Cookies are small text files that we use
 * to collect your IP address" states this site's practice ("Cookies are small text files that are stored by
 * your browser" does not).
 */
export function onlyDefines(text: string, lang: Lang): boolean {
  const definition = findAll(DEFINITION, lang, text)[0];
  const cookie = findAll(COOKIE_DEFINITION, lang, text)[0];
  const first = [definition, cookie].filter((d) => d !== undefined).sort((a, b) => a.start - b.start)[0];
  if (!first) return false;
  if (findAll(COLLECT, lang, text).some((cue) => cue.start < first.start)) return false;
  if (definition) return true;
  return !findAll(OPERATOR, lang, text).some((w) => cookie !== undefined && w.start >= cookie.end);
}
