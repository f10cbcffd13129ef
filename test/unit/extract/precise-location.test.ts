/**
 * A location with an adjective ("Ihren genauen Standort", "uw exacte locatie", "din nøyaktige posisjon", "din
 * exakta plats") or in an inflected form (Polish "z Twojej dokładnej lokalizacji", "z Twojej lokalizacji") is
 * the person's location, in every language where the possessive and adjective stand before the noun; "your
 * device's precise location" is a location, not device information (the device only owns it). Polish "korzysta
 * z Twojej ..." (uses your ...) is a collection cue as "używa" is. A denied use still states nothing.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesSilent } from './helpers';

describe('a precise or inflected location is a location', () => {
  test.each<[Lang, string]>([
    ['en', "For the map feature, the app uses your device's precise location."],
    ['de', 'Für die Kartenfunktion verwendet die App Ihren genauen Standort.'],
    ['nl', 'Voor de kaartfunctie gebruikt de app uw exacte locatie.'],
    ['nb', 'For kartfunksjonen bruker appen din nøyaktige posisjon.'],
    ['sv', 'För kartfunktionen använder appen din exakta plats.'],
    ['da', 'Til kortfunktionen bruger appen din præcise placering.'],
    ['fr', "Pour la carte, l'application utilise votre position exacte."],
    ['es', 'Para el mapa, la app utiliza tu ubicación exacta.'],
    ['it', "Per la mappa, l'app utilizza la tua posizione esatta."],
    ['pl', 'Do działania mapy aplikacja korzysta z Twojej dokładnej lokalizacji.'],
    ['pl', 'Aplikacja korzysta z Twojej lokalizacji.'],
  ])('%s: location only in "%s"', (lang, text) => {
    expect(typesSilent(text, lang)).toEqual(['location']);
  });

  test.each<[Lang, string]>([
    ['sv', 'Vi använder inte din exakta plats.'],
    ['de', 'Wir erheben nicht Ihren genauen Standort.'],
  ])('%s: nothing in "%s"', (lang, text) => {
    expect(typesSilent(text, lang)).toEqual([]);
  });

  test('device information collected still counts', () => {
    expect(typesSilent('We collect your device type and operating system.', 'en')).toEqual(['device-info']);
  });
});
