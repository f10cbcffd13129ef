/**
 * Posts, photos and comments the person publishes, shown to other users ("Photos you post are visible to other
 * members", "Inlägg du skriver i forumet kan läsas av andra användare", "Zdjęcia, które publikujesz, są widoczne
 * dla innych użytkowników"): the noun with a relative clause whose subject is the person and whose verb is one of
 * publishing (post, upload, write, share) is user content in every language, as English "photos you post" was;
 * "can be read by other users" states the disclosure to other users as "visible to" does (`visibleTo`, `passOn`).
 * Not changed: what the operator publishes ("Las fotos que publicamos"), messages written to the operator
 * ("i messaggi che ci scrivi", "as mensagens que você nos envia": communications, not content), a reading denied
 * ("kan inte läsas av andra"), and a reading by anyone but other users ("other readers").
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const practices = (text: string, lang: Lang) => practicesOf([text], lang);

describe('content the person publishes, seen or read by other users', () => {
  test.each<[Lang, string]>([
    ['en', 'Photos you post in the community feed are visible to other members.'],
    ['en', 'Posts you write in the forum can be read by other users.'],
    ['de', 'Beiträge, die Sie im Forum veröffentlichen, sind für andere Nutzer sichtbar.'],
    ['de', 'Beiträge, die Sie im Forum schreiben, können von anderen Nutzern gelesen werden.'],
    ['de', 'Fotos, die du hochlädst, sind für andere Mitglieder sichtbar.'],
    ['nl', "Foto's die je in de app plaatst, zijn zichtbaar voor andere gebruikers."],
    ['nl', 'Berichten die je op het forum plaatst, kunnen door andere gebruikers worden gelezen.'],
    ['nb', 'Bilder du laster opp, blir synlige for andre medlemmer.'],
    ['nb', 'Innlegg du skriver i forumet, kan leses av andre brukere.'],
    ['sv', 'Inlägg du skriver i forumet kan läsas av andra användare.'],
    ['sv', 'Bilder du laddar upp blir synliga för andra medlemmar.'],
    ['da', 'Billeder, du lægger op, kan ses af andre medlemmer.'],
    ['da', 'Indlæg, du skriver i forummet, kan læses af andre brugere.'],
    ['fr', 'Les photos que vous publiez sont visibles par les autres membres.'],
    ['fr', 'Les messages que vous publiez sur le forum peuvent être lus par les autres utilisateurs.'],
    ['es', 'Las fotos que publiques serán visibles para otros usuarios.'],
    ['es', 'Los mensajes que publicas en el foro pueden ser leídos por otros usuarios.'],
    ['it', 'Le foto che pubblichi sono visibili agli altri utenti.'],
    ['it', 'I post che scrivi nel forum possono essere letti da altri utenti.'],
    ['pl', 'Zdjęcia, które publikujesz, są widoczne dla innych użytkowników.'],
    ['pl', 'Wpisy, które publikujesz na forum, mogą być czytane przez innych użytkowników.'],
    ['pt', 'As fotos que você publica ficam visíveis para outros usuários.'],
    ['pt', 'As mensagens que você publica no fórum podem ser lidas por outros usuários.'],
  ])('%s: %s', (lang, text) => {
    const p = practices(text, lang);
    expect(p.collection.dataTypes).toContain('user-content');
    expect(p.sharing.recipients).toContain('other-users');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['en', 'The photos we publish on our website show our staff.'],
    ['de', 'Die Fotos, die wir auf der Website veröffentlichen, zeigen unser Team.'],
    ['es', 'Las fotos que publicamos en la web muestran a nuestro equipo.'],
    ['it', 'Conserviamo i messaggi che ci scrivi per risponderti.'],
    ['pt', 'As mensagens que você nos envia são guardadas para responder.'],
    ['de', 'Nachrichten, die Sie uns schreiben, speichern wir.'],
    ['fr', 'Les messages que vous nous envoyez sont conservés un an.'],
  ])('%s: no user content in "%s"', (lang, text) => {
    expect(practices(text, lang).collection.dataTypes).not.toContain('user-content');
  });

  test.each<[Lang, string]>([
    ['en', 'This book can be read by other readers too.'],
    ['en', 'Your posts cannot be read by other users.'],
    ['sv', 'Dina inlägg kan inte läsas av andra användare.'],
    ['it', 'I tuoi post non possono essere letti da altri utenti.'],
    ['sv', 'Inlägg på bloggen skrivs av vår redaktion.'],
  ])('%s: no other users in "%s"', (lang, text) => {
    expect(practices(text, lang).sharing.recipients).not.toContain('other-users');
  });
});
