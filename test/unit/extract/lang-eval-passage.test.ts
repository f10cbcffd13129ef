/**
 * The lang-eval harness reads a passage as the product would in its page: the page's own title is the
 * operator's name, not the passage's section heading ("Github", "MailChimp Newsletter").
 */
import { describe, expect, test } from 'vitest';
import { extractPractices } from '../../../src/core/extract/index';
import { passageSegments } from '../../../tools/lib/lang-eval-passage';
import { silentScores } from './helpers';

const passage = {
  heading: 'Github',
  text: 'Wir nutzen Github zum Hosten der Webseite. Dabei werden IP-Adressen übertragen und gespeichert.',
};

describe('a passage read under its page title', () => {
  test('the section heading naming a service is not taken for the operator', () => {
    const segs = passageSegments(passage, 'Datenschutzerklärung');
    const sharing = extractPractices(segs, silentScores(segs.length), 'de').sharing;
    expect(sharing.named).toContain('GitHub');
    expect(sharing.recipients).toContain('service-providers');
  });

  test('nor when the title is unknown', () => {
    const segs = passageSegments(passage, '');
    expect(extractPractices(segs, silentScores(segs.length), 'de').sharing.named).toContain('GitHub');
  });

  test('the operator named by the page title is still not a recipient', () => {
    const segs = passageSegments(passage, 'GitHub Privacy Statement');
    expect(extractPractices(segs, silentScores(segs.length), 'de').sharing.named).not.toContain('GitHub');
  });

  test('a passage under the title itself has it once', () => {
    const segs = passageSegments({ heading: 'Privacy', text: 'We collect names.' }, 'Privacy');
    expect(segs.map((s) => s.kind)).toEqual(['heading', 'paragraph']);
  });
});
