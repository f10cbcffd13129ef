/**
 * Serving ads is what advertisers do: Google's required AdSense notice, "Google uses cookies to serve ads
 * based on prior visits", in each language ("Google gebruikt cookies om advertenties weer te geven", "O
 * Google ... utiliza cookies para exibir anúncios"), named no recipient kind. The phrase still needs a
 * verb of using cookies or passing data on, and negated it names no one. Spanish and Italian "publicar /
 * pubblicare annunci" is also a person posting classifieds, French "annonces" listings too: an advertiser
 * only for ads "based on" visits (or "publicités").
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('a party serving ads is an advertiser', () => {
  test.each<[Lang, string]>([
    ['nl', 'Google gebruikt cookies om advertenties weer te geven op basis van eerdere bezoeken.'],
    ['pt', 'O Google, como fornecedor de terceiros, utiliza cookies para exibir anúncios no nosso website.'],
    ['en', 'Google, as a third-party vendor, uses cookies to serve ads on our site.'],
    ['de', 'Google verwendet Cookies, um Anzeigen auf Grundlage früherer Besuche zu schalten.'],
    ['nb', 'Google bruker informasjonskapsler for å vise annonser basert på tidligere besøk.'],
    ['sv', 'Google använder cookies för att visa annonser baserat på tidigare besök.'],
    ['da', 'Google bruger cookies til at vise annoncer baseret på tidligere besøg.'],
    ['fr', 'Google utilise des cookies pour diffuser des annonces en fonction des visites antérieures.'],
    ['es', 'Google utiliza cookies para publicar anuncios en función de las visitas anteriores.'],
    ['it', 'Google utilizza cookie per pubblicare annunci in base alle precedenti visite.'],
    ['pl', 'Google używa plików cookie do wyświetlania reklam na podstawie wcześniejszych wizyt.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('advertisers');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['en', 'We do not use cookies to serve ads.'],
    ['fr', "Nous n'utilisons pas de cookies pour afficher des publicités."],
    ['en', 'This site shows no ads.'],
    ['fr', 'Nous utilisons vos données pour afficher les annonces immobilières que vous consultez.'],
    [
      'es',
      'Los usuarios registrados pueden publicar anuncios en nuestra plataforma y compartimos sus datos con ellos.',
    ],
    [
      'it',
      'Gli utenti possono pubblicare annunci sul nostro sito e condividiamo i loro dati con i fornitori.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('advertisers');
  });
});
