import { describe, expect, it } from 'vitest';
import { howToUseRights } from '../../../src/popup/how-to';

describe('howToUseRights', () => {
  it('takes addresses and web links from the rights sentences, without trailing punctuation', () => {
    expect(
      howToUseRights(
        ['Email privacy@a.example. Or visit https://a.example/rights, or (https://a.example/form).'],
        ['other@a.example'],
      ),
    ).toEqual({
      emails: ['privacy@a.example'],
      links: ['https://a.example/rights', 'https://a.example/form'],
    });
  });

  it('falls back to the contact addresses, deduplicated, when the rights sentences give none', () => {
    expect(howToUseRights(['You may ask for a copy.'], ['DPO@a.example', 'dpo@a.example'])).toEqual({
      emails: ['DPO@a.example'],
      links: [],
    });
  });

  it('ignores links that are not http(s)', () => {
    expect(howToUseRights(['See javascript:alert(1) and ftp://a.example/x'], []).links).toEqual([]);
  });
});
