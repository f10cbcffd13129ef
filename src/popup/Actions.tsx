import { useState } from 'preact/hooks';
import { type MessageKey, t } from '../browser';
import type { HistoryNote } from '../core/history/book';
import type { Report } from '../core/report';
import { browserI18n } from './browser-i18n';
import { exportFileName, type SummaryFormat, summaryOf } from './summary-text';

/** Copies text; falls back to a selected textarea where the async clipboard is refused. */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

/** Saves the report as a JSON file through a download link (nothing leaves the device). */
function download(report: Report): void {
  const blob = new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(report, new Date());
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copy the summary as text or Markdown; save the JSON report. */
export function Actions({ report, history }: { report: Report; history: HistoryNote | null }) {
  const [status, setStatus] = useState<MessageKey | null>(null);
  const copyAs = (format: SummaryFormat) => {
    void copy(summaryOf(report, history, format, browserI18n)).then((ok) =>
      setStatus(ok ? 'copied' : 'copyFailed'),
    );
  };
  return (
    <div class="actions-block">
      <fieldset class="actions">
        <legend class="group-title">{t('actionsLabel')}</legend>
        <button type="button" class="secondary" data-action="copy-text" onClick={() => copyAs('text')}>
          {t('copyText')}
        </button>
        <button
          type="button"
          class="secondary"
          data-action="copy-markdown"
          onClick={() => copyAs('markdown')}
        >
          {t('copyMarkdown')}
        </button>
        <button
          type="button"
          class="secondary"
          data-action="export-json"
          onClick={() => {
            download(report);
            setStatus('exported');
          }}
        >
          {t('exportJson')}
        </button>
      </fieldset>
      <p class="action-status" role="status" data-status={status ?? ''}>
        {status ? t(status) : ''}
      </p>
    </div>
  );
}
