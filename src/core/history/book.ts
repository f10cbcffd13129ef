import { describeChanges, type PolicyChange } from './changes';
import { type Fingerprint, isFingerprint } from './fingerprint';
import limits from './limits.json';

/** One remembered policy: its latest version and, once it changed, the version before. */
export interface HistoryEntry {
  current: Fingerprint;
  previous: Fingerprint | null;
  /** When the change from `previous` to `current` was first seen (ISO 8601), or null. */
  changedAt: string | null;
}

/** Everything Plainly remembers, keyed by siteKey(); bounded to `maxSites`, least recently seen dropped. */
export interface HistoryBook {
  version: 1;
  sites: Record<string, HistoryEntry>;
}

/** What the card says about a policy that changed. */
export interface HistoryNote {
  /** When the older version was last seen (ISO 8601). */
  since: string;
  /** When the newer version was first seen (ISO 8601). */
  changedAt: string;
  changes: PolicyChange[];
  /** True on the visit that noticed the change; false on later visits to the same version. */
  fresh: boolean;
}

export const MAX_SITES: number = limits.maxSites;

export function emptyBook(): HistoryBook {
  return { version: 1, sites: {} };
}

function isEntry(value: unknown, site: string): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    isFingerprint(entry.current) &&
    entry.current.site === site &&
    (entry.previous === null || isFingerprint(entry.previous)) &&
    (entry.changedAt === null || typeof entry.changedAt === 'string')
  );
}

/** A book read back from storage: entries that do not check out are dropped, the bound is applied. */
export function parseBook(value: unknown, maxSites: number = MAX_SITES): HistoryBook {
  if (typeof value !== 'object' || value === null) return emptyBook();
  const raw = value as Record<string, unknown>;
  if (raw.version !== 1 || typeof raw.sites !== 'object' || raw.sites === null) return emptyBook();
  const sites: Record<string, HistoryEntry> = {};
  for (const [site, entry] of Object.entries(raw.sites as Record<string, unknown>)) {
    if (isEntry(entry, site)) sites[site] = entry;
  }
  return bounded({ version: 1, sites }, maxSites);
}

/** Keeps the `maxSites` most recently seen entries. */
function bounded(book: HistoryBook, maxSites: number): HistoryBook {
  const entries = Object.entries(book.sites);
  if (entries.length <= maxSites) return book;
  entries.sort(([, a], [, b]) => Date.parse(b.current.seenAt) - Date.parse(a.current.seenAt));
  return { version: 1, sites: Object.fromEntries(entries.slice(0, maxSites)) };
}

function noteFor(entry: HistoryEntry, fresh: boolean): HistoryNote | null {
  if (!entry.previous || !entry.changedAt) return null;
  return {
    since: entry.previous.seenAt,
    changedAt: entry.changedAt,
    changes: describeChanges(entry.previous, entry.current),
    fresh,
  };
}

/** The entry after a visit that read `seen`. */
function nextEntry(
  known: HistoryEntry | undefined,
  seen: Fingerprint,
): { entry: HistoryEntry; fresh: boolean } {
  // First visit, or read by another analyser: nothing to compare with that would be fair.
  if (!known || known.current.analyser !== seen.analyser) {
    return { entry: { current: seen, previous: null, changedAt: null }, fresh: false };
  }
  if (known.current.hash === seen.hash) {
    return { entry: { ...known, current: seen }, fresh: false };
  }
  return { entry: { current: seen, previous: known.current, changedAt: seen.seenAt }, fresh: true };
}

/**
 * Records a visit to a policy: the new book (the visited site becomes the most recent one) and, when the
 * policy differs from an earlier version, the note for the card.
 */
export function recordVisit(
  book: HistoryBook,
  seen: Fingerprint,
  maxSites: number = MAX_SITES,
): { book: HistoryBook; note: HistoryNote | null } {
  const { entry, fresh } = nextEntry(book.sites[seen.site], seen);
  const sites = { ...book.sites, [seen.site]: entry };
  return { book: bounded({ version: 1, sites }, maxSites), note: noteFor(entry, fresh) };
}

/** How many policies are remembered. */
export function bookSize(book: HistoryBook): number {
  return Object.keys(book.sites).length;
}
