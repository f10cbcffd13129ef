/**
 * A page linking to other sites gives them nothing: "Le site propose des liens vers des catalogues et
 * plateformes externes (fournisseurs, partenaires)" named service providers and business partners. Without
 * a verb of passing data on, the parties of a sentence about links are where the links lead; with one
 * ("clicking a link transmits your IP address to Facebook") they still receive data. Only links in the
 * plural (the page's links to other sites), not "a link to unsubscribe" or "click a link to our site".
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Recipient } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

/** A section about sharing in each language, so the sentence counts without a verb of its own. */
const HEADINGS: Record<Lang, string> = {
  en: 'Who we share your data with',
  de: 'Weitergabe von Daten',
  nl: 'Delen van gegevens',
  nb: 'Deling av personopplysninger',
  sv: 'Delning av personuppgifter',
  da: 'Videregivelse af personoplysninger',
  fr: 'Destinataires des données',
  es: 'Cesión de datos',
  it: 'Comunicazione dei dati',
  pl: 'Udostępnianie danych',
  pt: 'Compartilhamento de dados',
};
const recipientsOf = (text: string, lang: Lang) =>
  practicesOf([{ text, heading: HEADINGS[lang] }], lang).sharing.recipients;

describe('parties a page links to are no recipients', () => {
  test.each<[Lang, string]>([
    [
      'fr',
      'Le site propose des liens vers des catalogues et plateformes externes (fournisseurs, partenaires).',
    ],
    [
      'fr',
      'Le site peut contenir des liens vers des catalogues, plateformes ou ressources de tiers (fournisseurs, partenaires).',
    ],
    ['en', 'Our website contains links to the websites of our partners.'],
    ['de', 'Unsere Website enthält Links zu Websites unserer Partner.'],
    ['nl', 'Onze website bevat links naar websites van onze partners.'],
    ['nb', 'Nettstedet inneholder lenker til nettsidene til våre partnere.'],
    ['sv', 'Webbplatsen innehåller länkar till våra partners webbplatser.'],
    ['da', 'Hjemmesiden indeholder links til vores partneres hjemmesider.'],
    ['es', 'El sitio contiene enlaces a las páginas de nuestros socios comerciales.'],
    ['it', 'Il sito contiene link a siti dei nostri partner commerciali.'],
    ['pl', 'Strona zawiera linki do stron naszych partnerów.'],
    ['pt', 'O site contém links para sites dos nossos parceiros.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });
});

describe('what must not change', () => {
  test.each<[Lang, string, Recipient]>([
    [
      'en',
      'When you click a link to Facebook, your IP address is transmitted to our advertising partners.',
      'advertisers',
    ],
    ['fr', 'Nous partageons vos données avec nos partenaires.', 'business-partners'],
    ['de', 'Wenn Sie einem Link folgen, übermitteln wir Ihre Daten an unsere Partner.', 'business-partners'],
    ['pt', 'Compartilhamos seus dados com nossos parceiros.', 'business-partners'],
    [
      'en',
      'Our hosting provider logs your IP address when you click a link to our site.',
      'service-providers',
    ],
    [
      'en',
      'Our email service provider sends each newsletter with a link to unsubscribe.',
      'service-providers',
    ],
  ])('%s: %s', (lang, text, kind) => {
    expect(recipientsOf(text, lang)).toContain(kind);
  });
});
