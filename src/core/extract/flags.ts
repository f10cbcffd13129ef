import type { Evidence, Practice } from '../report';
import type { Lang } from '../vocabulary';
import { blankSpans } from './blank-spans';
import type { SentenceRef } from './context';
import { quote, topEvidence } from './evidence';
import { declareTables, findAll, hasAny, hasAnyOnce, type LangTerms, type Span } from './lexicon';
import flags from './lexicon/flags.json';
import { type KindTerms, typedLexicons } from './typed-matches';

/** The practices that are reported as "said or not" with their quotes. */
export type FlagTopic = 'security' | 'international' | 'changes';

/**
 * A topic's terms; masks: phrases whose words say nothing about the topic ("for your own safety");
 * denials: the practice itself denied ("we do not transfer", "Non sono previsti trasferimenti"), which
 * silences the topic's words after it in its clause; denialEnds: provisos that make a denial a condition
 * ("without", "unless", "except", "with the exception of"; "only" and "but" only before a destination, basis
 * or condition: "only to processors under ...", "but where ..."; "and only processed within the EU" and "but
 * store it in Germany" keep the denial; another party that transfers the data after "but", "but Google may
 * transfer it to ...", makes the denial only the site's own);
 * denialClauseEnds: where the denied act's clause ends and another statement begins (", and our servers
 * are ...", ", que se transfieren ..."; a bare "but": what follows is read on its own; a possessive or "all"
 * needs a verb after it, so a denied list of objects, "your name, email address, and usage data", stays
 * denied).
 */
interface FlagTerms extends KindTerms {
  readonly masks?: LangTerms;
  readonly denials?: LangTerms;
  readonly denialEnds?: LangTerms;
  readonly denialClauseEnds?: LangTerms;
}

const TERMS = flags as Readonly<Record<FlagTopic, FlagTerms>>;
declareTables([
  ...typedLexicons(TERMS, undefined),
  ...Object.values(TERMS).flatMap((t) =>
    [t.masks, t.denials, t.denialEnds, t.denialClauseEnds].filter((x) => x !== undefined),
  ),
]);

/** A general word ("secure", "changes") counts only in a passage the model or heading puts under the topic. */
const WEAK_AFFINITY = 0.5;

/** Whether a lexicon of the topic occurs in the sentence, outside the topic's masks. */
function mentions(table: LangTerms, lang: Lang, text: string, masked: string | null): boolean {
  return hasAny(table, lang, text) && (masked === null || hasAnyOnce(table, lang, masked));
}

/**
 * What the sentence's denials silence: each from its start to the end of its clause (a `;`, or a new
 * statement joined to it: "We do not store card details, and your data is transferred to the US" still
 * says a transfer). A denial with a proviso after it is a condition, no denial ("we do not transfer data
 * outside that region except ...", "shall not transfer ... to a third country without your prior
 * consent"): transfers happen on terms.
 */
function deniedSpans(terms: FlagTerms, lang: Lang, text: string): Span[] {
  if (!terms.denials) return [];
  const denials = findAll(terms.denials, lang, text);
  if (denials.length === 0) return [];
  const provisos = terms.denialEnds ? findAll(terms.denialEnds, lang, text) : [];
  const clauseEnds = terms.denialClauseEnds ? findAll(terms.denialClauseEnds, lang, text) : [];
  const spans: Span[] = [];
  for (const d of denials) {
    const semicolon = text.indexOf(';', d.end);
    // findAll gives spans in text order: the first after the denial ends its clause.
    const next = clauseEnds.find((c) => c.start >= d.end);
    const end = Math.min(semicolon < 0 ? text.length : semicolon, next ? next.start : text.length);
    // A proviso that opens the next clause ("but only to ...", "but we may") still conditions the denial.
    if (provisos.some((p) => p.start >= d.end && p.start <= end)) continue;
    spans.push({ start: d.start, end });
  }
  return spans;
}

/** The sentence with the topic's masks and denials blanked, or null where none occurs. */
function maskedText(terms: FlagTerms, lang: Lang, text: string): string | null {
  const spans = [...(terms.masks ? findAll(terms.masks, lang, text) : []), ...deniedSpans(terms, lang, text)];
  return spans.length === 0 ? null : blankSpans(text, spans);
}

/** Whether the page addresses a topic, with the sentences that do. */
export function extractFlag(refs: readonly SentenceRef[], topic: FlagTopic, lang: Lang): Practice {
  const terms = TERMS[topic];
  const evidence: Evidence[] = [];
  for (const ref of refs) {
    const text = ref.sentence.text;
    const aff = ref.ctx.affinity[topic];
    const masked = maskedText(terms, lang, text);
    if (terms.strong && mentions(terms.strong, lang, text, masked)) {
      evidence.push(quote(ref, 0.55 + 0.4 * aff));
    } else if (aff >= WEAK_AFFINITY && terms.weak && mentions(terms.weak, lang, text, masked)) {
      evidence.push(quote(ref, 0.35 + 0.4 * aff));
    }
  }
  return { found: evidence.length > 0, evidence: topEvidence(evidence) };
}
