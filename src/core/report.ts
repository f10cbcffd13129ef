import type { DataType, Lang, Recipient, RetentionKind, Right } from './vocabulary';

/** The report of ../shared/spec/report.md. Field names are fixed; fields may be added, never renamed. */
export interface Evidence {
  /** Segment id (index in document order). */
  segment: number;
  /** The sentence or passage, verbatim from the page. */
  text: string;
  score: number;
}

export interface Practice {
  found: boolean;
  evidence: Evidence[];
}

export interface CollectionPractice extends Practice {
  dataTypes: DataType[];
}

export interface SharingPractice extends Practice {
  recipients: Recipient[];
  named: string[];
  /** true, false, or null when the policy does not say. */
  sells: boolean | null;
}

export interface RetentionPractice extends Practice {
  kind: RetentionKind;
  /** ISO-8601 durations, one per distinct stated duration. */
  periods: string[];
}

export interface RightsPractice extends Practice {
  rights: Right[];
}

export interface ChildrenPractice extends Practice {
  minAge: number | null;
}

export interface Practices {
  collection: CollectionPractice;
  sharing: SharingPractice;
  retention: RetentionPractice;
  security: Practice;
  rights: RightsPractice;
  children: ChildrenPractice;
  international: Practice;
  changes: Practice;
  contact: { emails: string[]; evidence: Evidence[] };
}

/** The practices with a `found` flag, in report order (contact details have none). */
export function flaggedPractices(p: Practices): Practice[] {
  return [p.collection, p.sharing, p.retention, p.security, p.rights, p.children, p.international, p.changes];
}

/** What kind of page the detector thinks this is; `privacy-policy` is the only kind that gets a badge. */
export type PageKind = 'privacy-policy' | 'cookie-policy' | 'terms-of-service' | 'other';

export interface Detection {
  isPolicy: boolean;
  /** Calibrated probability that the page is a privacy policy. */
  score: number;
  kind: PageKind;
  /** A short human-readable reason, in English; the popup may show it. */
  reason: string;
}

export interface Report {
  version: 1;
  source: { url: string | null; title: string | null };
  language: Lang;
  detection: Detection;
  stats: { segments: number; words: number; ms: number };
  practices: Practices;
}
