/**
 * Narrowings of fix15c's recipient and name rules (review15b findings 4, 5, 6, 8): nb/sv "budet" and da
 * "buddet" are also "the bid", so the courier is read only with a delivery word (leverer, levererar,
 * pakke, bestilling, ordre); the en party-records mask takes no plural possessive ("our partners' data
 * management platforms" are the recipient); a capitalised function word after a role is the next
 * sentence's first word, not a name ("au constructeur Pour toute question"); es "amigos verificados" are
 * no audience ("ver" is the verb only as ver/verá/verán).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { namedOf, recipientsOf } from './helpers';

describe('the bid is no courier', () => {
  test.each<[Lang, string]>([
    ['nb', 'Budet ditt sendes til selgeren.'],
    ['nb', 'Vi sender budet ditt til selgeren når auksjonen er ferdig.'],
    ['da', 'Vi sender buddet videre til sælgeren, når auktionen slutter.'],
    ['sv', 'Vi skickar ditt bud till säljaren och budet visas för andra budgivare.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('service-providers');
  });
});

describe('the courier who delivers is still a provider', () => {
  test.each<[Lang, string]>([
    ['sv', 'Ditt namn, din adress och ditt telefonnummer delas med budet som levererar din beställning.'],
    ['nb', 'Navnet og adressen din deles med budet som leverer bestillingen.'],
    ['da', 'Dit navn og din adresse deles med buddet, der leverer din ordre.'],
    ['nb', 'Vi gir adressen din til budet slik at pakken kan leveres.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('service-providers');
  });
});

describe('party records and a plural possessive', () => {
  test('partners named with a plural possessive are the recipient', () => {
    expect(
      recipientsOf("We share your email address with our partners' data management platforms.", 'en'),
    ).toContain('business-partners');
  });
  test('contractor records still name no provider', () => {
    const got = recipientsOf(
      'We share payroll and contractor records with HMRC where the law requires it.',
      'en',
    );
    expect(got).not.toContain('service-providers');
    expect(got).toContain('authorities');
  });
});

describe('a sentence opener after a role is no name', () => {
  test.each<[Lang, string]>([
    ['fr', 'Nous transmettons vos données au constructeur Pour toute question, contactez-nous.'],
    ['it', 'Trasmettiamo i dati al produttore Per la garanzia.'],
    ['es', 'Enviamos sus datos al fabricante Para más información, contáctenos.'],
    ['pt', 'Enviamos os seus dados ao fabricante Para mais informações, contacte-nos.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('business-partners');
    expect(namedOf(text, lang)).toEqual([]);
  });
  test.each<[Lang, string, string]>([
    [
      'fr',
      "Vos coordonnées sont transmises au constructeur Renault afin qu'il puisse vous adresser les rappels.",
      'Renault',
    ],
    [
      'en',
      'We share your name and T-shirt size with the event organiser, British Cycling, so they can prepare your race pack.',
      'British Cycling',
    ],
  ])('%s: a real name stays: %s', (lang, text, name) => {
    expect(namedOf(text, lang)).toContain(name);
  });
});

describe('es friends who are verified are no audience', () => {
  test('amigos verificados', () => {
    expect(
      recipientsOf('Comparte tu código con tus amigos verificados para obtener premios.', 'es'),
    ).not.toContain('other-users');
  });
  test('amigos pueden ver', () => {
    expect(recipientsOf('Tus amigos pueden ver tus publicaciones.', 'es')).toContain('other-users');
  });
});

describe('access that is the reader’s own names no recipient', () => {
  test('only you have access; the host has none', () => {
    expect(
      recipientsOf(
        'Alleen u heeft toegang tot uw gegevens; onze hostingpartij heeft geen toegang tot uw gegevens.',
        'nl',
      ),
    ).toEqual([]);
  });
  test.each<[Lang, string]>([
    ['nb', 'Bare du har tilgang til dataene dine; vår driftsleverandør har ikke tilgang.'],
    ['da', 'Kun du har adgang til dine data; vores hostingudbyder har ikke adgang.'],
    ['nl', 'Je hebt toegang tot je gegevens.'],
  ])('%s: the reader’s own access: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });
  test.each<[Lang, string]>([
    ['en', 'Our hosting provider has access to your data.'],
    ['nb', 'Vår driftsleverandør har tilgang til opplysningene dine.'],
    ['sv', 'Vår leverantör har tillgång till dina uppgifter.'],
    ['da', 'Vores hostingudbyder har adgang til dine oplysninger.'],
  ])('%s: a provider with access is still one: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('service-providers');
  });
  test('a host that has access is still a provider', () => {
    expect(recipientsOf('Onze hostingpartij heeft toegang tot uw gegevens.', 'nl')).toContain(
      'service-providers',
    );
  });
});

describe('a sign-in button with several providers names no one', () => {
  test.each<[Lang, string]>([
    ['en', 'Sign in with Google or Facebook to continue.'],
    ['en', 'Log in with Apple, Google or Facebook to continue.'],
    ['fr', 'Vous pouvez vous connecter avec Google ou Facebook.'],
    ['es', 'Puede iniciar sesión con Google o Facebook.'],
  ])('%s: %s', (lang, text) => {
    expect(namedOf(text, lang)).toEqual([]);
  });
  test.each<[Lang, string, readonly string[]]>([
    ['en', 'Sign in with Google. We share your email address with Facebook.', ['Facebook']],
    ['en', 'We share your email address with Google and Facebook.', ['Google', 'Facebook']],
  ])('%s: data shared still names: %s', (lang, text, names) => {
    const got = namedOf(text, lang);
    for (const n of names) expect(got).toContain(n);
  });
});
