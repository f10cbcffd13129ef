import type { Lang } from '../vocabulary';
import { findAll, type LangTerms } from './lexicon';
import { negatedNear } from './negation';

/** A negation this close before or after the cue is its own: "We do not collect:", "Vi indsamler ikke:". */
const NEGATION_REACH = 12;
/** A sentence end inside an introduction: only its last sentence announces the list. */
const SENTENCE_END = /[.!?]\s+/;

/**
 * Whether a list's introduction denies its practice ("We do not collect:", "Vi indsamler ikke:", "Nous ne
 * collectons pas les données suivantes :", "Wir erheben keine der folgenden Daten:"): in its last sentence
 * (the one that announces the list: "We do not sell data. We collect:" introduces data collected), the
 * first cue of `cues` (the verb; a later one may be the list's announcement, "suivantes") has a negation
 * right beside it. The items of such a list are what the page does NOT do.
 */
export function deniedIntro(cues: LangTerms, intro: string, lang: Lang): boolean {
  const sentences = intro.split(SENTENCE_END);
  const last = sentences[sentences.length - 1] ?? '';
  if (last === '') return false;
  const first = findAll(cues, lang, last)[0];
  return first !== undefined && negatedNear(last, first, NEGATION_REACH, lang);
}
