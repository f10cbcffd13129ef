import { render } from 'preact';
import { t } from '../browser';
import { browserI18n } from '../popup/browser-i18n';
import { Options } from './Options';
import '../popup/theme.css';
import './options.css';

document.documentElement.lang = browserI18n.locale;
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options />, root);
