import type { Lang } from '../vocabulary';
import type { SentenceRef } from './context';
import { declareTables, hasAny, type LangTerms } from './lexicon';
import { cues } from './lexicon/cues/index';

/**
 * "aggregati e anonimi", "aggregated and anonymised", "dati operativi aggregati (mai nominali)": the data a
 * sentence speaks of are anonymous figures about groups, no personal data (audit13 it-2: "I dati inseriti
 * sono esclusivamente aggregati e anonimi: ... distribuzione per sesso e fascia d'età" gave demographics;
 * "i dati operativi aggregati (mai nominali) possono essere utilizzati per: Presentazioni istituzionali
 * (Ministero dell'Istruzione, enti pubblici)" gave authorities). Both words, or "aggregated" with "never
 * named", are needed: "aggregated statistics" alone or "anonymous" alone do not say it.
 */
const ANONYMOUS_AGGREGATES = cues.anonymousAggregates as LangTerms;
declareTables([ANONYMOUS_AGGREGATES]);

/** Whether a sentence (or, for a list item, its intro) says its data are anonymous aggregates. */
export function aboutAnonymousAggregates(ref: SentenceRef, lang: Lang): boolean {
  const { ctx, sentence } = ref;
  if (hasAny(ANONYMOUS_AGGREGATES, lang, sentence.text)) return true;
  return ctx.segment.kind === 'list-item' && hasAny(ANONYMOUS_AGGREGATES, lang, ctx.intro);
}
