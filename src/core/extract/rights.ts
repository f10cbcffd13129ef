import type { Evidence, RightsPractice } from '../report';
import { type Lang, RIGHTS, type Right } from '../vocabulary';
import type { SentenceRef } from './context';
import { quote, topEvidence } from './evidence';
import { declareTables, hasAny, type LangTerms } from './lexicon';
import { cues } from './lexicon/cues/index';
import rights from './lexicon/rights.json';
import { type KindTerms, typedLexicons, typedMatches } from './typed-matches';

const KINDS = rights.kinds as Readonly<Record<Right, KindTerms>>;
const MASKS = rights.masks as LangTerms;
const GRANT = cues.rightGrant as LangTerms;
const BLOCK = cues.rightBlock as LangTerms;
declareTables([BLOCK, GRANT, ...typedLexicons(KINDS, MASKS)]);

/** Without "right"/"you may request", a sentence counts only where the model calls it user access/control. */
const AFFINITY_ALONE = 0.6;

/** Whether a sentence grants the reader something (a right, a request they can make). */
function grants(ref: SentenceRef, lang: Lang): boolean {
  const { ctx, sentence } = ref;
  if (hasAny(BLOCK, lang, sentence.text) || hasAny(BLOCK, lang, ctx.intro)) return false;
  return (
    hasAny(GRANT, lang, sentence.text) ||
    (ctx.segment.kind === 'list-item' && hasAny(GRANT, lang, ctx.intro)) ||
    ctx.headingTopics.has('rights') ||
    ctx.affinity.rights >= AFFINITY_ALONE
  );
}

/** The data-subject rights a sentence grants. */
export function rightsIn(ref: SentenceRef, lang: Lang): Right[] {
  if (!grants(ref, lang)) return [];
  return [...new Set(typedMatches(KINDS, MASKS, ref.sentence.text, lang).map((m) => m.kind))];
}

/** The GDPR-style rights (access, erasure, complaint...) a page grants, with the sentences granting them. */
export function extractRights(refs: readonly SentenceRef[], lang: Lang): RightsPractice {
  const found = new Set<Right>();
  const evidence: Evidence[] = [];
  for (const ref of refs) {
    const rs = rightsIn(ref, lang);
    if (rs.length === 0) continue;
    for (const r of rs) found.add(r);
    evidence.push(quote(ref, 0.5 + 0.1 * Math.min(rs.length, 3) + 0.2 * ref.ctx.affinity.rights));
  }
  const list = RIGHTS.filter((r) => found.has(r));
  return { found: list.length > 0, rights: list, evidence: topEvidence(evidence) };
}
