import { useEffect, useState } from 'preact/hooks';
import { BADGE_LOOKS, type BadgeKind } from '../background/badge-rule';
import { forgetHistory, rememberedCount } from '../background/history-store';
import { type MessageKey, t } from '../browser';
import type { Settings } from '../settings/model';
import { loadSettings, onSettingsChanged, saveSettings } from '../settings/store';
import { SiteList } from './SiteList';

const LEGEND: readonly { kind: BadgeKind; text: MessageKey }[] = [
  { kind: 'policy', text: 'badgeLegendPolicy' },
  { kind: 'sells', text: 'badgeLegendSells' },
  { kind: 'changed', text: 'badgeLegendChanged' },
  { kind: 'error', text: 'badgeLegendError' },
];

function Toggle({
  id,
  checked,
  label,
  help,
  onChange,
}: {
  id: keyof Settings;
  checked: boolean;
  label: MessageKey;
  help: MessageKey;
  onChange: (value: boolean) => void;
}) {
  return (
    <div class="toggle">
      <input
        id={`setting-${id}`}
        type="checkbox"
        data-setting={id}
        checked={checked}
        aria-describedby={`setting-${id}-help`}
        onChange={(event) => onChange((event.target as HTMLInputElement).checked)}
      />
      <div>
        <label for={`setting-${id}`}>{t(label)}</label>
        <p class="help" id={`setting-${id}-help`}>
          {t(help)}
        </p>
      </div>
    </div>
  );
}

function BadgeLegend() {
  return (
    <dl class="legend">
      {LEGEND.map(({ kind, text }) => (
        <div key={kind} class="legend-row" data-badge={kind}>
          <dt>
            <span class="badge-sample" style={{ background: BADGE_LOOKS[kind].color }}>
              {t(BADGE_LOOKS[kind].text)}
            </span>
          </dt>
          <dd>{t(text)}</dd>
        </div>
      ))}
    </dl>
  );
}

function History() {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    void rememberedCount().then(setCount);
  }, []);
  return (
    <section class="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('optionsHistory')}</h2>
      <p class="help">{t('optionsHistoryHelp')}</p>
      <p data-history-count={count ?? ''}>{count === null ? '' : t('optionsHistoryCount', String(count))}</p>
      <button
        type="button"
        class="secondary"
        data-action="forget"
        disabled={count === 0}
        onClick={() => void forgetHistory().then(() => setCount(0))}
      >
        {t('optionsForget')}
      </button>
    </section>
  );
}

/** The settings page: automatic detection, the badge, the never-run list, and the remembered policies. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return null;
  const update = (change: Partial<Settings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    setSaved(false);
    void saveSettings(next).then(() => setSaved(true));
  };
  return (
    <main class="options" data-ready="true">
      <h1>{t('optionsTitle')}</h1>
      <section class="panel" aria-labelledby="general-heading">
        <h2 id="general-heading">{t('optionsGeneral')}</h2>
        <Toggle
          id="autoDetect"
          checked={settings.autoDetect}
          label="optionsAutoDetect"
          help="optionsAutoDetectHelp"
          onChange={(autoDetect) => update({ autoDetect })}
        />
        <Toggle
          id="badge"
          checked={settings.badge}
          label="optionsBadge"
          help="optionsBadgeHelp"
          onChange={(badge) => update({ badge })}
        />
        <BadgeLegend />
      </section>
      <SiteList settings={settings} onChange={(neverRun) => update({ neverRun })} />
      <History />
      <p class="saved" role="status" data-saved={saved}>
        {saved ? t('optionsSaved') : ''}
      </p>
    </main>
  );
}
