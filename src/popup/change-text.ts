import type { MessageKey } from '../browser';
import type { HistoryNote } from '../core/history/book';
import type { PolicyChange } from '../core/history/changes';
import { retentionInline } from './format';
import { dateInWords, type I18n, listInWords } from './i18n';
import { DATA_TYPE_LABELS, RECIPIENT_LABELS, RIGHT_LABELS } from './labels';

type ListChange = Extract<PolicyChange, { added: unknown[] }>;

const LIST_KEYS: Record<ListChange['kind'], { added: MessageKey; removed: MessageKey }> = {
  collects: { added: 'changeCollectsAdded', removed: 'changeCollectsRemoved' },
  shares: { added: 'changeSharesAdded', removed: 'changeSharesRemoved' },
  named: { added: 'changeNamedAdded', removed: 'changeNamedRemoved' },
  rights: { added: 'changeRightsAdded', removed: 'changeRightsRemoved' },
};

function labelsOf(change: ListChange, items: readonly string[], i18n: I18n): string[] {
  switch (change.kind) {
    case 'collects':
      return items.map((d) => i18n.t(DATA_TYPE_LABELS[d as keyof typeof DATA_TYPE_LABELS]));
    case 'shares':
      return items.map((r) => i18n.t(RECIPIENT_LABELS[r as keyof typeof RECIPIENT_LABELS]));
    case 'rights':
      return items.map((r) => i18n.t(RIGHT_LABELS[r as keyof typeof RIGHT_LABELS]));
    case 'named':
      return [...items];
  }
}

function listLines(change: ListChange, i18n: I18n): string[] {
  const keys = LIST_KEYS[change.kind];
  const lines: string[] = [];
  if (change.added.length > 0)
    lines.push(i18n.t(keys.added, listInWords(labelsOf(change, change.added, i18n), i18n)));
  if (change.removed.length > 0) {
    lines.push(i18n.t(keys.removed, listInWords(labelsOf(change, change.removed, i18n), i18n)));
  }
  return lines;
}

function sellsLine(to: boolean | null, i18n: I18n): string {
  if (to === null) return i18n.t('changeSellsUnknown');
  return i18n.t(to ? 'changeSellsYes' : 'changeSellsNo');
}

type RetentionChange = Extract<PolicyChange, { kind: 'retention' }>;

/** Between two specific retentions, only the durations that differ: "5 years instead of 2 years". */
function periodLine(change: RetentionChange, i18n: I18n): string | null {
  if (change.from.kind !== 'specific' || change.to.kind !== 'specific') return null;
  const added = change.to.periods.filter((p) => !change.from.periods.includes(p));
  const removed = change.from.periods.filter((p) => !change.to.periods.includes(p));
  const words = (periods: string[]) => retentionInline({ kind: 'specific', periods }, i18n);
  if (added.length > 0 && removed.length > 0)
    return i18n.t('changeRetention', [words(added), words(removed)]);
  if (added.length > 0) return i18n.t('changeRetentionAdded', words(added));
  if (removed.length > 0) return i18n.t('changeRetentionRemoved', words(removed));
  return null;
}

function retentionLine(change: RetentionChange, i18n: I18n): string {
  const before = retentionInline(change.from, i18n);
  const now = retentionInline(change.to, i18n);
  if (change.to.kind === 'none') return i18n.t('changeRetentionGone', before);
  if (change.from.kind === 'none') return i18n.t('changeRetentionNew', now);
  return periodLine(change, i18n) ?? i18n.t('changeRetention', [now, before]);
}

/** One sentence per change, in the UI language: "Now also shares with: Advertisers". */
export function changeLines(changes: readonly PolicyChange[], i18n: I18n): string[] {
  return changes.flatMap((change) => {
    switch (change.kind) {
      case 'sells':
        return [sellsLine(change.to, i18n)];
      case 'retention':
        return [retentionLine(change, i18n)];
      default:
        return listLines(change, i18n);
    }
  });
}

/** The change note of the card: its heading line, the date line and the change sentences. */
export function changeNote(note: HistoryNote, i18n: I18n): { title: string; since: string; lines: string[] } {
  const lines = changeLines(note.changes, i18n);
  return {
    title: i18n.t('changedTitle'),
    since: i18n.t('changedSince', dateInWords(note.since, i18n)),
    lines: lines.length > 0 ? lines : [i18n.t('changedWordingOnly')],
  };
}
