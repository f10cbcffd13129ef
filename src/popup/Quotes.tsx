import { t } from '../browser';
import type { Evidence } from '../core/report';
import { counted } from './format';

const SHOWN = 2;

export type OnQuote = (segment: number) => void;

function Quote({ evidence, onQuote }: { evidence: Evidence; onQuote: OnQuote }) {
  return (
    <li>
      <button
        type="button"
        class="quote"
        data-segment={evidence.segment}
        title={t('quoteHint')}
        aria-description={t('quoteHint')}
        onClick={() => onQuote(evidence.segment)}
      >
        <q>{evidence.text}</q>
      </button>
    </li>
  );
}

/** The sentences a point was read from; each one scrolls the page to its passage. */
export function Quotes({ evidence, onQuote }: { evidence: readonly Evidence[]; onQuote: OnQuote }) {
  if (evidence.length === 0) return null;
  const first = evidence.slice(0, SHOWN);
  const rest = evidence.slice(SHOWN);
  return (
    <div class="quotes">
      <ul aria-label={t('quotesLabel')}>
        {first.map((e) => (
          <Quote key={`${e.segment}:${e.text}`} evidence={e} onQuote={onQuote} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details>
          <summary>{counted('moreQuotes', rest.length)}</summary>
          <ul aria-label={t('quotesLabel')}>
            {rest.map((e) => (
              <Quote key={`${e.segment}:${e.text}`} evidence={e} onQuote={onQuote} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
