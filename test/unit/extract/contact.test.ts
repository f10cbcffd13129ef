import { describe, expect, test } from 'vitest';
import { practicesOf } from './helpers';

describe('contact e-mails', () => {
  test('deduplicated; privacy mailboxes of the site in a contact context first', () => {
    const p = practicesOf(
      [
        'If you need help, write to kontakt@contracting.works',
        'If you want your data removed, contact us at privacy@mworker.no.',
        'You can withdraw consent by contacting privacy@contracting.works',
        'Questions about this policy: kontakt@contracting.works',
        'Visit contracting.works for more.',
      ],
      'nb',
    );
    expect(p.contact.emails).toEqual([
      'privacy@contracting.works',
      'privacy@mworker.no',
      'kontakt@contracting.works',
    ]);
  });

  test('an unsubscribe box comes after the contact address', () => {
    const p = practicesOf(
      [
        'To opt out, unsubscribe by emailing unsubscribe@infoserv.eu.',
        'If you have any questions regarding this Privacy Policy, please contact us by e-mail at legal@infoserv.eu.',
      ],
      'en',
    );
    expect(p.contact.emails).toEqual(['legal@infoserv.eu', 'unsubscribe@infoserv.eu']);
    expect(p.contact.evidence[0]?.text).toBe(
      'If you have any questions regarding this Privacy Policy, please contact us by e-mail at legal@infoserv.eu.',
    );
  });

  test('no e-mail, no contact', () => {
    expect(practicesOf(['We collect your name.'], 'en').contact).toEqual({ emails: [], evidence: [] });
  });
});
