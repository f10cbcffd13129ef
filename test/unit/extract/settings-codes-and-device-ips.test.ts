/**
 * Where a data-type word is only a place, a value or an owner, not data collected:
 * - the browser's settings as the place where the person manages cookies ("Podés desactivar las cookies desde
 *   la configuración de tu navegador") name no device information; a browser's settings or type collected still do;
 * - a postal code followed by its digits ("Código Postal 50200", "CEP: 99025-") is someone's address written
 *   out (usually the controller's), not postcodes collected;
 * - "the IP address of your device" is one item, the IP address: the device owns it, it is not described;
 * - traffic statistics ("estadísticas de tráfico", "statistiche sul traffico") are usage data, and
 *   Portuguese "browser" (European Portuguese for "navegador") is a device word.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth, typesSure } from './helpers';

describe("the browser's settings as the place to manage cookies name no device", () => {
  test.each<[Lang, string]>([
    ['en', 'You can disable cookies in your browser settings.'],
    ['en', 'You can block cookies through the settings of your web browser.'],
    ['de', 'Sie können Cookies in den Einstellungen Ihres Browsers deaktivieren.'],
    ['de', 'Cookies können Sie jederzeit in Ihren Browsereinstellungen löschen.'],
    ['nl', 'U kunt cookies uitschakelen via de instellingen van uw browser.'],
    ['nb', 'Du kan slette informasjonskapsler (cookies) i innstillingene i nettleseren din.'],
    ['nb', 'Du kan blokkere cookies i dine nettleserinnstillinger.'],
    ['sv', 'Du kan radera cookies via inställningarna i din webbläsare.'],
    ['da', 'Du kan slette cookies i dine browserindstillinger.'],
    ['fr', 'Vous pouvez désactiver les cookies dans les paramètres de votre navigateur.'],
    ['es', 'Podés gestionar o desactivar las cookies desde la configuración de tu navegador.'],
    ['it', 'Puoi disattivare i cookie dalle impostazioni del tuo browser.'],
    ['pl', 'Możesz wyłączyć pliki cookies w ustawieniach swojej przeglądarki.'],
    ['pl', 'Zawsze możesz zmienić ustawienia cookies z poziomu swojej przeglądarki.'],
    ['pt', 'Você pode gerenciar suas preferências de cookies através das configurações do seu navegador.'],
    ['pt', 'Para isso, basta recusar os cookies e ajustar as configurações do seu browser.'],
  ])('%s: %s', (lang, text) => {
    expect(typesSure(text, lang)).toEqual(['cookies']);
  });

  test.each<[Lang, string, DataType[]]>([
    ['en', 'We collect your browser settings and cookies.', ['device-info', 'cookies']],
    ['es', 'Recogemos el tipo de navegador y las cookies.', ['device-info', 'cookies']],
    ['pt', 'Recolhemos cookies e o tipo de navegador.', ['device-info', 'cookies']],
    ['de', 'Wir erfassen Browsereinstellungen und Cookies.', ['device-info', 'cookies']],
    ['fr', 'Nous collectons les cookies et le type de navigateur.', ['device-info', 'cookies']],
    ['pl', 'Zbieramy pliki cookies i typ przeglądarki.', ['device-info', 'cookies']],
  ])('still device information: %s: %s', (lang, text, expected) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual(expected);
  });
});

describe('a postal code with its digits is an address written out, not data collected', () => {
  test.each<[Lang, string]>([
    [
      'es',
      'Parque Industrial Toluca 2000, Código Postal 50200, es responsable de recabar sus datos personales.',
    ],
    ['es', 'Calle Uno Sur #101, C.P. 50200, Toluca, es responsable de recabar sus datos.'],
    ['pt', 'Rua das Flores 10, CEP: 99025-100, é responsável pela coleta dos seus dados.'],
    ['pl', 'Administratorem jest firma, ul. Kanclerska 15, kod pocztowy 60-327, która zbiera dane.'],
    ['en', 'Example Ltd, zip code 10001, New York, is responsible for collecting your data.'],
    ['fr', 'Exemple SARL, code postal 75001 Paris, est responsable de la collecte de vos données.'],
    ['it', 'Esempio srl, CAP 00100 Roma, è titolare del trattamento e raccoglie i dati.'],
  ])('%s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).not.toContain('postal-address');
  });

  test.each<[Lang, string]>([
    ['es', 'Recogemos su nombre, código postal y correo electrónico.'],
    ['pt', 'Coletamos nome, CEP e telefone.'],
    ['de', 'Wir erheben Name, Postleitzahl und E-Mail-Adresse.'],
    ['nl', 'Wij verzamelen uw naam, postcode en e-mailadres.'],
    ['sv', 'Vi samlar in namn, postnummer och e-postadress.'],
    ['en', 'We collect your name, zip code and email address.'],
  ])('still postcodes collected: %s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toContain('postal-address');
  });
});

describe('the IP address of a device is the IP address, not device information', () => {
  test.each<[Lang, string]>([
    ['en', 'We collect the IP address of your device.'],
    ['de', 'Wir speichern die IP-Adresse Ihres Endgeräts.'],
    ['nl', 'Wij verzamelen het IP-adres van uw apparaat.'],
    ['nb', 'Vi samler inn IP-adressen til din enhet.'],
    ['sv', 'Vi samlar in IP-adressen för din enhet.'],
    ['da', 'Vi indsamler IP-adressen på din enhed.'],
    ['fr', "Nous collectons l'adresse IP de votre appareil."],
    ['es', 'Recogemos la dirección IP de su dispositivo.'],
    ['it', "Raccogliamo l'indirizzo IP del tuo dispositivo."],
    ['pl', 'Serwis zastrzega sobie prawo do gromadzenia danych adresów IP urządzeń Użytkowników.'],
    ['pt', 'Coletamos o endereço IP do seu dispositivo.'],
  ])('%s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual(['ip-address']);
  });

  test.each<[Lang, string]>([
    ['en', 'We collect the IP address of your device and the device type.'],
    ['de', 'Wir speichern die IP-Adresse Ihres Endgeräts und den Gerätetyp.'],
    ['es', 'Recogemos la dirección IP de su dispositivo y el tipo de dispositivo.'],
    ['pl', 'Zbieramy adres IP urządzenia oraz typ urządzenia.'],
  ])('the device described beside it still is: %s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual(['ip-address', 'device-info']);
  });
});

describe('traffic statistics are usage data; Portuguese "browser" is a device', () => {
  test.each<[Lang, string, DataType[]]>([
    ['es', 'Usamos sus datos para nuestras estadísticas de tráfico.', ['usage-data']],
    ['pt', 'Utilizamos os dados para estatísticas de tráfego do site.', ['usage-data']],
    ['it', 'Raccogliamo statistiche sul traffico del sito.', ['usage-data']],
    ['nl', 'Wij verzamelen verkeersstatistieken.', ['usage-data']],
    ['sv', 'Vi samlar in trafikstatistik.', ['usage-data']],
    ['da', 'Vi indsamler trafikstatistik.', ['usage-data']],
    ['pt', 'Recolhemos o seu endereço IP e o browser que utilizou.', ['ip-address', 'device-info']],
  ])('%s: %s', (lang, text, expected) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual(expected);
  });

  test.each<[Lang, string]>([
    ['es', 'El tráfico de datos está cifrado.'],
    ['pt', 'O browser pode bloquear conteúdos.'],
  ])('no data collected: %s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual([]);
  });
});
