/**
 * "Cannot say when" is indefinite only when the "when" or "how long" introduces the keeping or deletion
 * ("cannot say exactly when your data will be deleted"), not any later "when" (a registration, a request,
 * a ticket). An open-ended contract, agreement, account suspension or policy term ("for an indefinite
 * period", "für unbestimmte Zeit geschlossen", "por prazo indeterminado") is masked: the time that is
 * open belongs to the contract, not to keeping data (review11b finding 2).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang) => practicesOf([text], lang).retention;

describe('a "when" that is not about keeping, or an open-ended contract: criteria, not indefinite', () => {
  test.each<[Lang, string]>([
    [
      'es',
      'No es necesario indicar tu nombre cuando te registras; conservamos tus datos mientras tu cuenta esté activa.',
    ],
    [
      'pt',
      'Não é necessário indicar seu nome quando se cadastra; mantemos seus dados enquanto sua conta estiver ativa.',
    ],
    [
      'it',
      "Non è necessario indicare il nome quando ti registri; conserviamo i dati finché l'account è attivo.",
    ],
    [
      'fr',
      "Vous n'avez pas à indiquer votre nom quand vous vous inscrivez ; nous conservons vos données tant que votre compte est actif.",
    ],
    [
      'sv',
      'Du behöver inte ange ditt namn när du registrerar dig; vi sparar uppgifterna så länge kontot är aktivt.',
    ],
    ['nb', 'Du trenger ikke si noe når du registrerer deg; vi lagrer dataene så lenge kontoen er aktiv.'],
    [
      'en',
      'We cannot tell you exactly when a deletion request will be completed, but we keep your data only as long as your account is active.',
    ],
    [
      'en',
      'We cannot determine in advance how long a support ticket stays open; tickets are deleted when they are closed.',
    ],
    [
      'de',
      'Wir können Ihnen nicht genau sagen, wann Ihre Anfrage bearbeitet wird; wir speichern Ihre Daten, solange Ihr Konto besteht.',
    ],
    [
      'en',
      'The agreement is concluded for an indefinite period, and we store your data for the duration of the agreement.',
    ],
    [
      'en',
      'Your account may be suspended for an indefinite period; we keep your data as long as your account exists.',
    ],
    [
      'de',
      'Der Nutzungsvertrag wird für unbestimmte Zeit geschlossen; wir speichern Ihre Daten für die Dauer des Vertrags.',
    ],
    [
      'es',
      'Si tienes un contrato por tiempo indeterminado, conservamos tus datos mientras dure la relación laboral.',
    ],
    [
      'pt',
      'Esta Política vigorará por prazo indeterminado e os dados são conservados enquanto durar a relação contratual.',
    ],
    [
      'nl',
      'Bij een arbeidsovereenkomst voor onbepaalde tijd bewaren wij uw gegevens zolang het dienstverband duurt.',
    ],
    ['pl', 'Umowa zostaje zawarta na czas nieokreślony, a dane przechowujemy do czasu usunięcia Konta.'],
    [
      'it',
      'Per un contratto di lavoro subordinato a tempo indeterminato conserviamo i dati finché dura il rapporto.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).not.toBe('indefinite');
  });
});

describe('a "when" or "how long" that introduces the keeping: indefinite, unchanged', () => {
  test.each<[Lang, string]>([
    ['en', 'We cannot say exactly when your data will be deleted.'],
    ['en', 'We cannot tell you how long we keep your data.'],
    ['de', 'Wir können nicht genau sagen, wann Ihre Daten gelöscht werden.'],
    ['nl', 'Wij kunnen niet precies zeggen wanneer uw gegevens worden verwijderd.'],
    ['sv', 'Vi kan inte säga när uppgifterna raderas.'],
    ['fr', 'Nous ne pouvons pas dire quand vos données seront supprimées.'],
    ['es', 'No podemos decir cuándo se eliminarán sus datos.'],
    ['it', 'Non possiamo dire quando i dati saranno cancellati.'],
    ['pl', 'Nie możemy powiedzieć, jak długo przechowujemy dane.'],
    ['pt', 'Não podemos dizer quando os dados serão excluídos.'],
    ['en', 'We keep your data for an indefinite period.'],
    ['de', 'Wir speichern Ihre Daten für unbestimmte Zeit.'],
    ['pt', 'Os dados são armazenados por prazo indeterminado.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).toBe('indefinite');
  });
});
