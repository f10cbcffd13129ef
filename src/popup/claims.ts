/**
 * The card as data: each claim with its state, what it says in words and the sentences it was read from.
 * Pure (strings through the I18n argument) so the card and the copied summary say the same thing.
 */
import type { MessageKey } from '../browser';
import type { Evidence, Report } from '../core/report';
import { retentionTexts } from './format';
import { howToUseRights } from './how-to';
import type { I18n } from './i18n';
import { DATA_TYPE_LABELS, RECIPIENT_LABELS, RIGHT_LABELS } from './labels';
import { sellsEvidence } from './sells-evidence';

/** What the policy says about a point: yes, no, or nothing. */
export type Tri = 'yes' | 'no' | 'unknown';

export type ClaimId =
  | 'collection'
  | 'sharing'
  | 'sells'
  | 'retention'
  | 'security'
  | 'rights'
  | 'children'
  | 'international'
  | 'changes'
  | 'contact';

export interface ClaimList {
  /** A caption for the list, or null when the claim's title says it. */
  label: MessageKey | null;
  items: string[];
}

export interface Claim {
  id: ClaimId;
  title: MessageKey;
  state: Tri;
  /** The finding in words, when it is not (only) a list: "Not said", "No, it says it doesn't sell…". */
  text: string | null;
  lists: ClaimList[];
  /** Ways to act on it (rights: how to use them; contact: where to write). */
  emails: string[];
  links: string[];
  evidence: Evidence[];
}

export interface CardModel {
  /** At a glance: collection, sharing, sold or not, retention. */
  glance: Claim[];
  /** Also in the policy: the secondary points it covers. */
  covered: Claim[];
  /** Secondary points it does not mention. */
  missing: Claim[];
}

function claim(partial: Pick<Claim, 'id' | 'title' | 'state'> & Partial<Claim>): Claim {
  return { text: null, lists: [], emails: [], links: [], evidence: [], ...partial };
}

const tri = (found: boolean): Tri => (found ? 'yes' : 'unknown');

const SELLS_TEXT: Record<Tri, MessageKey> = { yes: 'sellsYes', no: 'sellsNo', unknown: 'sellsUnknown' };

function glanceClaims(report: Report, i18n: I18n): Claim[] {
  const { collection, sharing, retention } = report.practices;
  const sells: Tri = sharing.sells === null ? 'unknown' : sharing.sells ? 'yes' : 'no';
  const types = collection.dataTypes.map((d) => i18n.t(DATA_TYPE_LABELS[d]));
  const recipients = sharing.recipients.map((r) => i18n.t(RECIPIENT_LABELS[r]));
  const sharingText = sharing.found
    ? recipients.length + sharing.named.length > 0
      ? null
      : 'sharingNoKinds'
    : 'notMentioned';
  const retentionStated = retention.kind !== 'none';
  return [
    claim({
      id: 'collection',
      title: 'collectionTitle',
      state: tri(collection.found),
      text: types.length > 0 ? null : i18n.t(collection.found ? 'collectionNoTypes' : 'notMentioned'),
      lists: types.length > 0 ? [{ label: null, items: types }] : [],
      evidence: collection.evidence,
    }),
    claim({
      id: 'sharing',
      title: 'sharingTitle',
      state: tri(sharing.found),
      text: sharingText ? i18n.t(sharingText) : null,
      lists: [
        { label: null, items: recipients },
        { label: 'sharingNamed', items: [...sharing.named] },
      ].filter((list) => list.items.length > 0) as ClaimList[],
      evidence: sharing.evidence,
    }),
    claim({
      id: 'sells',
      title: 'sellsTitle',
      state: sells,
      text: i18n.t(SELLS_TEXT[sells]),
      evidence: sells === 'unknown' ? [] : sellsEvidence(sharing.evidence, report.language),
    }),
    claim({
      id: 'retention',
      title: 'retentionTitle',
      state: tri(retentionStated),
      text: retentionStated ? null : i18n.t('retentionNone'),
      lists: retentionStated ? [{ label: null, items: retentionTexts(retention, i18n) }] : [],
      evidence: retention.evidence,
    }),
  ];
}

function secondaryClaims(report: Report, i18n: I18n): Claim[] {
  const { security, rights, children, international, changes, contact } = report.practices;
  const rightsFound = rights.found || rights.rights.length > 0;
  const howTo = howToUseRights(
    rights.evidence.map((e) => e.text),
    contact.emails,
  );
  return [
    claim({
      id: 'security',
      title: 'sectionSecurity',
      state: tri(security.found),
      text: i18n.t(security.found ? 'securityFound' : 'notMentioned'),
      evidence: security.evidence,
    }),
    claim({
      id: 'rights',
      title: 'sectionRights',
      state: tri(rightsFound),
      text: rights.rights.length > 0 ? null : i18n.t(rightsFound ? 'rightsFound' : 'notMentioned'),
      lists:
        rights.rights.length > 0
          ? [{ label: null, items: rights.rights.map((r) => i18n.t(RIGHT_LABELS[r])) }]
          : [],
      emails: rightsFound ? howTo.emails : [],
      links: rightsFound ? howTo.links : [],
      evidence: rights.evidence,
    }),
    claim({
      id: 'children',
      title: 'sectionChildren',
      state: tri(children.found),
      text: children.found
        ? children.minAge !== null
          ? i18n.t('childrenMinAge', String(children.minAge))
          : i18n.t('childrenFound')
        : i18n.t('notMentioned'),
      evidence: children.evidence,
    }),
    claim({
      id: 'international',
      title: 'sectionInternational',
      state: tri(international.found),
      text: i18n.t(international.found ? 'internationalFound' : 'notMentioned'),
      evidence: international.evidence,
    }),
    claim({
      id: 'changes',
      title: 'sectionChanges',
      state: tri(changes.found),
      text: i18n.t(changes.found ? 'changesFound' : 'notMentioned'),
      evidence: changes.evidence,
    }),
    claim({
      id: 'contact',
      title: 'sectionContact',
      state: tri(contact.emails.length > 0),
      text: contact.emails.length > 0 ? null : i18n.t('notMentioned'),
      emails: [...contact.emails],
      evidence: contact.evidence,
    }),
  ];
}

export function cardModel(report: Report, i18n: I18n): CardModel {
  const secondary = secondaryClaims(report, i18n);
  return {
    glance: glanceClaims(report, i18n),
    covered: secondary.filter((c) => c.state !== 'unknown'),
    missing: secondary.filter((c) => c.state === 'unknown'),
  };
}
