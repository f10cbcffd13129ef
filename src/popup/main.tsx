import { render } from 'preact';
import { t } from '../browser';
import { App } from './App';
import { browserI18n } from './browser-i18n';
import { type FirstLook, firstLookWithin } from './first-look';
import './theme.css';
import './popup.css';

document.documentElement.lang = browserI18n.locale;
document.title = t('extName');
/** How long the popup waits for the tab's state before drawing "Looking at this page…" instead. */
const FIRST_LOOK_MS = 150;

function show(first: FirstLook | undefined): void {
  const root = document.getElementById('app');
  if (root) render(<App first={first} />, root);
}

void firstLookWithin(FIRST_LOOK_MS).then(show);
