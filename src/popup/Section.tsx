import type { ComponentChildren } from 'preact';
import { type MessageKey, t } from '../browser';
import type { Evidence } from '../core/report';
import { type OnQuote, Quotes } from './Quotes';
import { StateMark, type Tri } from './StateMark';

interface SectionProps {
  id: string;
  title: MessageKey;
  state: Tri;
  /** Shown when the policy does not mention the point; "Not mentioned" unless given. */
  absent?: MessageKey;
  evidence: readonly Evidence[];
  onQuote: OnQuote;
  children?: ComponentChildren;
}

/** One point of the summary: its name and state, what was found, and the sentences it was read from. */
export function Section({
  id,
  title,
  state,
  absent = 'stateUnknown',
  evidence,
  onQuote,
  children,
}: SectionProps) {
  const headingId = `section-${id}`;
  return (
    <section class={`section section--${state}`} data-section={id} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <StateMark state={state} />
        <span>{t(title)}</span>
      </h2>
      {state === 'unknown' && <p class="muted">{t(absent)}</p>}
      {children}
      <Quotes evidence={evidence} onQuote={onQuote} />
    </section>
  );
}

/** A labelled list of readable terms, e.g. the data types collected. */
export function TermList({ label, items }: { label: MessageKey; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <div class="terms">
      <h3>{t(label)}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
