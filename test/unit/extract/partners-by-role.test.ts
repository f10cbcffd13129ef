/**
 * Business partners said by their role (probe14): the manufacturer, the event organiser, client companies of
 * an agency, partner airlines, other insurers and reinsurers, another operator, in the eleven languages. A
 * role that may be the operator itself ("die Veranstalter der Innomeet Cologne", the "Opdrachtgever" of general
 * terms) counts only where data is sent to it (a destination word before it, role-nouns.ts; Polish by the
 * dative). A name in apposition to a recipient the sentence sends data to is named ("the event organiser,
 * British Cycling,", "an den Hersteller, die Volkswagen AG.", "au constructeur Renault afin", "firmie Toyota
 * Motor Poland"), never a common noun, a defined term or a capitalised adjective (apposed-names.ts).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { namedOf, recipientsOf } from './helpers';

describe('a business partner said by its role', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'We share your name and T-shirt size with the event organiser, British Cycling, so they can prepare your race pack.',
    ],
    ['en', 'We send your details to the vehicle manufacturer for warranty claims.'],
    ['en', 'With your consent we send your CV to client companies that are hiring.'],
    [
      'en',
      "If you park at a site run by another operator, we share your number plate with that operator's partner airlines.",
    ],
    ['en', 'Claims data may be disclosed to reinsurers.'],
    [
      'de',
      'Für die Garantieabwicklung übermitteln wir Fahrzeug- und Kundendaten an den Hersteller, die Volkswagen AG.',
    ],
    ['de', 'Wir geben Ihren Namen an den Veranstalter weiter.'],
    ['de', 'Ihre Bewerbung übermitteln wir mit Ihrer Einwilligung an unsere Kundenunternehmen.'],
    ['de', 'Schadendaten können an Rückversicherer übermittelt werden.'],
    ['nl', 'Met uw toestemming sturen wij uw cv naar opdrachtgevers die een passende vacature hebben.'],
    ['nl', 'Wij verstrekken uw gegevens aan de fabrikant voor de garantie.'],
    ['nl', 'Uw naam wordt gedeeld met de organisator van het evenement.'],
    [
      'nb',
      'Hvis du parkerer på et anlegg som drives av en annen parkeringsoperatør, sender vi bilnummeret ditt til denne operatøren.',
    ],
    ['nb', 'Vi deler navnet ditt med arrangøren av løpet.'],
    ['nb', 'Vi utleverer opplysningene til bilprodusenten ved garantisaker.'],
    ['sv', 'Vi delar ditt namn med arrangören av loppet.'],
    ['sv', 'Vi lämnar ut uppgifterna till tillverkaren vid garantiärenden.'],
    ['sv', 'Med ditt samtycke delar vi ditt cv med uppdragsgivare som söker personal.'],
    ['da', 'Vi deler dit navn med arrangøren af løbet.'],
    ['da', 'Vi videregiver oplysningerne til producenten i forbindelse med garantisager.'],
    ['da', 'Med dit samtykke sender vi dit cv til opdragsgivere, der søger medarbejdere.'],
    [
      'fr',
      "Vos coordonnées sont transmises au constructeur Renault afin qu'il puisse vous adresser les rappels de sécurité concernant votre véhicule.",
    ],
    ['fr', 'Avec votre accord, nous transmettons votre candidature aux entreprises clientes qui recrutent.'],
    ['fr', 'Vos données peuvent être communiquées aux réassureurs.'],
    [
      'es',
      'Si acumula millas con nosotros, compartiremos sus datos de vuelo con las aerolíneas asociadas al programa de fidelización.',
    ],
    ['es', 'Comunicamos sus datos al fabricante del vehículo para la garantía.'],
    ['es', 'Con su consentimiento, enviamos su currículum a las empresas clientes que buscan personal.'],
    ['it', 'I dati possono essere comunicati ad altre compagnie di assicurazione e riassicurazione.'],
    ['it', "Comunichiamo il tuo nome all'organizzatore dell'evento."],
    ['it', 'I dati del veicolo sono trasmessi alla casa costruttrice per la garanzia.'],
    [
      'pl',
      'Dane mogą zostać przekazane producentowi pojazdu, firmie Toyota Motor Poland, w celu realizacji gwarancji.',
    ],
    ['pl', 'Przekazujemy Twoje imię organizatorowi wydarzenia.'],
    ['pl', 'Twoje CV przesyłamy klientom biznesowym za Twoją zgodą.'],
    [
      'pt',
      'Com o seu consentimento, enviamos o seu currículo às empresas clientes com vagas adequadas ao seu perfil.',
    ],
    ['pt', 'Partilhamos os seus dados com o fabricante do veículo para efeitos de garantia.'],
    ['pt', 'Os dados podem ser comunicados a resseguradoras.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('business-partners');
  });
});

describe('a name in apposition to the role is named', () => {
  test.each<[Lang, string, string]>([
    [
      'en',
      'We share your name and T-shirt size with the event organiser, British Cycling, so they can prepare your race pack.',
      'British Cycling',
    ],
    [
      'de',
      'Für die Garantieabwicklung übermitteln wir Fahrzeug- und Kundendaten an den Hersteller, die Volkswagen AG.',
      'Volkswagen AG',
    ],
    [
      'fr',
      "Vos coordonnées sont transmises au constructeur Renault afin qu'il puisse vous adresser les rappels.",
      'Renault',
    ],
    [
      'pl',
      'Dane mogą zostać przekazane producentowi pojazdu, firmie Toyota Motor Poland, w celu realizacji gwarancji.',
      'Toyota Motor Poland',
    ],
    ['es', 'Comunicamos sus datos al fabricante, la empresa Seat Ibérica, para la garantía.', 'Seat Ibérica'],
    [
      'nl',
      'Wij verstrekken uw gegevens aan de organisator, Sportevent Nederland, voor de startlijst.',
      'Sportevent Nederland',
    ],
  ])('%s: %s', (lang, text, name) => {
    expect(namedOf(text, lang)).toContain(name);
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    [
      'de',
      'Personenbezogene Daten werden nur an Dritte übermittelt, wenn die Veranstalter der Innomeet Cologne zu einer Übermittlung gesetzlich verpflichtet sind.',
    ],
    [
      'nl',
      'Alle door Gebruiker verstrekte stukken zijn uitsluitend bestemd om te worden gebruikt door de Opdrachtgever en mogen niet openbaar gemaakt worden.',
    ],
    ['en', 'Our event organisers will not share your data with anyone.'],
    ['en', 'The manufacturer of your device shares information with its own service providers.'],
    ['fr', 'Le constructeur du véhicule transmet les données de diagnostic à ses prestataires.'],
    ['en', 'We do not share your name with the event organiser, British Cycling.'],
  ])('%s: no business partner: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('business-partners');
  });

  test.each<[Lang, string]>([
    ['es', 'Comunicamos sus datos al fabricante, que es responsable de la garantía.'],
    ['it', 'Comunichiamo i dati alle Autorità Competenti.'],
    ['pl', 'Dane przekazujemy Usługodawcy Zewnętrznemu.'],
    [
      'nb',
      'Når nettleseren din laster disse ressursene, ser leverandøren IP-adressen din, slik det er vanlig.',
    ],
    ['de', 'Wir übermitteln Ihre Daten an den Hersteller Ihres Fahrzeugs.'],
    ['de', 'Wir übermitteln Ihre Daten an den Hersteller, wenn Sie eine Garantie anmelden.'],
    ['en', 'We do not share your name with the event organiser, British Cycling.'],
    ['en', 'Requests must be in writing and made to the Provider Security Contact.'],
    ['pt', 'Autoridades Estrangeiras: para desembaraço aduaneiro.'],
  ])('%s: no name: %s', (lang, text) => {
    expect(namedOf(text, lang)).toEqual([]);
  });

  test.each<[Lang, string]>([
    ['pt', 'Enviamos-lhe o seu currículo atualizado.'],
    ['nb', 'Vi sender deg bilnummeret ditt til kontroll.'],
    ['en', 'We send your password reset link to your email address.'],
  ])('%s: a message to the reader shares nothing: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });
});
