/**
 * Readers for the OPP-115 and MAPP segment files of ../shared/data (see its README.md), and the mapping
 * of their categories to Plainly's segment labels (spec/report.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Lang, SEGMENT_LABELS, type SegmentLabel } from '../../src/core/vocabulary';

export type CorpusName = 'opp115' | 'mapp-en' | 'mapp-de';
export type Split = 'train' | 'validation';

export interface Attribute {
  readonly category: string | null;
  readonly attribute: string;
  readonly value: string | null;
  readonly span: string | null;
}

export interface PolicySegment {
  readonly corpus: 'opp115' | 'mapp';
  readonly policy_id: string;
  readonly site: string;
  readonly lang: 'en' | 'de';
  readonly segment: number;
  readonly text: string;
  readonly labels_majority: readonly string[];
  readonly labels_union: readonly string[];
  readonly attributes: readonly Attribute[];
}

/** OPP-115 top-level categories (and MAPP's two) -> Plainly segment labels. */
export const CATEGORY_LABEL: Readonly<Record<string, SegmentLabel>> = {
  'First Party Collection/Use': 'collection',
  'Third Party Sharing/Collection': 'sharing',
  'Data Retention': 'retention',
  'Data Security': 'security',
  'User Access, Edit and Deletion': 'access',
  'User Choice/Control': 'choices',
  'Policy Change': 'changes',
  'Do Not Track': 'dnt',
  'International and Specific Audiences': 'audiences',
  Other: 'other',
  'First Party': 'collection',
  'Third Party': 'sharing',
};

/** Labels a corpus annotates; the others are unknown (masked) for its segments. */
export const CORPUS_LABELS: Readonly<Record<CorpusName, readonly SegmentLabel[]>> = {
  opp115: SEGMENT_LABELS,
  'mapp-en': ['collection', 'sharing'],
  'mapp-de': ['collection', 'sharing'],
};

export const CORPORA: readonly CorpusName[] = ['opp115', 'mapp-en', 'mapp-de'];

export function corpusFile(dataDir: string, corpus: CorpusName, split: Split): string {
  const rel = corpus === 'opp115' ? 'opp115' : join('mapp', corpus.slice(5));
  return join(dataDir, rel, `${split}.jsonl`);
}

export function corpusLang(corpus: CorpusName): Lang {
  return corpus === 'mapp-de' ? 'de' : 'en';
}

export function readSegments(dataDir: string, corpus: CorpusName, split: Split): PolicySegment[] {
  const text = readFileSync(corpusFile(dataDir, corpus, split), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as PolicySegment);
}

/** The segment labels of a list of corpus categories (unknown categories are ignored). */
export function labelsOf(categories: readonly string[]): Set<SegmentLabel> {
  const out = new Set<SegmentLabel>();
  for (const c of categories) {
    const l = CATEGORY_LABEL[c];
    if (l !== undefined) out.add(l);
  }
  return out;
}
