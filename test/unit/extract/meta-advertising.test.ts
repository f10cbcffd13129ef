/**
 * Data shared with Meta so that it shows the reader adverts (probe16, session 17): Meta is named (a company
 * of its own, beside its services Facebook and Instagram), and "show you adverts" / "vous proposer des
 * publicités" are advertising, as "show you ads" was. Meta's name counts only beside a sharing cue, like
 * the other social networks' names, and the operator's own adverts pass nothing to an advertiser.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const sharingOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing;

describe('data shared with Meta to show adverts names Meta and advertisers', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'We share hashed email addresses with Meta so that we can show you adverts for upcoming events on Facebook and Instagram.',
    ],
    [
      'fr',
      'Avec votre accord, nous partageons des informations sur vos achats avec Meta afin de vous proposer des publicités personnalisées sur Facebook.',
    ],
    ['es', 'Compartimos su dirección de correo cifrada con Meta para ofrecerle anuncios personalizados.'],
    ['it', 'Condividiamo il suo indirizzo e-mail cifrato con Meta per proporle annunci personalizzati.'],
    [
      'pt',
      'Partilhamos o seu endereço de e-mail cifrado com a Meta para lhe apresentar anúncios personalizados.',
    ],
  ])('%s: %s', (lang, text) => {
    const s = sharingOf(text, lang);
    expect(s.named).toContain('Meta');
    expect(s.recipients).toContain('advertisers');
  });
});

describe('Meta without sharing, and the operator’s own adverts, name no one', () => {
  test.each<[Lang, string]>([
    ['en', 'Meta tags tell search engines what a page is about.'],
    ['en', 'We show you adverts for our own events on this website.'],
  ])('%s: %s', (lang, text) => {
    const s = sharingOf(text, lang);
    expect(s.named).not.toContain('Meta');
    expect(s.recipients).not.toContain('advertisers');
  });
});
