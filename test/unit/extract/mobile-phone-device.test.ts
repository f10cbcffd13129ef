/**
 * A mobile phone as the device is no phone number (English "mobile phone" has the same mask): "necesitas un
 * teléfono móvil", "desde su ordenador, tableta o teléfono móvil", "computer o telefono cellulare" name a
 * device, while "número de teléfono móvil" and a bare "teléfono móvil" among the data of a form stay `phone`.
 * Polish bare "telefon" is the device only beside a computer or tablet in the same case ("komputer lub
 * telefon", "na komputerze lub telefonie"), not in a list of data ("adres IP komputera, adres e-mail i
 * telefon"), and "numer telefonu" beside "komputer" stays a number.
 * Pt "rastreio" (a parcel's tracking code) is no collection verb.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('the mobile phone as a device names no phone number', () => {
  test.each<[Lang, string, DataType[]]>([
    ['es', 'Para usar la aplicación necesitas un teléfono móvil.', []],
    ['es', 'Puede acceder desde su ordenador, tableta o teléfono móvil.', []],
    ['es', 'Usamos dispositivos móviles.', []],
    ['es', 'Recogemos el tipo de dispositivo, por ejemplo ordenador o teléfono móvil.', ['device-info']],
    ['pt', 'Coletamos o tipo de dispositivo, por exemplo computador ou telefone celular.', ['device-info']],
    [
      'pt',
      'Pode aceder a partir de um computador, tablet ou telefone celular e recolhemos o endereço IP.',
      ['ip-address'],
    ],
    ['it', 'Raccogliamo il tipo di dispositivo, ad esempio computer o telefono cellulare.', ['device-info']],
    ['it', 'Raccogliamo dati sul dispositivo, come computer o telefono cellulare.', []],
    [
      'fr',
      "Nous collectons le type d'appareil, par exemple ordinateur ou téléphone mobile.",
      ['device-info'],
    ],
    ['fr', "Nous collectons le système d'exploitation depuis votre téléphone mobile.", ['device-info']],
    ['nl', 'Wij verzamelen het type apparaat, bijvoorbeeld een tablet of mobiele telefoon.', ['device-info']],
    ['nl', 'Wij verzamelen apparaatgegevens van uw computer of mobiele telefoon.', ['device-info']],
    ['pl', 'Zbieramy dane z urządzeń takich jak komputer, tablet lub telefon komórkowy.', []],
  ])('%s: %s', (lang, text, expected) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual(expected);
  });

  test.each<[Lang, string]>([
    ['es', 'Recogemos tu nombre y número de teléfono móvil.'],
    ['es', 'Recogemos nombre, teléfono móvil y correo electrónico.'],
    ['pt', 'Recolhemos nome, telefone celular e e-mail.'],
    ['it', 'Raccogliamo nome, telefono cellulare ed e-mail.'],
    ['fr', 'Nous collectons votre numéro de téléphone mobile.'],
    ['nl', 'Wij verzamelen naam, mobiele telefoon en e-mailadres.'],
    ['pl', 'Zbieramy imię, telefon komórkowy i e-mail.'],
    ['pl', 'Zbieramy adres IP komputera, adres e-mail i telefon.'],
    ['pl', 'Zbieramy imię, e-mail, numer telefonu, komputer i przeglądarkę.'],
    ['pl', 'Zbieramy imię, e-mail, numer telefonu i komputer.'],
  ])('%s: the number stays phone in "%s"', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toContain('phone');
  });
});

describe('pl: a bare "telefon" is the device only beside a device word in its own case', () => {
  test.each<[Lang, string, DataType[]]>([
    ['pl', 'Zbieramy typ urządzenia, np. komputer lub telefon.', ['device-info']],
    ['pl', 'Zbieramy typ urządzenia, np. telefon lub tablet.', ['device-info']],
    ['pl', 'Zbieramy typ urządzenia, np. komputer, tablet lub telefon.', ['device-info']],
    ['pl', 'Możesz korzystać z serwisu na komputerze lub telefonie.', []],
    ['pl', 'Zbieramy adres IP komputera, adres e-mail i telefon.', ['email', 'phone', 'ip-address']],
  ])('%s: %s', (lang, text, expected) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual(expected);
  });
});

describe('pt "rastreio" (a parcel tracking code) is no collection verb', () => {
  test('nothing read outside a passage about collection', () => {
    const [silent] = typesBoth(
      'O seu nome e a sua morada figuram na etiqueta para o rastreio da encomenda.',
      'pt',
    );
    expect(silent).toEqual([]);
  });

  test('data shared with the carrier are read by the share verb (session 21), not by "rastreio"', () => {
    const [silent] = typesBoth(
      'Compartilhamos o seu nome e morada com a transportadora para o rastreio da encomenda.',
      'pt',
    );
    expect(silent).toEqual(['name', 'postal-address']);
  });

  test('the tracking code sent by e-mail names no address', () => {
    for (const types of typesBoth('Enviamos o código de rastreio da encomenda por e-mail.', 'pt'))
      expect(types).toEqual([]);
  });

  test('"rastrear" still is one', () => {
    const text = 'Parceiros de anúncios podem usar cookies para rastrear informações sobre os visitantes.';
    for (const types of typesBoth(text, 'pt')) expect(types).toEqual(['cookies']);
  });
});
