/**
 * Words that say data is shown to other people ("visible to other users", "les autres joueurs voient",
 * "serão públicas para todos os usuários") state the disclosure themselves: other users are recipients
 * with no verb of passing data on, as they were with one. Negated, they name no one.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('shown to other people: other users', () => {
  test.each<[Lang, string]>([
    ['en', 'Your username and high scores are visible to other players.'],
    ['en', 'Other users can see your display name and avatar.'],
    ['de', 'Ihr Profilname ist für andere Nutzer sichtbar.'],
    ['nl', 'Uw profielnaam is zichtbaar voor andere gebruikers.'],
    ['nb', 'Brukernavnet ditt er synlig for andre brukere.'],
    ['sv', 'Ditt användarnamn är synligt för andra användare.'],
    ['da', 'Dit brugernavn er synligt for andre brugere.'],
    [
      'fr',
      'Les autres joueurs voient uniquement votre pseudo, votre avatar, votre niveau et vos scores — jamais votre identifiant de connexion.',
    ],
    ['es', 'Tu nombre de usuario será visible para otros usuarios.'],
    ['it', 'Il tuo nome utente è visibile agli altri utenti.'],
    ['pl', 'Twoja nazwa użytkownika jest widoczna dla innych użytkowników.'],
    [
      'pt',
      'As perguntas e respostas nos tópicos do fórum serão públicas para todos os usuários para que possa ajudar outras pessoas.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('other-users');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['en', 'Your profile is not visible to other users.'],
    ['fr', "Votre profil n'est pas visible par les autres utilisateurs."],
    ['de', 'Ihr Profil ist nicht für andere Nutzer sichtbar.'],
    ['en', 'Other users may contact you through the app.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('other-users');
  });
});
