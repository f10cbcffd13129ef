/**
 * Service providers said by their trade (probe14): the courier ("budet", "buddet", the delivery driver), the
 * craftsman sent to a repair ("håndværker", "hantverkare", "Handwerker", "monteur", "artisan", "fachowcy"...),
 * a mailing house ("Lettershop", "mailing house"), a customer-service partner, and access granted to a party
 * as disclosure ("heeft toegang tot", "has access to", "har tilgang til", "har tillgång till", "har adgang
 * til"). Being bound by instructions alone is left unread: staff are bound too. The reader's own access, an
 * auction bid ("budet") and staff access name no recipient.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('a service provider said by its trade', () => {
  test.each<[Lang, string]>([
    ['sv', 'Ditt namn, din adress och ditt telefonnummer delas med budet som levererar din beställning.'],
    ['nb', 'Navnet og adressen din deles med budet som leverer bestillingen.'],
    ['da', 'Dit navn og din adresse deles med buddet, der leverer din ordre.'],
    ['en', 'Your name and address are shared with the delivery driver who brings your order.'],
    [
      'da',
      'Ved fejl i din bolig giver vi dit telefonnummer til den håndværker, der skal udføre reparationen.',
    ],
    ['nb', 'Ved feil i boligen gir vi telefonnummeret ditt til håndverkeren som skal utføre reparasjonen.'],
    [
      'sv',
      'Vid fel i din bostad lämnar vi ut ditt telefonnummer till hantverkaren som ska utföra reparationen.',
    ],
    [
      'en',
      'If something breaks in your home, we pass your phone number to the tradesperson carrying out the repair.',
    ],
    ['de', 'Bei Schäden in Ihrer Wohnung geben wir Ihre Telefonnummer an den Handwerker weiter.'],
    ['nl', 'Bij een storing geven wij uw telefoonnummer door aan de monteur die de reparatie uitvoert.'],
    [
      'fr',
      "En cas de panne, nous transmettons votre numéro de téléphone à l'artisan chargé de la réparation.",
    ],
    [
      'es',
      'En caso de avería, comunicamos su teléfono a los técnicos de mantenimiento que realizan la reparación.',
    ],
    [
      'it',
      'In caso di guasto, comunichiamo il tuo numero di telefono al manutentore incaricato della riparazione.',
    ],
    ['pl', 'W razie awarii przekazujemy Twój numer telefonu fachowcom wykonującym naprawę.'],
    [
      'pt',
      'Em caso de avaria, comunicamos o seu número de telefone aos técnicos de manutenção que fazem a reparação.',
    ],
    [
      'de',
      'Mit dem Druck und Versand der Zuwendungsbestätigungen haben wir einen Lettershop beauftragt, der an unsere Weisungen gebunden ist.',
    ],
    ['en', 'We have engaged a mailing house to print and send your donation receipts.'],
    ['nl', 'Voor het versturen van de jaaroverzichten hebben wij een lettershop ingeschakeld.'],
    [
      'nl',
      'Onze klantenservicepartner in Zuid-Afrika heeft toegang tot uw klantgegevens; hiervoor hebben wij modelcontractbepalingen van de Europese Commissie afgesloten.',
    ],
    ['en', 'Our customer service partner in South Africa has access to your account details.'],
    ['de', 'Unser Kundenservice-Partner in Südafrika hat Zugriff auf Ihre Kundendaten.'],
    ['nb', 'Vår kundeservicepartner i Sør-Afrika har tilgang til kundeopplysningene dine.'],
    ['sv', 'Vår kundtjänstpartner i Sydafrika har tillgång till dina kunduppgifter.'],
    ['da', 'Vores kundeservicepartner i Sydafrika har adgang til dine kundeoplysninger.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual(['service-providers']);
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['nl', 'U heeft toegang tot uw gegevens via uw account.'],
    ['nb', 'Du har tilgang til opplysningene dine i appen.'],
    ['sv', 'Det högsta budet vinner auktionen.'],
    ['en', 'Our employees act only on our instructions and have access to your data only where needed.'],
    ['de', 'Unsere Mitarbeiter haben Zugriff auf Ihre Daten und sind an unsere Weisungen gebunden.'],
    ['en', 'You have access to your data at any time.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });
});
