import type { Lang } from '../vocabulary';
import { findAll, type LangTerms } from './lexicon';
import { negatedNear } from './negation';

/** A negation this close before or after the cue is its own: "We do not collect:", "Vi indsamler ikke:". */
const NEGATION_REACH = 12;

/**
 * Whether a list's introduction denies its practice ("We do not collect:", "Vi indsamler ikke:", "Nous ne
 * collectons pas les données suivantes :", "Wir erheben keine der folgenden Daten:"): its first cue of
 * `cues` (the verb; a later one may be the list's announcement, "suivantes") has a negation right beside
 * it. The items of such a list are what the page does NOT do.
 */
export function deniedIntro(cues: LangTerms, intro: string, lang: Lang): boolean {
  if (intro === '') return false;
  const first = findAll(cues, lang, intro)[0];
  return first !== undefined && negatedNear(intro, first, NEGATION_REACH, lang);
}
