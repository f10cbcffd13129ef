/**
 * Probe12b's invented rights. Staff who have access to the reader's data ("Endast behöriga medarbetare har
 * tillgång till dina uppgifter", "Only authorised staff have access to your personal data") is access
 * control, no right of access; a retention rule that ends in deletion ("We keep your profile for as long as
 * your account is active, and delete it once you close your account") is no right to erasure the reader
 * exercises. Both are masks in rights.json, eleven languages; rights the reader is granted beside the same
 * words still read.
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { rightsBoth } from './helpers';

describe('staff access and retention-then-deletion grant no right', () => {
  test.each<[Lang, string]>([
    ['sv', 'Endast behöriga medarbetare har tillgång till dina uppgifter.'],
    ['sv', 'Tillgång till dina uppgifter har endast behöriga medarbetare.'],
    ['en', 'Only authorised staff have access to your personal data.'],
    ['de', 'Nur befugte Mitarbeiter haben Zugang zu Ihren Daten.'],
    ['de', 'Zugang zu Ihren Daten haben nur befugte Mitarbeiter.'],
    ['nl', 'Alleen bevoegde medewerkers hebben toegang tot uw gegevens.'],
    ['nb', 'Bare autoriserte ansatte har tilgang til dine opplysninger.'],
    ['da', 'Kun autoriserede medarbejdere har adgang til dine oplysninger.'],
    ['fr', 'Seul le personnel autorisé a accès à vos données.'],
    ['es', 'Solo el personal autorizado tiene acceso a sus datos.'],
    ['it', 'Solo il personale autorizzato ha accesso ai tuoi dati.'],
    ['pl', 'Dostęp do Twoich danych mają wyłącznie upoważnieni pracownicy.'],
    ['pt', 'Apenas os colaboradores autorizados têm acesso aos seus dados.'],
    [
      'en',
      'We keep your profile for as long as your account is active, and delete it once you close your account.',
    ],
    [
      'de',
      'Wir speichern Ihr Profil, solange Ihr Konto aktiv ist, und löschen es, sobald Sie Ihr Konto schließen.',
    ],
    [
      'nl',
      'We bewaren je profiel zolang je account actief is en verwijderen het zodra je je account opheft.',
    ],
    ['nb', 'Vi lagrer profilen din så lenge kontoen er aktiv, og sletter den når du avslutter kontoen.'],
    ['sv', 'Vi sparar din profil så länge ditt konto är aktivt och raderar den när du avslutar kontot.'],
    ['da', 'Vi gemmer din profil, så længe din konto er aktiv, og sletter den, når du lukker din konto.'],
    [
      'fr',
      'Nous conservons votre profil tant que votre compte est actif et le supprimons dès que vous fermez votre compte.',
    ],
    ['es', 'Conservamos su perfil mientras su cuenta esté activa y lo eliminamos cuando cierre su cuenta.'],
    [
      'it',
      "Conserviamo il tuo profilo finché il tuo account è attivo e lo cancelliamo quando chiudi l'account.",
    ],
    ['pl', 'Przechowujemy Twój profil, dopóki konto jest aktywne, i usuwamy go po zamknięciu konta.'],
    [
      'pt',
      'Conservamos o seu perfil enquanto a sua conta estiver ativa e eliminamo-lo quando encerrar a conta.',
    ],
  ])('[%s] %s', (lang, text) => {
    const [silent, sure] = rightsBoth(text, lang);
    expect(silent).toEqual([]);
    expect(sure).toEqual([]);
  });
});

describe('rights granted beside the same words still read', () => {
  test.each<[Lang, string, Right]>([
    ['en', 'You have the right to access your personal data.', 'access'],
    ['sv', 'Du har rätt att få tillgång till dina uppgifter.', 'access'],
    ['sv', 'Du kan begära tillgång till dina uppgifter hos vår personal.', 'access'],
    [
      'en',
      'We keep your data until you close your account, and you can delete it at any time from the settings.',
      'erasure',
    ],
    [
      'fr',
      'Nous conservons vos données tant que votre compte est actif et vous pouvez demander leur suppression à tout moment.',
      'erasure',
    ],
    ['en', 'You can ask us to delete your data at any time.', 'erasure'],
  ])('[%s] %s', (lang, text, right) => {
    const [, sure] = rightsBoth(text, lang);
    expect(sure).toContain(right);
  });
});
