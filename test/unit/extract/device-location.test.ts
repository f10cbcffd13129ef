/**
 * Location said of a device or a vehicle (session 14's unseen probe, fix15b).
 *
 * "the bike reports its GPS position every 30 seconds", "Le vélo transmet sa position GPS", "gemmer appen
 * din GPS-rute", "La scatola nera ... rileva la posizione": the vehicle or app reports where it (and so the
 * rider) is. A device that reports or transmits states a collection (cues/collection.json, with the health
 * reading); a GPS route written as one hyphenated word ("GPS-rute", "GPS-Route") is location; so are the
 * vehicle's position ("the vehicle's location", "posizione del veicolo", "bilens position") and it
 * "rilevare la posizione" (the set phrase for detecting a location). "GPS position" is no job position:
 * the professional weak word "position" is masked after "GPS" (en, de).
 *
 * Not location: a job position, a device that reports errors. Still read, as on main: it "Rileviamo la
 * posizione della società sul mercato" (the weak "posizione" beside "società").
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('a device or vehicle reporting where it is reads location', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'While a ride is active, the bike reports its GPS position every 30 seconds so we can calculate your fare.',
    ],
    ['fr', 'Le vélo transmet sa position GPS pendant toute la durée de la location.'],
    ['da', 'Når du træner udendørs, gemmer appen din GPS-rute.'],
    ['it', 'La scatola nera installata sul veicolo rileva la posizione e lo stile di guida.'],
    ['de', 'Die App speichert Ihre GPS-Route.'],
    ['nl', 'De app slaat je gps-route op.'],
    ['nb', 'Appen lagrer GPS-ruten din.'],
    ['sv', 'Appen sparar din GPS-rutt.'],
    ['en', "We record the vehicle's location during the rental."],
    ['es', 'Registramos la ubicación del vehículo durante el alquiler.'],
    ['pl', 'Rejestrujemy lokalizację pojazdu w trakcie wynajmu.'],
    ['pt', 'Registamos a localização do veículo durante o aluguer.'],
    ['sv', 'Vi registrerar bilens position under hyrperioden.'],
    ['da', 'Vi registrerer bilens position i lejeperioden.'],
    ['nb', 'Vi registrerer bilens posisjon i leieperioden.'],
  ])('%s: %s', (lang, text) => {
    expect(typesBoth(text, lang)[1]).toContain('location');
  });

  test.each<[Lang, string]>([
    ['en', 'We collect your GPS position.'],
    [
      'en',
      'While a ride is active, the bike reports its GPS position every 30 seconds so we can calculate your fare.',
    ],
  ])('a GPS position is no job, %s: %s', (lang, text) => {
    expect(typesBoth(text, lang)[1]).not.toContain('professional');
  });

  test.each<[Lang, string]>([['en', 'We collect your job position and employer.']])(
    'a job position still reads professional, %s: %s',
    (lang, text) => {
      expect(typesBoth(text, lang)[1]).toContain('professional');
    },
  );

  test.each<[Lang, string]>([
    ['en', 'The app reports errors to our developers.'],
    ['it', "Rileviamo gli errori dell'app per correggerli."],
    ['fr', 'Le vélo transmet une alerte en cas de panne.'],
  ])('no location, %s: %s', (lang, text) => {
    expect(typesBoth(text, lang)[1]).not.toContain('location');
  });
});
