/**
 * What tools/eval-lang.ts counts, per language: the classifier's labels of passages (SegmentFigures) and
 * what extraction found against gold (ExtractionFigures), with the errors it lists on the way (ErrorLog).
 */
import type { Claims } from '../../src/core/extract/index';
import {
  addOverlap,
  addSets,
  addTally,
  emptyOverlap,
  emptyTally,
  type Overlap,
  samePeriods,
  type Tally,
} from './lang-eval-metrics';
import type { GoldDocument, GoldPassage } from './lang-eval-set';

export const PRACTICE_LABELS = ['collection', 'sharing', 'retention'] as const;
export type PracticeLabel = (typeof PRACTICE_LABELS)[number];

export interface SegmentFigures {
  n: number;
  labels: Record<PracticeLabel, Overlap>;
}

export interface ExtractionFigures {
  n: number;
  dataTypes: Overlap;
  recipients: Overlap;
  retentionKind: Tally;
  periods: Tally;
  sells: Tally;
  language: Tally;
}

/** Where errors go: error pattern -> count ("doc: missed data type phone"), and every error in full. */
export interface ErrorLog {
  readonly patterns: Map<string, number>;
  readonly errors: string[];
}

export const emptySegments = (): SegmentFigures => ({
  n: 0,
  labels: { collection: emptyOverlap(), sharing: emptyOverlap(), retention: emptyOverlap() },
});

export const emptyExtraction = (): ExtractionFigures => ({
  n: 0,
  dataTypes: emptyOverlap(),
  recipients: emptyOverlap(),
  retentionKind: emptyTally(),
  periods: emptyTally(),
  sells: emptyTally(),
  language: emptyTally(),
});

export function addExtraction(into: ExtractionFigures, more: ExtractionFigures): void {
  into.n += more.n;
  addOverlap(into.dataTypes, more.dataTypes);
  addOverlap(into.recipients, more.recipients);
  for (const k of ['retentionKind', 'periods', 'sells', 'language'] as const) addTally(into[k], more[k]);
}

export function addSegments(into: SegmentFigures, more: SegmentFigures): void {
  into.n += more.n;
  for (const label of PRACTICE_LABELS) addOverlap(into.labels[label], more.labels[label]);
}

export function count(patterns: Map<string, number>, key: string): void {
  patterns.set(key, (patterns.get(key) ?? 0) + 1);
}

export const short = (text: string): string => (text.length > 90 ? `${text.slice(0, 87)}...` : text);

/**
 * Compares what extraction found (a page's practices or a passage's claims, both as Claims) with gold;
 * `where` prefixes the error patterns ("psg", "inp" or "doc").
 */
export function compareExtraction(
  log: ErrorLog,
  figures: ExtractionFigures,
  found: Claims,
  gold: GoldPassage | GoldDocument,
  where: 'psg' | 'inp' | 'doc',
): void {
  const at = `${where} ${gold.source}${'text' in gold ? `: ${short(gold.text)}` : ''}`;
  const dt = addSets(figures.dataTypes, found.dataTypes, gold.dataTypes);
  const rc = addSets(figures.recipients, found.recipients, gold.recipients);
  const miss = (what: string, items: readonly string[]) => {
    for (const x of items) count(log.patterns, `${where}: ${what} ${x}`);
    if (items.length > 0) log.errors.push(`${at} | ${what}: ${items.join(', ')}`);
  };
  miss('missed data type', dt.missed);
  miss('extra data type', dt.extra);
  miss('missed recipient', rc.missed);
  miss('extra recipient', rc.extra);
  if (gold.retention !== undefined) {
    const kind = found.retention.kind;
    figures.retentionKind.total++;
    if (kind === gold.retention.kind) figures.retentionKind.right++;
    else miss('retention', [`${gold.retention.kind}->${kind}`]);
    if (gold.retention.kind === 'specific') {
      figures.periods.total++;
      if (samePeriods(found.retention.periods, gold.retention.periods)) figures.periods.right++;
      else
        log.errors.push(
          `${at} | periods: gold ${gold.retention.periods.join(' ') || '-'} got ${found.retention.periods.join(' ') || '-'}`,
        );
    }
  }
  if (where === 'doc' || gold.sells !== null) {
    figures.sells.total++;
    if (found.sells === gold.sells) figures.sells.right++;
    else miss('sells', [`${String(gold.sells)}->${String(found.sells)}`]);
  }
}
