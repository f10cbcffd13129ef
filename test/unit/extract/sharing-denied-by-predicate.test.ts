/**
 * A disclosure named as a noun and denied by its predicate at the clause's end: "Eine Weitergabe Ihrer Daten an
 * Werbepartner ... findet nicht statt", "vindt niet plaats", "does not take place", "n'a pas lieu", "no se
 * produce", "non avviene", "não ocorre", "nie następuje", "sker inte / ikke", "skjer ikke" (probe13x: the card
 * showed data going to advertisers). The clause is masked for recipients (recipients.json masks) only where the
 * denial ends the sentence: a condition after it ("nicht ohne Ihre Einwilligung", ", es sei denn", "without your
 * consent") or "only" keeps the reading, and so does a sharing stated in another clause of the sentence.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('a disclosure denied by its predicate names no recipient', () => {
  test.each<[Lang, string]>([
    [
      'de',
      'Eine Weitergabe Ihrer Daten an Werbepartner oder sonstige Dritte zu Werbezwecken findet nicht statt.',
    ],
    ['de', 'Eine Weitergabe Ihrer Daten an Werbepartner erfolgt nicht.'],
    ['de', 'Eine Übermittlung Ihrer Daten an Werbepartner ist ausgeschlossen.'],
    ['nl', 'Een doorgifte van uw gegevens aan adverteerders vindt niet plaats.'],
    ['en', 'A transfer of your data to advertisers does not take place.'],
    ['en', 'Sharing of your data with advertisers does not occur.'],
    ['fr', "La transmission de vos données à des annonceurs n'a pas lieu."],
    ['es', 'La cesión de sus datos a anunciantes no se produce.'],
    ['it', 'La comunicazione dei suoi dati a inserzionisti non avviene.'],
    ['pt', 'A partilha dos seus dados com anunciantes não ocorre.'],
    ['pl', 'Przekazywanie Twoich danych reklamodawcom nie następuje.'],
    ['sv', 'Någon överföring av dina uppgifter till annonsörer sker inte.'],
    ['da', 'Videregivelse af dine oplysninger til annoncører sker ikke.'],
    ['nb', 'Utlevering av opplysningene dine til annonsører skjer ikke.'],
  ])('[%s] %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('advertisers');
  });
});

describe('a condition or "only" after the denial, or a sharing in another clause, still names the recipient', () => {
  test.each<[Lang, string]>([
    ['de', 'Eine Weitergabe Ihrer Daten an Werbepartner erfolgt nicht ohne Ihre Einwilligung.'],
    [
      'de',
      'Eine Weitergabe Ihrer Daten an Werbepartner findet nicht statt, es sei denn, Sie haben eingewilligt.',
    ],
    ['de', 'Eine Weitergabe an Werbepartner erfolgt nur mit Ihrer Einwilligung.'],
    [
      'de',
      'Wir geben Ihre Daten an Werbepartner weiter; eine Weitergabe an sonstige Dritte findet nicht statt.',
    ],
    ['nl', 'Een doorgifte van uw gegevens aan adverteerders vindt alleen plaats met uw toestemming.'],
    ['en', 'Sharing of your data with advertisers does not occur without your consent.'],
  ])('[%s] %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('advertisers');
  });
});
