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

/**
 * review16a finding 4: deleting forever with the data between verb and "forever" (a few words, in every language's
 * deletion verbs: "effaçons", "suprimimos", "entfernen", "fjerner", "tar vi bort", "wissen"), "forever and
 * irrevocably deleted", and data lost or gone forever are no keeping (a criterion or nothing, never indefinite).
 */
describe('deleted or lost forever, with words between: never indefinite', () => {
  test.each<[Lang, string]>([
    ['de', 'Wenn Sie Ihr Konto schließen, löschen wir Ihre personenbezogenen Daten für immer.'],
    ['de', 'Wenn Sie Ihr Konto schließen, entfernen wir Ihre Daten für immer.'],
    ['de', 'Ihre Daten werden für immer und unwiderruflich gelöscht.'],
    ['de', 'Gelöschte Nachrichten sind für immer verloren.'],
    ['de', 'Gelöschte Daten sind auf ewig verloren.'],
    ['nl', 'Als je je account sluit, verwijderen we het voor altijd.'],
    ['nl', 'Als je je account opzegt, wissen we je gegevens voor altijd.'],
    ['nl', 'Verwijderde berichten zijn voor altijd verloren.'],
    ['fr', 'Lorsque vous fermez votre compte, nous effaçons vos données pour toujours.'],
    ['fr', 'Après la suppression, vos données disparaissent pour toujours.'],
    ['es', 'Cuando cierra su cuenta, suprimimos sus datos para siempre.'],
    ['es', 'Si borra un mensaje, desaparece para siempre de nuestros servidores.'],
    ['da', 'Når du lukker kontoen, fjerner vi dine oplysninger for altid.'],
    ['en', 'When you close your account, we delete your personal data forever.'],
    ['en', 'Deleted messages are lost forever and cannot be restored.'],
    ['en', 'Your data will be deleted and gone forever.'],
    ['pt', 'Quando encerra a conta, eliminamos os seus dados para sempre.'],
    ['sv', 'När du avslutar kontot tar vi bort dina uppgifter för alltid.'],
    ['nb', 'Når du avslutter kontoen, fjerner vi opplysningene dine for alltid.'],
    ['it', 'I tuoi dati vengono cancellati definitivamente e per sempre.'],
    ['it', 'I messaggi eliminati vanno persi per sempre.'],
    ['pl', 'Usunięte wiadomości znikają na zawsze.'],
  ])('[%s] %s', (lang, text) => {
    expect(kindOf(text, lang)).not.toBe('indefinite');
  });
});

/** A deletion joined to a keeping by "and" / "but" does not mask the keeping: these still read indefinite. */
describe('deleting some and keeping the rest forever: still indefinite', () => {
  test.each<[Lang, string]>([
    ['en', 'We delete old logs and keep your backups forever.'],
    ['en', 'We keep your backups forever and delete old logs.'],
    ['de', 'Wir löschen alte Protokolle, aber speichern Ihre Beiträge für immer.'],
    ['fr', 'Nous supprimons les anciens journaux et conservons vos publications pour toujours.'],
    ['es', 'Borramos los registros antiguos y conservamos sus publicaciones para siempre.'],
    ['nl', 'We verwijderen oude logbestanden en bewaren je berichten voor altijd.'],
    ['de', 'Wir speichern Ihre Beiträge für immer.'],
  ])('[%s] %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('indefinite');
  });
});
