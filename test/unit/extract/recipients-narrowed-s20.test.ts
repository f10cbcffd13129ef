/**
 * Recipients narrowed after review20b (session 20, fixr20b): nb/sv/da "ses av de andre" needs people after
 * "andre" (other clubs or teams are no other users); nl "door de andere leden nooit gezien" is a denial; nl
 * delivery companies only as a party ("met het bezorgbedrijf"), not where the page describes itself; statistics
 * providers are analytics (sv "statistikleverantörer"), fr "prestataires de services d'analyse" too. The same
 * "seen by the other clubs" in the other languages reads nothing. Short invented sentences, eleven languages.
 */
import { describe, expect, it } from 'vitest';
import type { Lang, Recipient } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const recipients = (text: string, lang: Lang) => practicesOf([text], lang).sharing.recipients;

const READ: readonly [Lang, string, Recipient][] = [
  ['da', 'Dit profil kan ses af de andre medlemmer.', 'other-users'],
  ['sv', 'Din profil kan ses av de andra medlemmarna.', 'other-users'],
  ['nb', 'Profilen din kan ses av andre.', 'other-users'],
  ['sv', 'Vi delar uppgifter med våra statistikleverantörer.', 'analytics'],
  ['fr', "Nous transmettons des données à nos prestataires de services d'analyse.", 'analytics'],
  ['nl', 'Wij delen je adres alleen met het bezorgbedrijf.', 'service-providers'],
];

const NOT_READ: readonly [Lang, string][] = [
  ['da', 'Resultaterne kan ses af de andre hold i ligaen.'],
  ['sv', 'Resultaten kan ses av de andra lagen i serien.'],
  ['nb', 'Resultatene kan ses av de andre lagene i serien.'],
  ['nl', "Je foto's worden door de andere leden niet gezien."],
  ['nl', 'Wij zijn een klein transportbedrijf uit Utrecht.'],
  ['nl', 'Als bezorgbedrijf rijden wij door heel Nederland.'],
  ['en', 'The fixtures can be seen by the other clubs in the league.'],
  ['de', 'Der Spielplan kann von den anderen Vereinen eingesehen werden.'],
  ['fr', 'Le calendrier peut être consulté par les autres clubs du championnat.'],
  ['es', 'El calendario puede ser consultado por los otros clubes de la liga.'],
  ['it', 'Il calendario può essere visto dagli altri club del campionato.'],
  ['pl', 'Terminarz mogą zobaczyć inne kluby w lidze.'],
  ['pt', 'O calendário pode ser visto pelos outros clubes da liga.'],
];

describe('other users, delivery companies and analytics providers are read', () => {
  it.each(READ)('%s: %s', (lang, text, kind) => {
    expect(recipients(text, lang)).toContain(kind);
  });
});

describe('other clubs, denials and self-descriptions name no recipient', () => {
  it.each(NOT_READ)('%s: %s', (lang, text) => {
    expect(recipients(text, lang)).toEqual([]);
  });
});
