/**
 * Legal boilerplate names no other users (session 17, fixa17o): protecting "the rights, property or safety of
 * us, our users, the public or others", a threat "to the health and/or safety of you, another person, or the
 * public generally", information "about other users" combined with the reader's, "the public interest", data
 * from publicly available sources and "other members of our corporate family" disclose nothing to other users
 * or to the public. Masks in recipients.json, in the eleven languages; what is shown to other users or made
 * public still is.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const recipientsOf = (text: string, lang: Lang) =>
  practicesOf([{ text, heading: 'Sharing' }], lang).sharing.recipients;

describe('the safety of the public, data about other users, public sources: no other users', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'We may disclose information where necessary to protect the rights, property or safety of us, our users, the public or others.',
    ],
    [
      'en',
      'We share information when there is a threat to the health and/or safety of you, another person, or the public generally.',
    ],
    [
      'en',
      'We combine information about you with information we collect about other users of our Services and share it with our partners.',
    ],
    ['en', 'We may share information with other members of our corporate family.'],
    ['en', 'Third parties may give us publicly available information about you.'],
    [
      'de',
      'Wir geben Daten weiter, wenn dies zum Schutz der Rechte, des Eigentums oder der Sicherheit von uns oder anderen Nutzern erforderlich ist.',
    ],
    [
      'nl',
      'We delen gegevens als dat nodig is voor de veiligheid van onze medewerkers of andere gebruikers.',
    ],
    ['nb', 'Vi deler opplysninger når det er nødvendig for sikkerheten til ansatte eller andre brukere.'],
    ['sv', 'Vi lämnar ut uppgifter när det behövs för säkerheten för anställda eller andra användare.'],
    [
      'da',
      'Vi videregiver oplysninger, når det er nødvendigt for sikkerheden for ansatte eller andre brugere.',
    ],
    [
      'fr',
      'Nous communiquons des données si cela est nécessaire pour protéger la sécurité de nos employés ou des autres utilisateurs.',
    ],
    [
      'es',
      'Compartimos datos cuando es necesario para proteger la seguridad de nuestros empleados o de otros usuarios.',
    ],
    [
      'it',
      'Condividiamo i dati quando è necessario per proteggere la sicurezza dei dipendenti o di altri utenti.',
    ],
    [
      'pl',
      'Udostępniamy dane, gdy jest to konieczne dla ochrony bezpieczeństwa pracowników lub innych użytkowników.',
    ],
    [
      'pt',
      'Partilhamos dados quando é necessário para proteger a segurança dos funcionários ou de outros utilizadores.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('other-users');
  });
});

describe('shown to other users or to the public: still other users', () => {
  test.each<[Lang, string]>([
    ['en', 'Your profile and comments are visible to the public.'],
    ['en', 'Your username may be displayed to other users.'],
    [
      'en',
      'For your safety, your profile is visible to other users only after you confirm your e-mail address.',
    ],
    ['de', 'Aus Sicherheitsgründen ist Ihr Profil für andere Nutzer sichtbar.'],
    ['nl', 'Je profiel is zichtbaar voor andere gebruikers.'],
    ['fr', 'Votre pseudonyme est visible par les autres utilisateurs.'],
    ['es', 'Tu perfil es visible para otros usuarios.'],
    ['pl', 'Twój profil jest widoczny dla innych użytkowników.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('other-users');
  });
});

describe('other members of a corporate family are affiliates, not other users', () => {
  test.each<[Lang, string]>([
    ['en', 'We may share information with other members of our corporate family.'],
    ['de', 'Wir geben Daten an andere Mitglieder der Unternehmensgruppe weiter.'],
  ])('%s: %s', (lang, text) => {
    const found = recipientsOf(text, lang);
    expect(found).not.toContain('other-users');
    expect(found).toContain('affiliates');
  });
});
