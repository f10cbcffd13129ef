import { useCallback, useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '../browser';
import type { PageKind } from '../core/report';
import type { AnalyseResult, PageInfo, TabState } from '../messages';
import { Card } from './Card';
import { allowSite, analyse, getTabState, highlight, onTabState, openSettings } from './connector';
import { type FirstLook, firstLook } from './first-look';
import { Busy, Notice } from './Notice';
import { deriveView, type View } from './view';

type Forced = AnalyseResult | 'pending' | null;

/** Loads the tab's state (drawn at once when the first look came in time), follows its changes, runs "Analyse anyway". */
function useTab(first: FirstLook | undefined) {
  const [tabId, setTabId] = useState<number | null | undefined>(first?.tabId);
  const [live, setLive] = useState<PageInfo | null | undefined>(first?.live);
  const [stored, setStored] = useState<TabState | null | undefined>(first?.stored);
  const [forced, setForced] = useState<Forced>(null);

  useEffect(() => {
    let unsubscribe = (): void => undefined;
    let closed = false;
    void firstLook.then(async (look) => {
      if (closed) return;
      if (!first) {
        setTabId(look.tabId);
        setLive(look.live);
        setStored(look.stored);
      }
      if (look.tabId === null) return;
      const tabId = look.tabId;
      unsubscribe = onTabState(tabId, (state) => {
        setStored(state);
        if (state) setLive({ runId: state.runId, phase: state.phase, gate: state.gate });
      });
      // A change that happened before the subscription: ask once more while the page is still being read.
      if (look.stored?.phase === 'analysing') setStored(await getTabState(tabId).catch(() => null));
    });
    return () => {
      closed = true;
      unsubscribe();
    };
  }, [first]);

  const analyseAnyway = useCallback(() => {
    if (typeof tabId !== 'number') return;
    setForced('pending');
    void analyse(tabId).then(setForced);
  }, [tabId]);

  const view: View = tabId === null ? { kind: 'unreadable' } : deriveView({ live, stored, forced });
  return { tabId, view, analyseAnyway };
}

const NOT_POLICY: Partial<Record<PageKind, { title: MessageKey; body: MessageKey }>> = {
  'cookie-policy': { title: 'cookiePolicyTitle', body: 'cookiePolicyBody' },
};

function AnalyseButton({ label, onAnalyse }: { label: MessageKey; onAnalyse: () => void }) {
  return (
    <button type="button" class="primary" data-action="analyse-anyway" onClick={onAnalyse}>
      {t(label)}
    </button>
  );
}

function NotPolicy({ pageKind, onAnalyse }: { pageKind: PageKind; onAnalyse: () => void }) {
  const text = NOT_POLICY[pageKind] ?? { title: 'notPolicyTitle', body: 'notPolicyBody' };
  return (
    <Notice id={`not-policy-${pageKind}`} title={text.title} body={t(text.body)}>
      <AnalyseButton label="analyseAnyway" onAnalyse={onAnalyse} />
    </Notice>
  );
}

function OffHere({ site }: { site: string }) {
  const [asked, setAsked] = useState(false);
  return (
    <Notice id="off-site" title="offSiteTitle" body={t('offSiteBody', site)}>
      <button
        type="button"
        class="primary"
        data-action="run-here"
        disabled={asked}
        onClick={() => {
          setAsked(true);
          void allowSite(site);
        }}
      >
        {t('runHere')}
      </button>
    </Notice>
  );
}

function Body({
  view,
  tabId,
  onAnalyse,
}: {
  view: View;
  tabId: number | null | undefined;
  onAnalyse: () => void;
}) {
  const [gone, setGone] = useState(false);
  const onQuote = useCallback(
    (segment: number) => {
      if (typeof tabId !== 'number') return;
      void highlight(tabId, segment).then((ok) => setGone(!ok));
    },
    [tabId],
  );
  switch (view.kind) {
    case 'loading':
      return <Busy label="popupLoading" />;
    case 'analysing':
      return <Busy label="popupAnalysing" />;
    case 'unreadable':
      return <Notice id="unreadable" title="unreadableTitle" body={t('unreadableBody')} />;
    case 'failed':
      return (
        <Notice id="failed" title="failedTitle" body={t('analyseFailed', view.error)}>
          <AnalyseButton label="tryAgain" onAnalyse={onAnalyse} />
        </Notice>
      );
    case 'not-policy':
      return <NotPolicy pageKind={view.pageKind} onAnalyse={onAnalyse} />;
    case 'off-site':
      return <OffHere site={view.site} />;
    case 'off-auto':
      return (
        <Notice id="off-auto" title="offAutoTitle" body={t('offAutoBody')}>
          <AnalyseButton label="analyseNow" onAnalyse={onAnalyse} />
        </Notice>
      );
    case 'report':
      return (
        <>
          {!view.report.detection.isPolicy && (
            <p class="note" data-view="forced-note">
              {t('notPolicyAfterAnalysis')}
            </p>
          )}
          {gone && (
            <p class="note" role="alert">
              {t('highlightGone')}
            </p>
          )}
          {view.report.stats.segments === 0 ? (
            <Notice id="empty" title="notPolicyTitle" body={t('emptyPage')} />
          ) : (
            <Card report={view.report} history={view.history} onQuote={onQuote} />
          )}
        </>
      );
  }
}

export function App({ first }: { first: FirstLook | undefined }) {
  const { tabId, view, analyseAnyway } = useTab(first);
  return (
    <main
      class="popup"
      data-popup={view.kind}
      aria-busy={view.kind === 'loading' || view.kind === 'analysing'}
    >
      <header class="brand">
        <img class="brand-icon" src="/icons/icon-32.png" alt="" width={20} height={20} />
        <span class="brand-name">{t('extName')}</span>
        <button type="button" class="link-button" data-action="settings" onClick={() => void openSettings()}>
          {t('openSettings')}
        </button>
      </header>
      <Body view={view} tabId={tabId} onAnalyse={analyseAnyway} />
      <footer class="footer">{t('footerPrivate')}</footer>
    </main>
  );
}
