import { render } from 'preact';
import { t, uiLanguage } from '../browser';
import { App } from './App';
import './popup.css';

document.documentElement.lang = uiLanguage();
document.title = t('extName');
const root = document.getElementById('app');
if (root) render(<App />, root);
