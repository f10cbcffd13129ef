import { useState } from 'preact/hooks';
import { type MessageKey, t } from '../browser';
import { fitsInSync, normaliseHost, type Settings } from '../settings/model';

/** The never-run list: the sites, a remove button each, and a field to add one. */
export function SiteList({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange: (sites: string[]) => void;
}) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const sites = settings.neverRun;

  const add = (event: Event) => {
    event.preventDefault();
    const host = normaliseHost(draft);
    if (!host) {
      setError('optionsSiteInvalid');
      return;
    }
    const next = sites.includes(host) ? sites : [...sites, host];
    if (!fitsInSync({ ...settings, neverRun: next })) {
      setError('optionsSiteFull');
      return;
    }
    setError(null);
    setDraft('');
    onChange(next);
  };

  return (
    <section class="panel" aria-labelledby="never-run-heading">
      <h2 id="never-run-heading">{t('optionsNeverRun')}</h2>
      <p class="help">{t('optionsNeverRunHelp')}</p>
      {sites.length === 0 ? (
        <p class="empty" data-sites="empty">
          {t('optionsNoSites')}
        </p>
      ) : (
        <ul class="sites" aria-labelledby="never-run-heading">
          {sites.map((site) => (
            <li key={site} data-site={site}>
              <span class="site">{site}</span>
              <button
                type="button"
                class="secondary"
                aria-label={t('optionsRemoveSite', site)}
                onClick={() => onChange(sites.filter((s) => s !== site))}
              >
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add} noValidate>
        <label for="site-input">{t('optionsSiteLabel')}</label>
        <div class="add-row">
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder={t('optionsSitePlaceholder')}
            value={draft}
            aria-invalid={error !== null}
            aria-describedby={error ? 'site-error' : undefined}
            onInput={(event) => setDraft((event.target as HTMLInputElement).value)}
          />
          <button type="submit" class="primary">
            {t('optionsAddSite')}
          </button>
        </div>
        <p id="site-error" class="error" role="alert">
          {error ? t(error) : ''}
        </p>
      </form>
    </section>
  );
}
