/**
 * Kept forever (session 15's unseen probe, fix16a): pl "przechowywane są wieczyście", "na zawsze", "wiecznie", and the
 * gaps in the other languages' "forever / in perpetuity" (nl "voor altijd", da "for altid", fr "pour toujours", "à
 * perpétuité", es "para siempre", "a perpetuidad", it "in perpetuo", pt "perpetuamente", de "für immer"). Deleting
 * forever ("usunąć na zawsze", "für immer löschen", "delete your account forever") is no keeping, nor is a permanent
 * address, an open-ended contract or "forever" with no data kept.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const kindOf = (text: string, lang: Lang) => practicesOf([text], lang).retention.kind;

describe('kept forever: indefinite', () => {
  test.each<[Lang, string]>([
    ['pl', 'Dane zapisane w księgach parafialnych przechowywane są wieczyście.'],
    ['pl', 'Dane zapisane w księgach parafialnych przechowywane są na zawsze.'],
    ['pl', 'Dane zapisane w księgach parafialnych przechowywane są bezterminowo.'],
    ['en', 'Data recorded in the parish registers are kept permanently.'],
    ['en', 'Data recorded in the parish registers are kept forever.'],
    ['en', 'Data recorded in the parish registers are kept for an unlimited period.'],
    ['de', 'Die in den Kirchenbüchern erfassten Daten werden dauerhaft aufbewahrt.'],
    ['nl', 'Gegevens in de parochieregisters worden voor onbepaalde tijd bewaard.'],
    ['nl', 'Gegevens in de parochieregisters worden permanent bewaard.'],
    ['nl', 'Gegevens in de parochieregisters worden voor altijd bewaard.'],
    ['sv', 'Uppgifter i kyrkböckerna sparas för alltid.'],
    ['nb', 'Opplysninger i kirkebøkene lagres på ubestemt tid.'],
    ['nb', 'Opplysninger i kirkebøkene lagres for alltid.'],
    ['da', 'Oplysninger i kirkebøgerne opbevares på ubestemt tid.'],
    ['da', 'Oplysninger i kirkebøgerne opbevares for altid.'],
    ['fr', 'Les données des registres paroissiaux sont conservées indéfiniment.'],
    ['fr', 'Les données des registres paroissiaux sont conservées pour toujours.'],
    ['fr', 'Les données des registres paroissiaux sont conservées à perpétuité.'],
    ['es', 'Los datos de los libros parroquiales se conservan indefinidamente.'],
    ['es', 'Los datos de los libros parroquiales se conservan para siempre.'],
    ['es', 'Los datos de los libros parroquiales se conservan a perpetuidad.'],
    ['it', 'I dati dei registri parrocchiali sono conservati a tempo indeterminato.'],
    ['it', 'I dati dei registri parrocchiali sono conservati in perpetuo.'],
    ['pt', 'Os dados dos livros paroquiais são conservados por tempo indeterminado.'],
    ['pt', 'Os dados dos livros paroquiais são conservados perpetuamente.'],
    ['de', 'Die in den Kirchenbüchern erfassten Daten werden für immer aufbewahrt.'],
    ['de', 'Die in den Kirchenbüchern erfassten Daten werden zeitlich unbegrenzt aufbewahrt.'],
    ['pl', 'Dane zapisane w księgach parafialnych przechowujemy wiecznie.'],
  ])('[%s] %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('indefinite');
  });
});

describe('deleted forever, permanent addresses and contracts: not kept indefinitely', () => {
  test.each<[Lang, string]>([
    ['en', 'You can permanently delete your account.'],
    ['de', 'Sie können Ihr Konto dauerhaft löschen.'],
    ['pl', 'Możesz usunąć na zawsze swoje konto.'],
    ['en', 'Please give us a permanent address.'],
    ['de', 'Sie haben einen unbefristeten Vertrag.'],
    ['pl', 'Dane zostaną usunięte na zawsze po zamknięciu konta.'],
    ['pl', 'Wieczyste użytkowanie gruntu jest wpisane do księgi wieczystej.'],
    ['en', 'You can delete your account forever.'],
    ['de', 'Sie können Ihr Konto für immer löschen.'],
    ['nl', 'Je kunt je account voor altijd verwijderen.'],
    ['fr', 'Vous pouvez supprimer votre compte pour toujours.'],
    ['es', 'Puedes eliminar tu cuenta para siempre.'],
    ['it', 'Puoi eliminare il tuo account per sempre.'],
    ['pt', 'Pode apagar a sua conta para sempre.'],
    ['da', 'Du kan slette din konto for altid.'],
    ['sv', 'Du kan radera ditt konto för alltid.'],
    ['nb', 'Du kan slette kontoen din for alltid.'],
    ['de', 'Diese Momente bleiben für immer in Erinnerung.'],
    ['es', 'Nuestra comunidad es para siempre.'],
    ['pl', 'Gwarancja na zawsze dla naszych klientów.'],
    ['nl', 'Eén keer betalen, voor altijd toegang tot de app.'],
    ['fr', 'Un abonnement pour toujours gratuit.'],
    ['pl', 'Wieczyście użytkowany grunt należy do gminy.'],
  ])('[%s] %s', (lang, text) => {
    expect(kindOf(text, lang)).not.toBe('indefinite');
  });
});
