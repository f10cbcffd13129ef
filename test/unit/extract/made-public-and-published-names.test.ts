/**
 * Other users the TRAIN annotations showed missed (session 17, fixa17o): information that "can be viewed
 * publicly" or "becomes public", the reader's name or content the operator publishes ("we may publish your
 * name, screen name and other information"), content published "in print or on this Site", other community
 * members, in the languages where the phrase exists. Negated ("is not viewed publicly") it states nothing.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const recipientsOf = (text: string, lang: Lang) =>
  practicesOf([{ text, heading: 'Sharing' }], lang).sharing.recipients;

describe('made public, viewed publicly, the reader’s name published: other users', () => {
  test.each<[Lang, string]>([
    ['en', 'If you disclose information on message boards, that information can be viewed publicly.'],
    ['en', 'When you post information in a public forum, it becomes public information.'],
    [
      'en',
      'If you submit a review, we may publish your name, screen name and other information you have provided to us.',
    ],
    ['en', 'We may publish them in print or display them on this Site.'],
    ['en', 'Profile information may be shared with other community members.'],
    ['de', 'Wenn Sie ein Profil erstellen, können andere DocuSign-Nutzer Ihre Profilinformationen einsehen.'],
    ['nl', 'Als je iets in het forum plaatst, wordt het openbaar.'],
    ['nb', 'Når du skriver i forumet, blir innlegget offentlig.'],
    ['sv', 'När du skriver i forumet blir inlägget offentligt.'],
    ['da', 'Når du skriver i forummet, bliver indlægget offentligt.'],
    ['fr', 'Lorsque vous écrivez sur le forum, votre message devient public.'],
    ['es', 'Si publicas en el foro, tu mensaje se hace público.'],
    ['it', 'Quando scrivi nel forum, il tuo messaggio diventa pubblico.'],
    ['pl', 'Gdy piszesz na forum, Twój wpis staje się publiczny.'],
    ['pt', 'Quando escreve no fórum, a sua mensagem torna-se pública.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('other-users');
  });
});

describe('near sentences that name no other users', () => {
  test.each<[Lang, string]>([
    ['en', 'Your payment details are never viewed publicly.'],
    ['en', 'We publish our annual report on this Site.'],
    ['en', 'When a company becomes public, its shares are traded.'],
    ['sv', 'Beslutet blir offentligt först efter mötet.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('other-users');
  });
});

describe('the reader publishing their own work names no other users', () => {
  test('en: If you elect to publish your book through our service, we ask for your bank details.', () => {
    expect(
      recipientsOf(
        'If you elect to publish your book through our service, we ask for your bank details.',
        'en',
      ),
    ).not.toContain('other-users');
  });
});
