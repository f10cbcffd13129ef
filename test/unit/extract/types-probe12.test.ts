/**
 * Data types session 12's probe and card audit found invented (fix12b): "processes your address" said of
 * an e-mail provider is the e-mail address, not a postal one; the operator's own company or another company
 * it merges with ("vores virksomhed", "en anden virksomhed", "our company", "notre entreprise") is no job
 * data; Danish and Norwegian "tage / ta stilling til" ("decide on") is no job position. Near sentences
 * that keep their reading sit beside.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth, typesSure } from './helpers';

describe("an e-mail provider's 'your address' is no postal address", () => {
  test.each<[Lang, string]>([
    ['en', 'Our e-mail provider Brevo (dpo@brevo.com) processes your address on our behalf.'],
    ['de', 'Unser E-Mail-Dienstleister Brevo (dpo@brevo.com) verarbeitet Ihre Adresse in unserem Auftrag.'],
    ['nl', 'Onze e-maildienstverlener Brevo (dpo@brevo.com) verwerkt je adres in onze opdracht.'],
    ['nb', 'E-postleverandøren vår Brevo (dpo@brevo.com) behandler adressen din på våre vegne.'],
    ['sv', 'Vår e-postleverantör Brevo (dpo@brevo.com) behandlar din adress för vår räkning.'],
    ['da', 'Vores e-mailudbyder Brevo (dpo@brevo.com) behandler din adresse på vores vegne.'],
    [
      'es',
      'Nuestro proveedor de correo electrónico Brevo (dpo@brevo.com) trata su dirección por cuenta nuestra.',
    ],
    [
      'it',
      'Il nostro fornitore di servizi e-mail Brevo (dpo@brevo.com) tratta il tuo indirizzo per nostro conto.',
    ],
  ])('%s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).not.toContain('postal-address');
  });

  test.each<[Lang, string]>([
    ['en', 'We collect your name and your address to deliver your order.'],
    ['de', 'Wir erheben Ihren Namen und Ihre Adresse, um die Bestellung zu liefern.'],
    ['da', 'Vi indsamler dit navn og din adresse for at levere din ordre.'],
    ['es', 'Recogemos su nombre y su dirección para entregar el pedido.'],
    ['en', 'Our e-mail provider sends newsletters; we collect your address to deliver your order.'],
  ])('a postal address collected is still read, %s: %s', (lang, text) => {
    expect(typesSure(text, lang)).toContain('postal-address');
  });
});

describe("the operator's company and an idiom are no job data", () => {
  test.each<[Lang, string]>([
    [
      'da',
      'Hvis vores virksomhed sælges eller fusionerer med en anden virksomhed, kan dine personoplysninger blive overført til køberen.',
    ],
    ['da', 'Ved dit første besøg på hjemmesiden bliver du bedt om at tage stilling til brugen af cookies.'],
    [
      'nb',
      'Første gang du besøker nettsiden, blir du bedt om å ta stilling til bruken av informasjonskapsler.',
    ],
    [
      'en',
      'If our company is sold or merges with another company, your personal data may be transferred to the buyer.',
    ],
    [
      'de',
      'Wenn unser Unternehmen verkauft wird oder mit einem anderen Unternehmen fusioniert, können Ihre Daten an den Käufer übergehen.',
    ],
    [
      'fr',
      'Si notre entreprise est vendue ou fusionne avec une autre société, vos données peuvent être transférées.',
    ],
    [
      'es',
      'Si nuestra empresa se vende o se fusiona con otra empresa, sus datos pueden transferirse al comprador.',
    ],
  ])('%s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).not.toContain('professional');
  });

  test.each<[Lang, string, DataType]>([
    [
      'da',
      'Vi indsamler dit navn, din e-mail og navnet på din virksomhed samt din stilling.',
      'professional',
    ],
    ['en', 'We collect your name, your company and your position.', 'professional'],
    ['de', 'Wir erheben Ihren Namen, Ihre Firma und Ihre Position im Unternehmen.', 'professional'],
  ])('the user’s own company and position are still read, %s: %s', (lang, text, type) => {
    expect(typesSure(text, lang)).toContain(type);
  });
});

describe('answering a request and a device as the source of location are no data types', () => {
  test.each<[Lang, string, DataType]>([
    ['de', 'Wir beantworten Ihre Anfrage innerhalb eines Monats.', 'communications'],
    ['de', 'Ihre Anfrage wird innerhalb eines Monats beantwortet.', 'communications'],
    ['en', "The inbuilt location services from the user's device", 'device-info'],
    ['en', 'We use the location services of your device to find nearby postboxes.', 'device-info'],
    ['nb', 'Vi bruker posisjonstjenestene på enheten din for å finne postkasser i nærheten.', 'device-info'],
  ])('%s: %s', (lang, text, type) => {
    for (const types of typesBoth(text, lang)) expect(types).not.toContain(type);
  });

  test.each<[Lang, string, DataType]>([
    ['de', 'Wir speichern Ihre Anfrage und Ihre Kontaktdaten zur Bearbeitung.', 'communications'],
    ['de', 'Wir speichern Ihre Anfrage, um sie zu beantworten.', 'communications'],
    ['en', "The inbuilt location services from the user's device", 'location'],
    [
      'en',
      'We collect information about your device, such as its model and operating system.',
      'device-info',
    ],
    ['en', 'We collect device information from your device.', 'device-info'],
  ])('still read, %s: %s', (lang, text, type) => {
    expect(typesSure(text, lang)).toContain(type);
  });
});
