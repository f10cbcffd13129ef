import type { HistoryNote } from '../core/history/book';
import { browserI18n } from './browser-i18n';
import { changeNote } from './change-text';

/** What changed since the policy was last seen: collection, sharing, retention, rights. */
export function ChangeNote({ note }: { note: HistoryNote }) {
  const { title, since, lines } = changeNote(note, browserI18n);
  return (
    <section class="change-note" data-view="changes" aria-labelledby="change-note-title">
      <h2 id="change-note-title">
        <span class="change-icon" aria-hidden="true">
          ±
        </span>
        <span>{title}</span>
      </h2>
      <p class="since">{since}</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
