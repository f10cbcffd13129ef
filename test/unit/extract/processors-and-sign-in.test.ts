/**
 * Named parties (probe14): "Os pagamentos por MB WAY são processados pela SIBS." named MB Way but not SIBS,
 * the Portuguese payment processor (now in the dictionary), and Portuguese "pelo / pela" (by the) was no tool
 * word before a name that needs a cue, where the ten other languages read their "by / durch / door / av / af /
 * par / por / da / przez". MB Way stays named: it is the payment service the reader pays through. A sign-in
 * button ("Sign in with Apple", "Log in with Facebook", eleven languages' button words) names no one, as "Sign
 * in with Google" already did: it says how the reader logs in, not that data goes to the company; a sentence
 * that sends data to it still names it.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { namedOf } from './helpers';

describe('a processor named after the agent word of a passive', () => {
  test('pt: SIBS and MB Way', () => {
    expect(namedOf('Os pagamentos por MB WAY são processados pela SIBS.', 'pt')).toEqual(['MB Way', 'SIBS']);
  });

  test.each<[Lang, string]>([
    ['pt', 'Os pagamentos são processados pela Apple.'],
    ['en', 'Payments are processed by Apple.'],
    ['de', 'Zahlungen werden durch Apple verarbeitet.'],
    ['nl', 'Betalingen worden verwerkt door Apple.'],
    ['nb', 'Betalinger behandles av Apple.'],
    ['sv', 'Betalningar behandlas av Apple.'],
    ['da', 'Betalinger behandles af Apple.'],
    ['fr', 'Les paiements sont traités par Apple.'],
    ['es', 'Los pagos son procesados por Apple.'],
    ['it', 'I pagamenti sono elaborati da Apple.'],
    ['pl', 'Płatności są przetwarzane przez Apple.'],
  ])('%s: %s', (lang, text) => {
    expect(namedOf(text, lang)).toEqual(['Apple']);
  });
});

describe('a sign-in button names no one', () => {
  test.each<[Lang, string]>([
    ['en', 'You can sign in with Apple.'],
    ['en', 'Sign in with Apple'],
    ['en', 'You can log in with Facebook.'],
    ['de', 'Sie können sich mit Apple anmelden.'],
    ['fr', 'Vous pouvez vous connecter avec Apple.'],
    ['pt', 'Pode entrar com a Apple.'],
    ['es', 'Puede iniciar sesión con Apple.'],
    ['nl', 'U kunt inloggen met Apple.'],
    ['sv', 'Du kan logga in med Apple.'],
  ])('%s: %s', (lang, text) => {
    expect(namedOf(text, lang)).toEqual([]);
  });

  test('en: data sent to the company still names it', () => {
    expect(namedOf('We share your email address with Apple when you use Sign in with Apple.', 'en')).toEqual([
      'Apple',
    ]);
  });

  test('pt: "pelo" before no name names no one', () => {
    expect(namedOf('O pagamento pelo cliente é feito na loja.', 'pt')).toEqual([]);
  });
});
