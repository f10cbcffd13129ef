import type { DataType, Recipient, Right } from '../vocabulary';
import type { Fingerprint, RetentionPrint } from './fingerprint';

/** A difference between two versions of a policy, in what it says (words are the popup's business). */
export type PolicyChange =
  | { kind: 'collects'; added: DataType[]; removed: DataType[] }
  | { kind: 'shares'; added: Recipient[]; removed: Recipient[] }
  | { kind: 'named'; added: string[]; removed: string[] }
  | { kind: 'sells'; from: boolean | null; to: boolean | null }
  | { kind: 'retention'; from: RetentionPrint; to: RetentionPrint }
  | { kind: 'rights'; added: Right[]; removed: Right[] };

function difference<T>(a: readonly T[], b: readonly T[]): T[] {
  const other = new Set(b);
  return a.filter((item) => !other.has(item));
}

/** Added and removed terms of a list, or null when the list did not change. */
function listChange<T>(before: readonly T[], after: readonly T[]): { added: T[]; removed: T[] } | null {
  const added = difference(after, before);
  const removed = difference(before, after);
  return added.length > 0 || removed.length > 0 ? { added, removed } : null;
}

/** Named companies compare case-insensitively ("Google" and "google" are one company). */
function namedChange(before: readonly string[], after: readonly string[]) {
  const lower = (names: readonly string[]) => new Set(names.map((n) => n.toLowerCase()));
  const was = lower(before);
  const now = lower(after);
  const added = after.filter((n) => !was.has(n.toLowerCase()));
  const removed = before.filter((n) => !now.has(n.toLowerCase()));
  return added.length > 0 || removed.length > 0 ? { added, removed } : null;
}

function sameRetention(a: RetentionPrint, b: RetentionPrint): boolean {
  return a.kind === b.kind && a.periods.join(' ') === b.periods.join(' ');
}

/**
 * What changed from the older version to the newer one, in collection, sharing (recipients, named
 * companies, selling), retention and rights; empty when the practices are the same (only the wording
 * may differ).
 */
export function describeChanges(older: Fingerprint, newer: Fingerprint): PolicyChange[] {
  const changes: PolicyChange[] = [];
  const collects = listChange(older.dataTypes, newer.dataTypes);
  if (collects) changes.push({ kind: 'collects', ...collects });
  const shares = listChange(older.recipients, newer.recipients);
  if (shares) changes.push({ kind: 'shares', ...shares });
  const named = namedChange(older.named, newer.named);
  if (named) changes.push({ kind: 'named', ...named });
  if (older.sells !== newer.sells) changes.push({ kind: 'sells', from: older.sells, to: newer.sells });
  if (!sameRetention(older.retention, newer.retention)) {
    changes.push({ kind: 'retention', from: older.retention, to: newer.retention });
  }
  const rights = listChange(older.rights, newer.rights);
  if (rights) changes.push({ kind: 'rights', ...rights });
  return changes;
}
