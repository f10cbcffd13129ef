/**
 * Named processors the session 12 card audit found missing from the party dictionary (fix12b): real,
 * widely used services added with their kind, each matched so that an ordinary word cannot fire
 * ("autopay", "pay now", the town of Évry, a surfboard).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

describe('named processors added to the dictionary', () => {
  test.each<[Lang, string, string]>([
    [
      'fr',
      'Nous utilisons les services tiers suivants : TradingView — affichage du cours du Bitcoin ;',
      'TradingView',
    ],
    ['nb', 'Alle persondata rundt abonnenter blir håndtert av Mediaconnect AS.', 'Mediaconnect'],
    ['nb', 'Vi deler opplysningene med underleverandøren vår, Evry AS.', 'Tietoevry'],
    [
      'nb',
      'Vi kan dele personopplysninger med: Surfboard Payments AB (der det er relevant)',
      'Surfboard Payments',
    ],
    [
      'pl',
      'Dane mogą być udostępniane następującym podmiotom: Fitssey — system rezerwacji zajęć.',
      'Fitssey',
    ],
    [
      'pl',
      'Dane mogą być udostępniane następującym podmiotom: Autopay S.A. — obsługa płatności kartami.',
      'Autopay',
    ],
    [
      'pl',
      'Dane mogą być udostępniane następującym podmiotom: Paynow (mBank S.A.) — obsługa płatności.',
      'Paynow',
    ],
    [
      'en',
      "The postal code is then sent to Royal Mail's services near you API in order to locate nearby postboxes.",
      'Royal Mail',
    ],
  ])('%s: %s', (lang, text, name) => {
    expect(practicesOf([text], lang).sharing.named).toContain(name);
  });

  test.each<[Lang, string]>([
    ['en', 'You can enable autopay so that we share your card details with our payment provider.'],
    ['en', 'Click Pay now to send your order to our payment provider.'],
    ['fr', 'Nous partageons vos données avec notre prestataire, situé à Évry.'],
    ['fr', 'Nous partageons vos données avec notre hébergeur situé à Evry.'],
    ['en', 'We share your data with a surfboard rental shop.'],
    ['en', 'We share your contact details with our media connect partners.'],
  ])('ordinary words name no one, %s: %s', (lang, text) => {
    expect(practicesOf([text], lang).sharing.named).toEqual([]);
  });
});
