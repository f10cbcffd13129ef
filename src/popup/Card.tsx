import { type MessageKey, t } from '../browser';
import type { Practice, Report } from '../core/report';
import { retentionTexts } from './format';
import { DATA_TYPE_LABELS, RECIPIENT_LABELS, RIGHT_LABELS } from './labels';
import type { OnQuote } from './Quotes';
import { Section, TermList } from './Section';
import { StateMark, type Tri } from './StateMark';

const found = (practice: { found: boolean }): Tri => (practice.found ? 'yes' : 'unknown');

function sellsState(sells: boolean | null): Tri {
  if (sells === null) return 'unknown';
  return sells ? 'yes' : 'no';
}

const SELLS_TEXT: Record<Tri, MessageKey> = { yes: 'sellsYes', no: 'sellsNo', unknown: 'sellsUnknown' };

interface Secondary {
  id: string;
  title: MessageKey;
  practice: Practice;
  body?: preact.ComponentChildren;
}

function secondarySections(report: Report): Secondary[] {
  const { security, rights, children, international, changes, contact } = report.practices;
  const contactPractice: Practice = { found: contact.emails.length > 0, evidence: contact.evidence };
  return [
    { id: 'security', title: 'sectionSecurity', practice: security },
    {
      id: 'rights',
      title: 'sectionRights',
      practice: rights,
      body: <TermList label="rightsList" items={rights.rights.map((r) => t(RIGHT_LABELS[r]))} />,
    },
    {
      id: 'children',
      title: 'sectionChildren',
      practice: children,
      body: children.minAge !== null && <p>{t('childrenMinAge', String(children.minAge))}</p>,
    },
    { id: 'international', title: 'sectionInternational', practice: international },
    { id: 'changes', title: 'sectionChanges', practice: changes },
    {
      id: 'contact',
      title: 'sectionContact',
      practice: contactPractice,
      body: <TermList label="contactEmails" items={contact.emails} />,
    },
  ];
}

/** The summary card: collection, sharing, retention, then the other points the policy covers. */
export function Card({ report, onQuote }: { report: Report; onQuote: OnQuote }) {
  const { collection, sharing, retention } = report.practices;
  const sells = sellsState(sharing.sells);
  const retentionStated = retention.kind !== 'none';
  const secondary = secondarySections(report);
  const covered = secondary.filter((s) => s.practice.found);
  const missing = secondary.filter((s) => !s.practice.found);
  return (
    <article class="card" aria-labelledby="report-heading">
      <h1 id="report-heading">{t('reportHeading')}</h1>
      {report.source.title && <p class="source">{report.source.title}</p>}
      <Section
        id="collection"
        title="sectionCollection"
        state={found(collection)}
        evidence={collection.evidence}
        onQuote={onQuote}
      >
        {collection.dataTypes.length > 0 ? (
          <TermList label="collectionTypes" items={collection.dataTypes.map((d) => t(DATA_TYPE_LABELS[d]))} />
        ) : (
          collection.found && <p>{t('collectionNoTypes')}</p>
        )}
      </Section>
      <Section
        id="sharing"
        title="sectionSharing"
        state={found(sharing)}
        evidence={sharing.evidence}
        onQuote={onQuote}
      >
        <TermList label="sharingRecipients" items={sharing.recipients.map((r) => t(RECIPIENT_LABELS[r]))} />
        <TermList label="sharingNamed" items={sharing.named} />
        <p class="sells" data-sells={sells}>
          <StateMark state={sells} />
          <span>{t('sellsLabel')}</span> <strong>{t(SELLS_TEXT[sells])}</strong>
        </p>
      </Section>
      <Section
        id="retention"
        title="sectionRetention"
        state={retentionStated ? 'yes' : 'unknown'}
        absent="retentionNone"
        evidence={retention.evidence}
        onQuote={onQuote}
      >
        {retentionStated && <TermList label="retentionLabel" items={retentionTexts(retention)} />}
      </Section>
      {covered.length > 0 && <h2 class="also">{t('alsoHeading')}</h2>}
      {covered.map((s) => (
        <Section
          key={s.id}
          id={s.id}
          title={s.title}
          state="yes"
          evidence={s.practice.evidence}
          onQuote={onQuote}
        >
          {s.body}
        </Section>
      ))}
      {missing.length > 0 && (
        <div class="missing" data-section="missing">
          <h2>{t('notMentionedHeading')}</h2>
          <ul>
            {missing.map((s) => (
              <li key={s.id}>
                <StateMark state="unknown" /> {t(s.title)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="stats">{t('statsLine', String(report.stats.words))}</p>
    </article>
  );
}
