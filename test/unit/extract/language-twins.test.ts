/**
 * Terms one language lacked while their twins read in the others: advertising identifiers, an Italian
 * username that is not a name, company and role in Scandinavian contact lists, avatars, share buttons and
 * GPs in English, Danish sub-processors and "handled by", and services policies name (AddThis, Mailrelay,
 * Webempresa).
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang, Recipient } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const typesOf = (text: string, lang: Lang): readonly DataType[] =>
  practicesOf([text], lang).collection.dataTypes;
const recipientsOf = (text: string, lang: Lang): readonly Recipient[] =>
  practicesOf([text], lang).sharing.recipients;

describe('advertising identifiers are device information in every language', () => {
  test.each<[Lang, string]>([
    ['en', 'We collect your advertising identifier.'],
    ['de', 'Wir erheben Ihre Werbe-ID.'],
    ['nl', 'Wij verzamelen uw advertentie-ID.'],
    ['nb', 'Vi samler inn annonse-ID-en din.'],
    ['sv', 'Vi samlar in ditt annons-ID.'],
    ['da', 'Vi indsamler dit reklame-ID.'],
    ['fr', 'Nous collectons votre identifiant publicitaire.'],
    ['es', 'Recopilamos su identificador de publicidad.'],
    ['it', "Raccogliamo l'identificativo pubblicitario del dispositivo."],
    ['pl', 'Zbieramy identyfikator reklamowy urządzenia.'],
    ['pt', 'Coletamos o identificador de publicidade do seu aparelho.'],
  ])('%s: "%s"', (lang, sentence) => {
    expect(typesOf(sentence, lang)).toContain('device-info');
  });
});

describe('data type terms', () => {
  test('Italian "nome utente" is a username, not a name', () => {
    expect(typesOf('Raccogliamo nome utente e password.', 'it')).toEqual(['credentials']);
  });

  test.each<[Lang, string]>([
    ['nb', 'Vi behandler kontaktdetaljer (navn, e-post, telefonnummer, selskap, rolle).'],
    ['da', 'Vi behandler login-oplysninger, rolle og e-mailadresse.'],
    ['sv', 'Vi behandlar e-postadress, roll och telefonnummer.'],
  ])('%s: company and role in a list are professional data', (lang, sentence) => {
    expect(typesOf(sentence, lang)).toContain('professional');
  });

  test.each<[Lang, string]>([
    ['en', 'You may provide a short biography, an avatar and your date of birth.'],
    ['pt', 'O utilizador pode fornecer uma pequena biografia, um avatar ou a data de nascimento.'],
    ['de', 'Wir speichern Ihren Avatar und Ihr Geburtsdatum.'],
  ])('%s: an avatar listed with other data is user content', (lang, sentence) => {
    expect(typesOf(sentence, lang)).toContain('user-content');
  });

  test('an avatar alone, with nothing else named, is no data type', () => {
    expect(typesOf('Vi viser en avatar.', 'da')).toEqual([]);
  });
});

describe('recipient terms', () => {
  test.each<[Lang, string, Recipient]>([
    ['en', 'We use the AddThis service to provide social buttons.', 'social-networks'],
    ['en', 'Our pages show share buttons that send data to the networks.', 'social-networks'],
    [
      'en',
      'We may share this information with other medical professionals such as your GP.',
      'business-partners',
    ],
    ['en', 'We may share your treatment history with your general practitioner.', 'business-partners'],
    ['es', 'Estas listas de correo están gestionadas por Mailrelay.', 'service-providers'],
    ['es', 'Los datos que me facilites estarán ubicados en Webempresa.', 'service-providers'],
    ['da', 'Et begrænset antal underbehandlere indgår i driften.', 'service-providers'],
    ['da', 'Kortdata håndteres udelukkende af en certificeret betalingspartner.', 'service-providers'],
  ])('%s: "%s" -> %s', (lang, sentence, recipient) => {
    expect(recipientsOf(sentence, lang)).toContain(recipient);
  });

  test('"the Act or its successor" is a law, not an acquirer', () => {
    expect(
      recipientsOf(
        'We transfer data under the Swiss Federal Data Protection Act or its successor instead.',
        'en',
      ),
    ).not.toContain('acquirers');
  });

  test('a successor company still acquires', () => {
    expect(recipientsOf('In a merger, we may transfer your data to our successor.', 'en')).toContain(
      'acquirers',
    );
  });
});

describe('a professional registration is professional data', () => {
  test.each<[Lang, string]>([
    ['en', 'We store your professional registration number.'],
    ['it', "Raccogliamo il numero di iscrizione all'Ordine Nazionale dei Biologi."],
    ['es', 'Recopilamos su número de colegiado.'],
    ['pt', 'Coletamos o seu registro profissional.'],
  ])('%s: "%s"', (lang, sentence) => {
    expect(typesOf(sentence, lang)).toContain('professional');
  });
});
