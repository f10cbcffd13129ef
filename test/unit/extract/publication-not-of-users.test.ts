/**
 * Publication names other users only when the reader's data or content is made public (session 17,
 * fixa17o): a bare verb of publishing ("veröffentlichen", "gepubliceerd", "publiseres", "publicada") also
 * says a new policy version or an update is put online, in either word order ("werden wir die neueste
 * Version ... veröffentlichen", "nach Veröffentlichung der überarbeiteten Datenschutzrichtlinie"), the date a
 * change takes effect ("ab dem Datum der Veröffentlichung"), and the operator's own games, packages and
 * texts ("neue Spiele, die wir veröffentlichen", "Alle hier veröffentlichten Texte"). Masks in
 * recipients.json; a name or a possessive of the reader between the policy word and the verb keeps the
 * reading ("Wir veröffentlichen Ihren Namen in der neuen Version unserer App").
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const recipientsOf = (text: string, lang: Lang) =>
  practicesOf([{ text, heading: 'Sharing' }], lang).sharing.recipients;

describe('a policy, its versions and changes, the operator’s games and texts published: no other users', () => {
  test.each<[Lang, string]>([
    ['de', 'Wenn wir dies tun, werden wir die neueste Version auf den Nick Websites veröffentlichen.'],
    [
      'de',
      'Wir werden Aktualisierungen der Datenschutzrichtlinien auf dieser Seite mit einem Zeitstempel veröffentlichen.',
    ],
    [
      'de',
      'Etwaige Änderungen werden sofort nach Veröffentlichung der überarbeiteten Datenschutzrichtlinie wirksam.',
    ],
    ['de', 'Diese Aktualisierungen sind ab dem Datum der Veröffentlichung auf unserer Webseite gültig.'],
    ['de', 'Wir informieren Sie über neue Spiele, die wir veröffentlichen.'],
    ['de', 'Alle hier veröffentlichten Texte stehen unter einer freien Lizenz.'],
    [
      'de',
      'Wir veröffentlichen die überarbeitete Datenschutzerklärung auf unserer Website www.example.de und aktualisieren das Datum.',
    ],
    ['nl', 'De nieuwste versie van deze privacyverklaring wordt op onze website gepubliceerd.'],
    ['nl', 'Wijzigingen gaan in na publicatie van het aangepaste beleid.'],
    ['nl', 'We vertellen je over nieuwe spellen die door ons worden gepubliceerd.'],
    ['nb', 'Den nyeste versjonen av personvernerklæringen publiseres på nettsidene våre.'],
    ['nb', 'Endringene gjelder fra publisering av den oppdaterte erklæringen.'],
    ['sv', 'Den senaste versionen av integritetspolicyn publiceras på vår webbplats.'],
    ['da', 'Den nyeste version af privatlivspolitikken offentliggøres på vores hjemmeside.'],
    ['da', 'Ændringerne træder i kraft ved offentliggørelse af den opdaterede politik.'],
    ['es', 'La versión actualizada de esta política será publicada en nuestro sitio web.'],
    ['it', 'La versione aggiornata di questa informativa sarà pubblicata sul nostro sito.'],
    [
      'pl',
      'Zaktualizowana wersja polityki prywatności zostanie opublikowana na naszej stronie internetowej.',
    ],
    ['pt', 'A versão atualizada desta política será publicada no nosso site.'],
    ['en', 'The latest version of this policy will be published on our website.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('other-users');
  });
});

describe('the reader’s name or content published still reaches other users', () => {
  test.each<[Lang, string]>([
    ['de', 'Ihr Name wird auf unserer Website veröffentlicht.'],
    ['de', 'Beiträge, die Sie veröffentlichen, sind für andere sichtbar.'],
    ['de', 'Wir veröffentlichen Ihren Namen in der neuen Version unserer App.'],
    ['de', 'Mit Ihrer Zustimmung veröffentlichen wir Ihren Namen und Ihr Foto in unserem Newsletter.'],
    ['nl', 'Uw naam wordt op onze website gepubliceerd.'],
    ['nb', 'Navnet ditt publiseres på nettsiden.'],
    ['sv', 'Ditt namn publiceras på webbplatsen.'],
    ['da', 'Dit navn offentliggøres på hjemmesiden.'],
    ['es', 'Tu nombre será publicado en nuestra web.'],
    ['it', 'Il tuo nome sarà pubblicato sul nostro sito.'],
    ['pl', 'Twoje imię zostanie opublikowane na naszej stronie.'],
    ['pt', 'O seu nome será publicado no nosso site.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('other-users');
  });
});
