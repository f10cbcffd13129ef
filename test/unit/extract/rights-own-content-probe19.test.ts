/**
 * The reader deleting their own things in the app is a product feature, not the right to erasure (session 19,
 * fixq19, from probe19; review13b's decision for posts and photos, carried on): playlists and their songs,
 * saved workouts and runs, and the profile picture ("Profilbild", "photo de profil", "zdjęcie profilowe": the
 * profile word inside the picture's name is the picture's). Session 17's account actions stay rights: the
 * account, the profile and personal data deleted still read erasure, and so does a sentence naming content and
 * the account together.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

function rights(text: string, lang: Lang): readonly string[] {
  return practicesOf([text], lang).rights.rights;
}

/** The reader's own content deleted: no right. */
const CONTENT: readonly [Lang, string][] = [
  ['en', 'You can delete your playlists at any time in the app.'],
  ['en', 'You can remove your profile picture yourself in the settings.'],
  ['en', 'You can delete your saved workouts from the history screen.'],
  ['de', 'Sie können Ihre Playlists jederzeit in der App löschen.'],
  ['de', 'Ihre gespeicherten Trainingseinheiten können Sie selbst in der App löschen.'],
  ['de', 'Du kannst dein Profilfoto jederzeit entfernen oder ändern.'],
  ['nl', 'Je kunt je afspeellijsten op elk moment verwijderen.'],
  ['nl', 'U kunt uw profielfoto zelf verwijderen in de instellingen.'],
  ['nl', 'Je kunt je trainingen zelf wissen in de app.'],
  ['nb', 'Du kan slette spillelistene dine når som helst.'],
  ['nb', 'Du kan selv fjerne profilbildet ditt under innstillinger.'],
  ['nb', 'Du kan selv slette løpeturene dine i appen.'],
  ['sv', 'Du kan radera dina spellistor när som helst.'],
  ['sv', 'Du kan själv ta bort din profilbild i inställningarna.'],
  ['sv', 'Du kan själv radera dina träningspass i appen.'],
  ['da', 'Du kan slette dine playlister når som helst.'],
  ['da', 'Du kan selv fjerne dit profilbillede under indstillinger.'],
  ['da', 'Du kan selv slette dine træningspas i appen.'],
  ['fr', 'Vous pouvez supprimer vos playlists à tout moment.'],
  ['fr', 'Vous pouvez vous-même supprimer votre photo de profil dans les paramètres.'],
  ['fr', "Vous pouvez effacer vos séances d'entraînement dans l'application."],
  ['es', 'Puedes eliminar tus listas de reproducción en cualquier momento.'],
  ['es', 'Puedes borrar tu foto de perfil tú mismo en los ajustes.'],
  ['es', 'Puede eliminar sus entrenamientos guardados desde la aplicación.'],
  ['it', 'Puoi eliminare le tue playlist in qualsiasi momento.'],
  ['it', 'Puoi rimuovere la tua foto del profilo nelle impostazioni.'],
  ['it', "Puoi cancellare i tuoi allenamenti salvati dall'app."],
  ['pl', 'Możesz w każdej chwili usunąć swoje playlisty.'],
  ['pl', 'Możesz samodzielnie usunąć zdjęcie profilowe w ustawieniach.'],
  ['pl', 'Możesz usunąć zapisane treningi w aplikacji.'],
  ['pt', 'Pode apagar as suas playlists a qualquer momento.'],
  ['pt', 'Pode remover a sua fotografia de perfil nas definições.'],
  ['pt', 'Pode eliminar os seus treinos guardados na aplicação.'],
  ['en', 'You can remove songs from your playlists whenever you like.'],
  ['es', 'Puedes borrar en cualquier momento las canciones de tu lista.'],
  ['pl', 'W każdej chwili możesz usunąć utwory ze swojej listy.'],
  ['it', 'Puoi cancellare in qualsiasi momento le canzoni dalle tue playlist.'],
  ['de', 'Sie können jederzeit und ohne Angabe von Gründen Ihre gespeicherten Trainingseinheiten löschen.'],
];

/** The account, the profile or personal data deleted: still erasure. */
const ERASURE: readonly [Lang, string][] = [
  ['en', 'You can delete your account at any time in the settings.'],
  ['en', 'You can ask us to delete your personal data.'],
  ['de', 'Sie können Ihr Konto jederzeit in den Einstellungen löschen.'],
  ['de', 'Sie können die Löschung Ihrer personenbezogenen Daten verlangen.'],
  ['nl', 'Je kunt je account op elk moment verwijderen.'],
  ['nl', 'U kunt ons vragen uw persoonsgegevens te verwijderen.'],
  ['nb', 'Du kan slette kontoen din når som helst.'],
  ['nb', 'Du kan be oss slette personopplysningene dine.'],
  ['sv', 'Du kan radera ditt konto när som helst.'],
  ['sv', 'Du kan be oss radera dina personuppgifter.'],
  ['da', 'Du kan slette din konto når som helst.'],
  ['da', 'Du kan bede os om at slette dine personoplysninger.'],
  ['fr', 'Vous pouvez supprimer votre compte à tout moment.'],
  ['fr', "Vous pouvez nous demander d'effacer vos données personnelles."],
  ['es', 'Puedes eliminar tu cuenta en cualquier momento.'],
  ['es', 'Puede solicitarnos que eliminemos sus datos personales.'],
  ['it', 'Puoi eliminare il tuo account in qualsiasi momento.'],
  ['it', 'Puoi chiederci di cancellare i tuoi dati personali.'],
  ['pl', 'Możesz w każdej chwili usunąć swoje konto.'],
  ['pl', 'Możesz poprosić nas o usunięcie Twoich danych osobowych.'],
  ['pt', 'Pode eliminar a sua conta a qualquer momento.'],
  ['pt', 'Pode pedir-nos que apaguemos os seus dados pessoais.'],
  ['en', 'You can delete your photos and your account at any time.'],
  ['de', 'Sie können Ihre Fotos und Ihr Konto jederzeit löschen.'],
  ['fr', 'Vous pouvez supprimer votre profil et vos photos à tout moment.'],
  ['nb', 'Du kan slette profilen din og alle treningsøktene dine.'],
  ['nl', "Je kunt op elk moment via de instellingen je account en je foto's verwijderen."],
];

describe('rights: deleting playlists, workouts or a profile picture is no erasure (probe19)', () => {
  it.each(CONTENT)('[%s] none: %s', (lang, text) => {
    expect(rights(text, lang)).not.toContain('erasure');
  });
  it.each(ERASURE)('[%s] erasure: %s', (lang, text) => {
    expect(rights(text, lang)).toContain('erasure');
  });
});
