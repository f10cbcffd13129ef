import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { namedOf } from './helpers';

/**
 * Sign-in buttons said with the verb last (German, Dutch: "mit Google oder Apple anmelden") or with the
 * Norwegian and Danish infinitive ("logge inn med Google eller Apple") name no recipient (review15).
 */
describe('sign-in providers with the verb last', () => {
  it.each<[Lang, string]>([
    ['de', 'Sie können sich mit Google oder Apple anmelden.'],
    ['de', 'Sie können sich mit Google, Facebook oder Apple anmelden.'],
    ['de', 'Sie können sich mit Google oder Apple einloggen oder ein Konto erstellen.'],
    ['nl', 'Je kunt je met Google of Apple aanmelden.'],
    ['nl', 'U kunt met Google of Apple inloggen.'],
    ['nb', 'Du kan logge inn med Google eller Apple.'],
    ['en', 'You can sign in with Google or Apple.'],
  ])('%s: %s names no one', (lang, text) => {
    expect(namedOf(text, lang)).toEqual([]);
  });
  it.each<[Lang, string, readonly string[]]>([
    ['de', 'Wir teilen Ihre Daten mit Google und Apple.', ['Google', 'Apple']],
    ['de', 'Wir übermitteln Ihre Daten an Google und Sie können sich mit Apple anmelden.', ['Google']],
  ])('%s: %s still names the recipients', (lang, text, names) => {
    expect(namedOf(text, lang)).toEqual(names);
  });
});
