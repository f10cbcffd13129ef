/**
 * Other people who see the reader's data without a verb of sharing (probe16, session 17): a supporter's name
 * shown on a campaign or project page ("visas på projektsidan", "apparaissent sur la page de la cagnotte"),
 * and the driver of a ride who sees or receives the rider's name and pick-up point. A page phrase counts only
 * after a name word (the total raised shown on the page is no one's data), a driver only with a verb of
 * seeing or receiving right after it (not "the driver does not see").
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const recipientsOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing.recipients;

describe('names on a campaign page and data the driver sees reach other users', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'Unless you choose to back anonymously, your name and pledge level are shown on the campaign page to other supporters.',
    ],
    [
      'sv',
      'Ditt namn och det belopp du bidragit med visas på projektsidan om du inte väljer att vara anonym.',
    ],
    [
      'fr',
      'Le nom et le message des contributeurs apparaissent sur la page de la cagnotte, sauf si le contributeur choisit l’anonymat.',
    ],
    ['de', 'Ihr Name wird auf der Spendenseite angezeigt, wenn Sie nicht anonym spenden.'],
    ['es', 'Tu nombre aparece en la página de la campaña junto a tu aportación.'],
    ['es', 'El conductor podrá ver su nombre, su valoración y el punto de recogida.'],
    ['pl', 'Kierowca otrzymuje Twoje imię, zamaskowany numer telefonu oraz miejsce odbioru.'],
    ['pt', 'O motorista vê o seu primeiro nome, a sua avaliação e o local de recolha.'],
    ['en', 'The driver will see your first name and pick-up location.'],
    ['nb', 'Sjåføren ser fornavnet ditt og hentestedet.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('other-users');
  });
});

describe('a page showing totals, a driver who sees nothing, and our drivers name no other users', () => {
  test.each<[Lang, string]>([
    ['fr', 'Le montant total collecté apparaît sur la page de la cagnotte.'],
    ['en', 'The total amount raised is shown on the campaign page.'],
    ['en', 'The driver does not see your phone number.'],
    ['en', 'Our drivers are trained to protect your privacy.'],
    ['sv', 'Cookie-bannern visas på sidan när du besöker oss första gången.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('other-users');
  });
});
