import { type Evidence, flaggedPractices, type Report } from '../report';
import {
  DATA_TYPES,
  type DataType,
  RECIPIENTS,
  RETENTION_KINDS,
  type Recipient,
  type RetentionKind,
  RIGHTS,
  type Right,
} from '../vocabulary';
import { contentHash } from './hash';
import limits from './limits.json';
import { orderPeriods } from './periods';

export interface RetentionPrint {
  kind: RetentionKind;
  /** ISO-8601 durations, shortest first. */
  periods: string[];
}

/**
 * What Plainly remembers of one analysed policy: the practices a reader cares about, in a canonical
 * order, and a hash of them. No text of the policy is kept, only a hash of the quoted sentences.
 */
export interface Fingerprint {
  /** siteKey() of the policy's address. */
  site: string;
  /** The analyser that read it (the extension's version): a newer one may read the same text differently. */
  analyser: string;
  dataTypes: DataType[];
  recipients: Recipient[];
  named: string[];
  sells: boolean | null;
  retention: RetentionPrint;
  rights: Right[];
  /** Hash of the sentences quoted as evidence: changes when the wording changes. */
  wording: string;
  /** When this version was last seen (ISO 8601 date-time). */
  seenAt: string;
  /** Hash of everything above except seenAt: two versions with the same hash say the same. */
  hash: string;
}

export interface FingerprintContext {
  site: string;
  analyser: string;
  seenAt: string;
}

/** Terms of a fixed vocabulary, deduplicated, in the vocabulary's order. */
function inOrder<T extends string>(vocabulary: readonly T[], terms: readonly T[]): T[] {
  const present = new Set(terms);
  return vocabulary.filter((term) => present.has(term));
}

/** Named companies, deduplicated case-insensitively, alphabetical, bounded in number and length. */
function canonicalNames(names: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const clean = name.trim().replace(/\s+/g, ' ').slice(0, limits.maxNameChars);
    if (clean && !byKey.has(clean.toLowerCase())) byKey.set(clean.toLowerCase(), clean);
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, name]) => name)
    .slice(0, limits.maxNamed);
}

function allEvidence(report: Report): Evidence[] {
  const p = report.practices;
  return [...flaggedPractices(p), p.contact].flatMap((practice) => practice.evidence);
}

function wordingHash(report: Report): string {
  const sentences = [...new Set(allEvidence(report).map((e) => e.text.replace(/\s+/g, ' ').trim()))].sort();
  return contentHash(sentences.join('\n'));
}

function hashOf(print: Omit<Fingerprint, 'seenAt' | 'hash'>): string {
  return contentHash(
    JSON.stringify([
      print.site,
      print.analyser,
      print.dataTypes,
      print.recipients,
      print.named,
      print.sells,
      print.retention.kind,
      print.retention.periods,
      print.rights,
      print.wording,
    ]),
  );
}

/** The fingerprint of a report. */
export function fingerprintOf(report: Report, context: FingerprintContext): Fingerprint {
  const { collection, sharing, retention, rights } = report.practices;
  const print = {
    site: context.site,
    analyser: context.analyser,
    dataTypes: inOrder(DATA_TYPES, collection.dataTypes),
    recipients: inOrder(RECIPIENTS, sharing.recipients),
    named: canonicalNames(sharing.named),
    sells: sharing.sells,
    retention: {
      kind: retention.kind,
      periods:
        retention.kind === 'specific' ? orderPeriods(retention.periods).slice(0, limits.maxPeriods) : [],
    },
    rights: inOrder(RIGHTS, rights.rights),
    wording: wordingHash(report),
  };
  return { ...print, seenAt: context.seenAt, hash: hashOf(print) };
}

// ---- reading back what was stored (storage is data from an older version, or tampered with) ----

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isString = (value: unknown): value is string => typeof value === 'string';

function isTermList<T extends string>(value: unknown, vocabulary: readonly T[]): value is T[] {
  return Array.isArray(value) && value.every((term) => (vocabulary as readonly unknown[]).includes(term));
}

function isRetentionPrint(value: unknown): value is RetentionPrint {
  return (
    isRecord(value) &&
    (RETENTION_KINDS as readonly unknown[]).includes(value.kind) &&
    Array.isArray(value.periods) &&
    value.periods.length <= limits.maxPeriods &&
    value.periods.every(isString)
  );
}

export function isFingerprint(value: unknown): value is Fingerprint {
  return (
    isRecord(value) &&
    isString(value.site) &&
    isString(value.analyser) &&
    isTermList(value.dataTypes, DATA_TYPES) &&
    isTermList(value.recipients, RECIPIENTS) &&
    Array.isArray(value.named) &&
    value.named.length <= limits.maxNamed &&
    value.named.every(isString) &&
    (value.sells === null || typeof value.sells === 'boolean') &&
    isRetentionPrint(value.retention) &&
    isTermList(value.rights, RIGHTS) &&
    isString(value.wording) &&
    isString(value.seenAt) &&
    !Number.isNaN(Date.parse(value.seenAt)) &&
    isString(value.hash)
  );
}
