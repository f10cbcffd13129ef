import type { Lang } from '../vocabulary';
import { findAll, type LangTerms } from './lexicon';
import { negatedNear } from './negation';

/** A negation this close before or after the cue is its own: "We do not collect:", "Vi indsamler ikke:". */
const NEGATION_REACH = 12;
/**
 * Whether a list's introduction denies its practice ("We do not collect:", "Vi indsamler ikke:", "Nous ne
 * collectons pas les données suivantes :", "Wir erheben keine der folgenden Daten:"). `introLast` is the
 * introduction's last sentence, the one that announces the list ("We do not sell data. We collect:"
 * introduces data collected); its first cue of `cues` (the verb; a later one may be the list's
 * announcement, "suivantes") has a negation right beside it. The items of such a list are what the page
 * does NOT do.
 */
export function deniedIntro(cues: LangTerms, introLast: string, lang: Lang): boolean {
  if (introLast === '') return false;
  const first = findAll(cues, lang, introLast)[0];
  return first !== undefined && negatedNear(introLast, first, NEGATION_REACH, lang);
}
