/**
 * The pure core's page readers, bundled by test/e2e/core-bundle.ts into one script that a test puts into a
 * page's main world: the gate and the segmenter then run on Chromium's own DOM, as in the content script.
 */
export { gatePage } from '../../src/core/detect/gate';
export { segmentCursor, segmentDocument } from '../../src/core/page/from-document';
