/**
 * Polish "polityka prywatności" is declined: polityka, polityki, polityce, politykę, polityką. A stem
 * `polityk\w*` misses the locative "polityce" ("zmiany w niniejszej polityce prywatności"), so the terms
 * that name the policy (the changes flag, the policy-name mask of the data types, the mask of a policy
 * published in `recipients.json`) read `polity(?:k\w*|ce)`.
 */
import { describe, expect, test } from 'vitest';
import { practicesOf } from './helpers';

describe('the changes flag reads every case of "polityka"', () => {
  test.each([
    'Zastrzegamy sobie prawo do wprowadzania zmian w niniejszej polityce prywatności.',
    'O istotnych zmianach w polityce cookies administrator poinformuje użytkowników.',
    'Polityka prywatności może ulec zmianie.',
    'Zmiany polityki prywatności publikujemy na tej stronie.',
    'O zmianach w naszej polityce prywatności poinformujemy e-mailem.',
  ])('%s', (text) => {
    expect(practicesOf([text], 'pl').changes.found).toBe(true);
  });

  test('a policy merely cited is no change', () => {
    const text = 'Szczegółowe informacje znajdują się w polityce prywatności.';
    expect(practicesOf([text], 'pl').changes.found).toBe(false);
  });
});

describe('the policy in the locative is a name, not cookies or a publication', () => {
  test('"w polityce cookies" sets no cookie', () => {
    const sure = practicesOf(
      [{ text: 'Szczegóły w polityce cookies.', heading: 'Jakie dane zbieramy' }],
      'pl',
    );
    expect(sure.collection.dataTypes).not.toContain('cookies');
  });

  test('rules published in the policy make no data public', () => {
    const text = 'Udostępniamy dane zgodnie z zasadami opublikowanymi w polityce prywatności.';
    expect(practicesOf([text], 'pl').sharing.recipients).not.toContain('other-users');
  });

  test('data made public still is', () => {
    const text = 'Udostępniamy dane innym użytkownikom, a Twój profil jest publicznie dostępny.';
    expect(practicesOf([text], 'pl').sharing.recipients).toContain('other-users');
  });
});
