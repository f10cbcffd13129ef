import type { ComponentChildren } from 'preact';
import { type MessageKey, t } from '../browser';

/** A short message in place of the card: a title, an explanation and maybe an action. */
export function Notice({
  id,
  title,
  body,
  children,
}: {
  id: string;
  title: MessageKey;
  body?: string;
  children?: ComponentChildren;
}) {
  return (
    <section class="notice" data-view={id} aria-labelledby={`notice-${id}`}>
      <h1 id={`notice-${id}`}>{t(title)}</h1>
      {body && <p>{body}</p>}
      {children}
    </section>
  );
}

export function Busy({ label }: { label: MessageKey }) {
  return (
    <p class="busy" data-view="busy" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {t(label)}
    </p>
  );
}
