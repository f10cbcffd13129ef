/**
 * The domain of a mail address ("notepadsapp@outlook.com", "kontakt@gmail.com") names no service data goes
 * to: it is how to reach the operator ("outlook" matched the alias of Microsoft Outlook). The service named
 * in words still counts.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const namedOf = (text: string, lang: Lang) => practicesOf([{ text, heading: 'Sharing' }], lang).sharing.named;

describe('a mail address names no service', () => {
  test.each<[Lang, string]>([
    ['en', 'Contact Information: Email: notepadsapp@outlook.com'],
    ['de', 'Kontakt: Schreiben Sie an verein.musik@gmail.com.'],
    ['fr', 'Contact : association.exemple@outlook.fr'],
    ['pl', 'Kontakt z administratorem: studio@gmail.com'],
  ])('%s: %s', (lang, text) => {
    expect(namedOf(text, lang)).toEqual([]);
  });
});

describe('what must not change', () => {
  test.each<[Lang, string, string]>([
    ['en', 'We use Microsoft Outlook for e-mail.', 'Microsoft Outlook'],
    ['de', 'Wir nutzen Gmail für unsere Korrespondenz.', 'Google Workspace'],
  ])('%s: %s', (lang, text, name) => {
    expect(namedOf(text, lang)).toContain(name);
  });
});
