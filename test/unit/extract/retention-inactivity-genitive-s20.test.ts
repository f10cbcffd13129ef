/**
 * A deletion after a period of inactivity said with a genitive (session 20, fixt20): da "slettes efter to års
 * inaktivitet", nb "etter seks måneders inaktivitet", sv "efter två års inaktivitet" read their period (the
 * genitive unit counts only before "inaktivitet": "10 års erfaring", "2 års garanti" stay no duration). The
 * other languages' twins ("after two years of inactivity", "nach zwei Jahren Inaktivität", "na twee jaar
 * inactiviteit", "après deux ans d'inactivité", "tras dos años de inactividad", "dopo due anni di inattività",
 * "po dwóch latach nieaktywności", "após dois anos de inatividade") were read already and stay read.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang) => practicesOf([text], lang).retention;

const READ: readonly [Lang, string, string][] = [
  ['da', 'Din brugerkonto slettes efter to års inaktivitet.', 'P2Y'],
  ['da', 'Profiler slettes automatisk efter 18 måneders inaktivitet.', 'P18M'],
  ['nb', 'Brukerkontoen din slettes etter to års inaktivitet.', 'P2Y'],
  ['nb', 'Vi sletter kontoer etter seks måneders inaktivitet.', 'P6M'],
  ['sv', 'Ditt användarkonto raderas efter två års inaktivitet.', 'P2Y'],
  ['sv', 'Vi tar bort konton efter sex månaders inaktivitet.', 'P6M'],
  ['en', 'Your user account is deleted after two years of inactivity.', 'P2Y'],
  ['de', 'Ihr Benutzerkonto wird nach zwei Jahren Inaktivität gelöscht.', 'P2Y'],
  ['nl', 'Uw gebruikersaccount wordt na twee jaar inactiviteit verwijderd.', 'P2Y'],
  ['fr', "Votre compte utilisateur est supprimé après deux ans d'inactivité.", 'P2Y'],
  ['es', 'Su cuenta de usuario se elimina tras dos años de inactividad.', 'P2Y'],
  ['it', 'Il tuo account utente viene cancellato dopo due anni di inattività.', 'P2Y'],
  ['pl', 'Twoje konto użytkownika jest usuwane po dwóch latach nieaktywności.', 'P2Y'],
  ['pt', 'A sua conta de utilizador é eliminada após dois anos de inatividade.', 'P2Y'],
];

/** Genitives of other nouns: experience, warranty, membership, a pause. No period of keeping. */
const NOT_READ: readonly [Lang, string][] = [
  ['da', 'Med 10 års erfaring opbevarer vi dine data sikkert.'],
  ['da', 'Produktet leveres med 2 års garanti, og vi gemmer kvitteringen.'],
  ['nb', 'Med 10 års erfaring lagrer vi dataene dine trygt.'],
  ['sv', 'Med 10 års erfarenhet lagrar vi dina uppgifter säkert.'],
  ['sv', 'Efter två års utveckling lanserar vi appen.'],
  ['nb', 'Etter to års arbeid lanserer vi den nye appen.'],
];

describe('a deletion after a period of inactivity reads its period', () => {
  it.each(READ)('%s: %s', (lang, text, period) => {
    const r = retentionOf(text, lang);
    expect(r.kind).toBe('specific');
    expect(r.periods).toContain(period);
  });
});

describe('a genitive period of something else is no retention period', () => {
  it.each(NOT_READ)('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).periods).toEqual([]);
  });
});
