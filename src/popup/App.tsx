import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../browser';
import type { PageKind } from '../core/report';
import type { AnalyseResult, PageInfo, TabState } from '../messages';
import { Card } from './Card';
import { analyse, getTabState, highlight, onTabState, ping, resolveTabId } from './connector';
import { Busy, Notice } from './Notice';
import { deriveView, type View } from './view';

type Forced = AnalyseResult | 'pending' | null;

/** Loads the tab's state, follows its changes, and runs "Analyse anyway" and quote clicks. */
function useTab() {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [live, setLive] = useState<PageInfo | null | undefined>(undefined);
  const [stored, setStored] = useState<TabState | null | undefined>(undefined);
  const [forced, setForced] = useState<Forced>(null);

  useEffect(() => {
    void resolveTabId().then(setTabId, () => setTabId(null));
  }, []);

  useEffect(() => {
    if (tabId === undefined || tabId === null) return;
    const unsubscribe = onTabState(tabId, (state) => {
      setStored(state);
      if (state) setLive({ runId: state.runId, phase: state.phase, gate: state.gate });
    });
    void ping(tabId).then(setLive);
    void getTabState(tabId).then(setStored, () => setStored(null));
    return unsubscribe;
  }, [tabId]);

  const analyseAnyway = useCallback(() => {
    if (typeof tabId !== 'number') return;
    setForced('pending');
    void analyse(tabId).then(setForced);
  }, [tabId]);

  const view: View = tabId === null ? { kind: 'unreadable' } : deriveView({ live, stored, forced });
  return { tabId, view, analyseAnyway };
}

const NOT_POLICY: Partial<Record<PageKind, { title: 'cookiePolicyTitle'; body: 'cookiePolicyBody' }>> = {
  'cookie-policy': { title: 'cookiePolicyTitle', body: 'cookiePolicyBody' },
};

function NotPolicy({ pageKind, onAnalyse }: { pageKind: PageKind; onAnalyse: () => void }) {
  const text = NOT_POLICY[pageKind] ?? { title: 'notPolicyTitle' as const, body: 'notPolicyBody' as const };
  return (
    <Notice id={`not-policy-${pageKind}`} title={text.title} body={t(text.body)}>
      <button type="button" class="primary" data-action="analyse-anyway" onClick={onAnalyse}>
        {t('analyseAnyway')}
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
      return <Notice id="failed" title="failedTitle" body={t('analyseFailed', view.error)} />;
    case 'not-policy':
      return <NotPolicy pageKind={view.pageKind} onAnalyse={onAnalyse} />;
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
            <Card report={view.report} onQuote={onQuote} />
          )}
        </>
      );
  }
}

export function App() {
  const { tabId, view, analyseAnyway } = useTab();
  return (
    <main
      class="popup"
      data-popup={view.kind}
      aria-busy={view.kind === 'loading' || view.kind === 'analysing'}
    >
      <header class="brand">
        <img class="brand-icon" src="/icons/icon-32.png" alt="" width={20} height={20} />
        <span>{t('extName')}</span>
      </header>
      <Body view={view} tabId={tabId} onAnalyse={analyseAnyway} />
      <footer class="footer">{t('footerPrivate')}</footer>
    </main>
  );
}
