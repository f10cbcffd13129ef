import { describe, expect, it } from 'vitest';
import { isFromContentScript, isFromExtensionPage } from '../../../src/background/senders';
import type { Runtime } from '../../../src/browser';

const self = {
  id: 'abcdefghijklmnopabcdefghijklmnop',
  baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
};
const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false };

const contentScript: Runtime.MessageSender = {
  id: self.id,
  tab,
  frameId: 0,
  url: 'https://example.org/privacy',
};
const popupPage: Runtime.MessageSender = { id: self.id, url: `${self.baseUrl}index.html` };

describe('message senders', () => {
  it.each<[string, Runtime.MessageSender, boolean]>([
    ['our content script in a top frame', contentScript, true],
    ['our content script in a sub-frame', { ...contentScript, frameId: 3 }, false],
    ['another extension', { ...contentScript, id: 'other' }, false],
    ['no tab', { ...contentScript, tab: undefined }, false],
    ['our popup opened as a tab', { ...popupPage, tab, frameId: 0 }, false],
  ])('content message from %s: %s', (_name, sender, expected) => {
    expect(isFromContentScript(sender, self)).toBe(expected);
  });

  it.each<[string, Runtime.MessageSender, boolean]>([
    ['our popup', popupPage, true],
    ['our popup opened as a tab', { ...popupPage, tab, frameId: 0 }, true],
    ['our content script', contentScript, false],
    ['another extension page', { id: 'other', url: 'chrome-extension://other/index.html' }, false],
    ['a page pretending to be us', { id: self.id, url: 'https://evil.example/chrome-extension://' }, false],
  ])('popup message from %s: %s', (_name, sender, expected) => {
    expect(isFromExtensionPage(sender, self)).toBe(expected);
  });
});
