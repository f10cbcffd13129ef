import { useState } from 'preact/hooks';
import { t } from '../browser';
import type { Evidence } from '../core/report';
import { browserI18n } from './browser-i18n';

export type OnQuote = (segment: number) => void;

function Quote({ evidence, onQuote }: { evidence: Evidence; onQuote: OnQuote }) {
  return (
    <li>
      <button
        type="button"
        class="quote"
        data-segment={evidence.segment}
        onClick={() => onQuote(evidence.segment)}
      >
        <q>{evidence.text}</q>
        <span class="quote-action">{t('quoteShow')}</span>
      </button>
    </li>
  );
}

/** "Where it says so (3)": opens the sentences a claim was read from; each one scrolls the page to it. */
export function Quotes({
  id,
  evidence,
  onQuote,
}: {
  id: string;
  evidence: readonly Evidence[];
  onQuote: OnQuote;
}) {
  const [open, setOpen] = useState(false);
  if (evidence.length === 0) return null;
  const listId = `quotes-${id}`;
  const count = new Intl.NumberFormat(browserI18n.locale).format(evidence.length);
  return (
    <div class="quotes">
      <button
        type="button"
        class="disclosure"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <span class="chevron" aria-hidden="true" />
        <span>{t('quotesToggle')}</span>
        <span class="count">({count})</span>
      </button>
      <ul id={listId} class="quote-list" hidden={!open} aria-label={t('quotesLabel')}>
        {evidence.map((e) => (
          <Quote key={`${e.segment}:${e.text}`} evidence={e} onQuote={onQuote} />
        ))}
      </ul>
    </div>
  );
}
