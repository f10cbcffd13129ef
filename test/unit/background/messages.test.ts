import { describe, expect, it } from 'vitest';
import {
  isContentToBackground,
  isPopupToBackground,
  isPopupToContent,
  PAGE_TEXT_LIMITS,
} from '../../../src/messages';

const gate = { candidate: true, kind: 'privacy-policy', reason: 'title' };
const segment = (id: number) => ({ id, kind: 'paragraph', text: 'We collect data.', heading: '', level: 0 });
const tooMany = Array.from({ length: PAGE_TEXT_LIMITS.maxSegments + 1 }, (_, i) => segment(i));

describe('message guards', () => {
  it.each<[unknown, boolean]>([
    [{ type: 'content/gated', runId: 'r1', url: 'https://x', title: 't', gate, analysing: true }, true],
    [
      {
        type: 'content/gated',
        runId: 'r1',
        url: 'https://x',
        title: 't',
        gate: { ...gate, kind: 'evil' },
        analysing: true,
      },
      false,
    ],
    [{ type: 'content/gated', runId: '', url: 'https://x', title: 't', gate, analysing: true }, false],
    [
      {
        type: 'content/analyse',
        runId: 'r1',
        url: 'https://x',
        page: { title: 't', segments: [segment(0)] },
      },
      true,
    ],
    [
      {
        type: 'content/analyse',
        runId: 'r1',
        url: 'https://x',
        page: { title: 't', segments: [segment(1)] },
      },
      false,
    ],
    [
      {
        type: 'content/analyse',
        runId: 'r1',
        url: 'https://x',
        page: { title: 't', segments: [{ ...segment(0), kind: 'x' }] },
      },
      false,
    ],
    [
      { type: 'content/analyse', runId: 'r1', url: 'https://x', page: { title: 't', segments: 'text' } },
      false,
    ],
    [
      { type: 'content/analyse', runId: 'r1', url: 'https://x', page: { title: 't', segments: tooMany } },
      false,
    ],
    [{ type: 'popup/get-tab-state', tabId: 1 }, false],
    [{ type: 'content/unknown', runId: 'r1' }, false],
    ['content/gated', false],
    [null, false],
  ])('content -> background %j: %s', (message, expected) => {
    expect(isContentToBackground(message)).toBe(expected);
  });

  it.each<[unknown, boolean]>([
    [{ type: 'popup/get-tab-state', tabId: 12 }, true],
    [{ type: 'popup/get-tab-state', tabId: '12' }, false],
    [{ type: 'popup/get-tab-state', tabId: 1.5 }, false],
  ])('popup -> background %j: %s', (message, expected) => {
    expect(isPopupToBackground(message)).toBe(expected);
  });

  it.each<[unknown, boolean]>([
    [{ type: 'popup/ping' }, true],
    [{ type: 'popup/analyse' }, true],
    [{ type: 'popup/highlight', segment: 3 }, true],
    [{ type: 'popup/highlight', segment: -1 }, false],
    [{ type: 'popup/highlight', segment: '3' }, false],
    [{ type: 'popup/other' }, false],
  ])('popup -> content %j: %s', (message, expected) => {
    expect(isPopupToContent(message)).toBe(expected);
  });
});
