/**
 * The fixed vocabularies of ../shared/spec/report.md. Tools outside the extension read these names:
 * add to them only with the spec, never rename.
 */

export const SEGMENT_LABELS = [
  'collection',
  'sharing',
  'retention',
  'security',
  'access',
  'choices',
  'changes',
  'dnt',
  'audiences',
  'other',
] as const;
export type SegmentLabel = (typeof SEGMENT_LABELS)[number];
export type LabelScores = Record<SegmentLabel, number>;

export const DATA_TYPES = [
  'name',
  'email',
  'phone',
  'postal-address',
  'credentials',
  'government-id',
  'ip-address',
  'device-info',
  'cookies',
  'usage-data',
  'location',
  'payment',
  'demographics',
  'health',
  'biometric',
  'user-content',
  'communications',
  'professional',
  'social-profile',
] as const;
export type DataType = (typeof DATA_TYPES)[number];

export const RECIPIENTS = [
  'service-providers',
  'affiliates',
  'advertisers',
  'analytics',
  'social-networks',
  'business-partners',
  'authorities',
  'acquirers',
  'other-users',
] as const;
export type Recipient = (typeof RECIPIENTS)[number];

export const RETENTION_KINDS = ['specific', 'criteria', 'indefinite', 'none'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'portability',
  'objection',
  'restriction',
  'withdraw-consent',
  'complaint',
] as const;
export type Right = (typeof RIGHTS)[number];

/** The languages Plainly reads (ISO 639-1; Norwegian Bokmål and Nynorsk are both reported as `nb`). */
export const LANGUAGES = ['en', 'de', 'nl', 'nb', 'sv', 'da', 'fr', 'es', 'it', 'pl', 'pt'] as const;
export type Lang = (typeof LANGUAGES)[number];
