import { hasAny, type LangTerms } from '../core/extract/lexicon';
import selling from '../core/extract/lexicon/selling.json';
import type { Evidence } from '../core/report';
import type { Lang } from '../core/vocabulary';

const VERBS = selling.verbs as LangTerms;

/**
 * The sentences behind "sold or not": the sharing sentences that speak of selling (the extraction's own
 * selling verbs, per language); all sharing sentences when none does, so the claim is never without a source.
 */
export function sellsEvidence(sharing: readonly Evidence[], lang: Lang): Evidence[] {
  const selling = sharing.filter((evidence) => hasAny(VERBS, lang, evidence.text));
  return selling.length > 0 ? selling : [...sharing];
}
