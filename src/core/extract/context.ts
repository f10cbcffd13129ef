import type { Segment } from '../page/segment';
import { type Sentence, splitSentences } from '../text/sentences';
import type { LabelScores, Lang, SegmentLabel } from '../vocabulary';
import { declareTables, hasAny, type LangTerms } from './lexicon';
import headings from './lexicon/headings.json';

/** What a passage is about, as far as extraction cares. */
export type Topic =
  | 'collection'
  | 'sharing'
  | 'retention'
  | 'security'
  | 'rights'
  | 'changes'
  | 'children'
  | 'international'
  | 'contact';

/** The classifier label that speaks for each topic. */
const TOPIC_LABEL: Readonly<Record<Topic, SegmentLabel>> = {
  collection: 'collection',
  sharing: 'sharing',
  retention: 'retention',
  security: 'security',
  rights: 'access',
  changes: 'changes',
  children: 'audiences',
  international: 'audiences',
  contact: 'other',
};

const TOPICS = Object.keys(TOPIC_LABEL) as Topic[];
/** How much a matching section heading counts, on the classifier's probability scale. */
export const HEADING_WEIGHT = 0.8;

const HEADING_TERMS = headings as Readonly<Record<Topic, LangTerms>>;
declareTables(TOPICS.map((topic) => HEADING_TERMS[topic]));

/** One segment with what extraction needs around it. */
export interface SegmentContext {
  readonly segment: Segment;
  readonly sentences: readonly Sentence[];
  /** For a list item: the paragraph that introduces its list ("We collect the following data:"), else ''. */
  readonly intro: string;
  /** The last sentence of `intro`, the one that announces the list ("We do not collect:"), else ''. */
  readonly introLast: string;
  /** Topics its section heading (or its list's intro) names. */
  readonly headingTopics: ReadonlySet<Topic>;
  /** max(classifier probability, heading evidence) per topic, in [0, 1]. */
  readonly affinity: Readonly<Record<Topic, number>>;
}

/** A sentence of a segment. */
export interface SentenceRef {
  readonly ctx: SegmentContext;
  readonly sentence: Sentence;
}

/** Builds the per-segment context of a page; headings themselves carry no practices and are left out. */
export function buildContexts(
  segments: readonly Segment[],
  scores: readonly LabelScores[],
  lang: Lang,
): SegmentContext[] {
  const contexts: SegmentContext[] = [];
  // The segments of a section share their heading: its topics are read once.
  const topicsByHeading = new Map<string, ReadonlySet<Topic>>();
  // Each heading's own section heading (its parent), where that is no page title (level 1).
  const parentOf = new Map<string, string>();
  // The level of the last heading of each text: a heading's parent is the last one of its `heading` text.
  const levelOf = new Map<string, number>();
  // Each segment's sentences, by segment index: a list item reads its introduction's last one.
  const sentencesAt: (readonly Sentence[])[] = [];
  // The introduction of the list run the last list item belongs to: the next item of the run shares it.
  let runIntro = -1;
  segments.forEach((segment, i) => {
    if (segment.kind === 'heading') {
      const parentLevel = levelOf.get(segment.heading);
      if (
        parentLevel !== undefined &&
        parentLevel >= 2 &&
        parentLevel < segment.level &&
        !parentOf.has(segment.text)
      )
        parentOf.set(segment.text, segment.heading);
      levelOf.set(segment.text, segment.level);
      return;
    }
    if (segment.kind === 'list-item' && segments[i - 1]?.kind !== 'list-item')
      runIntro = listIntroIndex(segments, i);
    const introIndex = segment.kind === 'list-item' ? runIntro : -1;
    const intro = introIndex >= 0 ? (segments[introIndex]?.text ?? '') : '';
    const introLast = introIndex >= 0 ? (sentencesAt[introIndex]?.at(-1)?.text ?? '') : '';
    let headingTopics = topicsByHeading.get(segment.heading);
    if (!headingTopics) {
      headingTopics = sectionTopics(segment.heading, parentOf, lang);
      topicsByHeading.set(segment.heading, headingTopics);
    }
    const own = scores[i];
    const introScores = introIndex >= 0 ? scores[introIndex] : undefined;
    const sentences = splitSentences(segment.text, lang);
    sentencesAt[i] = sentences;
    contexts.push({
      segment,
      sentences,
      intro,
      introLast,
      headingTopics,
      affinity: affinityOf(headingTopics, own, introScores),
    });
  });
  return contexts;
}

/** Every sentence of the page, in order. */
export function sentencesOf(contexts: readonly SegmentContext[]): SentenceRef[] {
  return contexts.flatMap((ctx) => ctx.sentences.map((sentence) => ({ ctx, sentence })));
}

/** Topics named by a heading text. */
export function topicsOf(heading: string, lang: Lang): ReadonlySet<Topic> {
  const topics = new Set<Topic>();
  if (!heading) return topics;
  for (const topic of TOPICS) {
    const terms = HEADING_TERMS[topic];
    if (terms && hasAny(terms, lang, heading)) topics.add(topic);
  }
  return topics;
}

/**
 * Topics of a section heading. One that names none ("Forældre", "2.1 Dati dei Biologi") and stands in a
 * section about collection ("2. Categorie di Dati Trattati") is a subsection of the data collected, named
 * for whose data it is. Only collection is inherited: a subsection of "Coordinated disclosure" (security
 * disclosure) or of a sharing section says nothing of sharing by its place alone.
 */
function sectionTopics(
  heading: string,
  parentOf: ReadonlyMap<string, string>,
  lang: Lang,
): ReadonlySet<Topic> {
  const own = topicsOf(heading, lang);
  const parent = parentOf.get(heading);
  if (own.size > 0 || parent === undefined) return own;
  return topicsOf(parent, lang).has('collection') ? new Set<Topic>(['collection']) : own;
}

function affinityOf(
  headingTopics: ReadonlySet<Topic>,
  own: LabelScores | undefined,
  intro: LabelScores | undefined,
): Record<Topic, number> {
  const affinity = {} as Record<Topic, number>;
  for (const topic of TOPICS) {
    const label = TOPIC_LABEL[topic];
    affinity[topic] = Math.max(
      own?.[label] ?? 0,
      (intro?.[label] ?? 0) * 0.9,
      headingTopics.has(topic) ? HEADING_WEIGHT : 0,
    );
  }
  return affinity;
}

/** The paragraph right before the run of list items that contains segments[i], if it introduces the list. */
function listIntroIndex(segments: readonly Segment[], i: number): number {
  let j = i - 1;
  while (j >= 0 && segments[j]?.kind === 'list-item') j--;
  const candidate = segments[j];
  if (candidate?.kind !== 'paragraph') return -1;
  return /[:：]\s*$/.test(candidate.text) || candidate.text.length <= 240 ? j : -1;
}
