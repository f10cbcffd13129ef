import { useLayoutEffect } from 'preact/hooks';
import { t } from '../browser';
import type { HistoryNote } from '../core/history/book';
import type { Report } from '../core/report';
import { Actions } from './Actions';
import { browserI18n } from './browser-i18n';
import { ChangeNote } from './ChangeNote';
import { Claim } from './Claim';
import { cardModel } from './claims';
import type { OnQuote } from './Quotes';
import { StateMark } from './StateMark';

/** The name of the performance mark set when the card is first in the DOM (tools: the render benchmark). */
export const CARD_MARK = 'plainly:card';

/** The summary card: what changed, at a glance, the other points the policy covers, then what it leaves out. */
export function Card({
  report,
  history,
  onQuote,
}: {
  report: Report;
  history: HistoryNote | null;
  onQuote: OnQuote;
}) {
  const model = cardModel(report, browserI18n);
  useLayoutEffect(() => {
    if (performance.getEntriesByName(CARD_MARK).length === 0) performance.mark(CARD_MARK);
  }, []);
  return (
    <article class="card" aria-labelledby="report-heading">
      <h1 id="report-heading">{t('reportHeading')}</h1>
      {report.source.title && <p class="source">{report.source.title}</p>}
      {history && <ChangeNote note={history} />}
      <section class="group" data-group="glance" aria-labelledby="glance-heading">
        <p class="group-title" id="glance-heading">
          {t('glanceHeading')}
        </p>
        {model.glance.map((claim) => (
          <Claim key={claim.id} claim={claim} onQuote={onQuote} />
        ))}
      </section>
      {model.covered.length > 0 && (
        <section class="group" data-group="also" aria-labelledby="also-heading">
          <p class="group-title" id="also-heading">
            {t('alsoHeading')}
          </p>
          {model.covered.map((claim) => (
            <Claim key={claim.id} claim={claim} onQuote={onQuote} />
          ))}
        </section>
      )}
      {model.missing.length > 0 && (
        <section class="missing" data-section="missing" aria-labelledby="missing-heading">
          <p class="group-title" id="missing-heading">
            {t('notMentionedHeading')}
          </p>
          <ul>
            {model.missing.map((claim) => (
              <li key={claim.id} data-missing={claim.id}>
                <StateMark state="unknown" />
                <span>{t(claim.title)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Actions report={report} history={history} />
      <p class="stats">
        {t('statsLine', new Intl.NumberFormat(browserI18n.locale).format(report.stats.words))}
      </p>
    </article>
  );
}
