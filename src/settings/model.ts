/**
 * The user's settings: what they are, their defaults, and how a stored value (from this version, an
 * older one, or a newer one on another synced device) is read. Pure: no browser API here.
 */
import limits from './limits.json';

export interface Settings {
  /** Run the cheap gate on every page by itself; when off, Plainly reads a page only when asked. */
  autoDetect: boolean;
  /** Show the badge on the toolbar button. */
  badge: boolean;
  /** Hosts where Plainly does nothing at all (subdomains included), lower case, without "www.". */
  neverRun: string[];
}

/** The stored shape (storage.sync key `settings`). */
export interface StoredSettings extends Settings {
  version: typeof SETTINGS_VERSION;
}

export const SETTINGS_VERSION = 1;
export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  autoDetect: true,
  badge: true,
  neverRun: [],
});

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A host as typed by the user ("https://www.Example.org/path", "example.org", "*.example.org")
 * reduced to "example.org"; null when it is not a host name.
 */
export function normaliseHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  text = text.replace(/^\*\./, '');
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `http://${text}`;
  let host: string;
  try {
    host = new URL(text).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
  const bracketed = /^\[[0-9a-f:.]+\]$/;
  if (host.length === 0 || host.length > limits.maxHostChars) return null;
  if (!bracketed.test(host) && !host.split('.').every((part) => label.test(part))) return null;
  return host;
}

/** Bytes of the stored JSON, the way storage.sync counts an item (key plus JSON value). */
function itemBytes(settings: StoredSettings): number {
  return new TextEncoder().encode(SETTINGS_KEY + JSON.stringify(settings)).length;
}

/** Normalised, deduplicated hosts; bounded so the settings fit in one storage.sync item. */
export function normaliseSiteList(list: readonly unknown[]): string[] {
  const hosts: string[] = [];
  for (const item of list) {
    const host = typeof item === 'string' ? normaliseHost(item) : null;
    if (host && !hosts.includes(host)) hosts.push(host);
  }
  return hosts.slice(0, limits.maxSites);
}

/** True when the settings can be stored in one storage.sync item. */
export function fitsInSync(settings: Settings): boolean {
  return itemBytes({ version: SETTINGS_VERSION, ...settings }) <= limits.maxItemBytes;
}

/** The entry of the never-run list that covers this host (itself or a parent domain), or null. */
export function neverRunEntry(hostname: string, neverRun: readonly string[]): string | null {
  const host = hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  return neverRun.find((entry) => host === entry || host.endsWith(`.${entry}`)) ?? null;
}

/** Is Plainly told never to run on this page's host (or a parent domain of it)? */
export function isNeverRun(hostname: string, neverRun: readonly string[]): boolean {
  return neverRunEntry(hostname, neverRun) !== null;
}

const bool = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);

/** Reads the current shape, field by field; anything missing or malformed takes its default. */
function readCurrent(raw: Fields): Settings {
  return {
    autoDetect: bool(raw.autoDetect, DEFAULT_SETTINGS.autoDetect),
    badge: bool(raw.badge, DEFAULT_SETTINGS.badge),
    neverRun: Array.isArray(raw.neverRun) ? normaliseSiteList(raw.neverRun) : [],
  };
}

/**
 * Steps from each older stored version to the next one. Version 0 is anything stored without a version
 * (no release wrote one; a hand-edited or partial value is read with the current field names).
 * A future layout change adds one step here and bumps SETTINGS_VERSION.
 */
const MIGRATIONS: Readonly<Record<number, (raw: Fields) => Fields>> = {
  0: (raw) => ({ ...raw, version: 1 }),
};

/**
 * The settings of any stored value: nothing stored gives the defaults; an older version is migrated
 * step by step; a newer version (synced from a newer Plainly) is read for the fields this version knows.
 */
export function migrateSettings(stored: unknown): Settings {
  if (!isRecord(stored)) return { ...DEFAULT_SETTINGS, neverRun: [] };
  let raw = stored;
  let version = Number.isInteger(stored.version) ? Number(stored.version) : 0;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    raw = step(raw);
    version++;
  }
  return readCurrent(raw);
}

/** True when a stored value should be rewritten in the current layout. */
export function needsMigration(stored: unknown): boolean {
  return (
    isRecord(stored) && stored.version !== SETTINGS_VERSION && !(Number(stored.version) > SETTINGS_VERSION)
  );
}

/** What is written to storage.sync. */
export function toStored(settings: Settings): StoredSettings {
  return { version: SETTINGS_VERSION, ...readCurrent({ ...settings }) };
}
