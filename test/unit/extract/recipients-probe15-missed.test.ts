import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { namedOf, recipientsOf } from './helpers';

type Case = { lang: Lang; text: string };

/** The seller, agent, hotel or restaurant the user deals with through us, sent data: business partners. */
const DEALT_WITH: readonly Case[] = [
  {
    lang: 'en',
    text: 'When you book a hotel through our site, we pass your name and travel dates to the hotel so it can confirm your stay.',
  },
  {
    lang: 'nl',
    text: 'Als je een bezichtiging aanvraagt, sturen we je naam en telefoonnummer door naar de makelaar die de woning aanbiedt.',
  },
  {
    lang: 'fr',
    text: "Lorsque vous demandez une visite, vos coordonnées sont transmises à l'agence immobilière qui publie l'annonce.",
  },
  {
    lang: 'de',
    text: 'Wenn Sie eine Besichtigung anfragen, leiten wir Ihre Telefonnummer an den Makler weiter.',
  },
  { lang: 'sv', text: 'När du bokar ett bord skickas ditt namn till restaurangen.' },
  { lang: 'nb', text: 'Når du bestiller et rom, sender vi navnet ditt til hotellet.' },
  { lang: 'da', text: 'Når du booker et værelse, sender vi dit navn til hotellet.' },
  { lang: 'es', text: 'Cuando reserva una mesa, enviamos su nombre y teléfono al restaurante.' },
  { lang: 'it', text: "Quando prenoti una camera, trasmettiamo il tuo nome all'hotel." },
  { lang: 'pt', text: 'Quando reserva uma visita, enviamos o seu nome à imobiliária que publica o anúncio.' },
  { lang: 'pl', text: 'Gdy rezerwujesz pokój, przekazujemy Twoje imię i nazwisko hotelowi.' },
  { lang: 'en', text: 'We share your delivery address with the seller.' },
];

/** The same words where nothing is sent to them: no recipient. */
const NOT_SENT: readonly Case[] = [
  { lang: 'en', text: 'Our hotel in Oslo has 120 rooms and a restaurant.' },
  { lang: 'de', text: 'Der Makler erstellt ein Exposé der Immobilie.' },
  { lang: 'nl', text: 'De makelaar biedt de woning aan op onze website.' },
  { lang: 'fr', text: 'Le restaurant est ouvert tous les jours de 12h à 23h.' },
  { lang: 'sv', text: 'Restaurangen serverar lunch varje dag.' },
  { lang: 'de', text: 'Wir senden Ihnen nach Ihrem Aufenthalt in dem Hotel eine E-Mail.' },
  // A generic example after an indefinite article: "a hotel" is no party the user booked.
  {
    lang: 'da',
    text: 'Hvis rejsebureauet videregiver oplysninger til et hotel, er både rejsebureauet og hotellet dataansvarlige.',
  },
  { lang: 'en', text: 'If a travel agency passes data to a hotel, both are controllers.' },
];

/** Tax offices, customs and border guards. */
const AUTHORITIES: readonly Case[] = [
  { lang: 'sv', text: 'Vi lämnar kontrolluppgifter om räntor till Skatteverket.' },
  {
    lang: 'pl',
    text: 'Dane pasażerów przekazujemy Straży Granicznej zgodnie z ustawą o przetwarzaniu danych PNR.',
  },
  { lang: 'en', text: 'We report interest payments to HMRC.' },
  { lang: 'de', text: 'Wir übermitteln Passagierdaten an die Bundespolizei.' },
  { lang: 'nl', text: 'Wij verstrekken passagiersgegevens aan de Koninklijke Marechaussee.' },
  { lang: 'nb', text: 'Vi rapporterer renteinntekter til Skatteetaten.' },
  { lang: 'da', text: 'Vi indberetter renteoplysninger til Skattestyrelsen.' },
  { lang: 'fr', text: 'Nous transmettons les données des passagers à la police aux frontières.' },
  { lang: 'es', text: 'Comunicamos los datos de los pasajeros a la Guardia Civil.' },
  { lang: 'it', text: 'Comunichiamo i dati dei passeggeri alla Polizia di Frontiera.' },
  { lang: 'pt', text: 'Comunicamos os dados dos passageiros ao Serviço de Estrangeiros e Fronteiras.' },
  { lang: 'sv', text: 'Vi lämnar uppgifter till Tullverket.' },
];

/** Data visible to everyone on the site: other users. */
const PUBLISHED: readonly Case[] = [
  {
    lang: 'de',
    text: 'Ihr Verkäufername und Ihre Bewertungen sind für alle Besucherinnen und Besucher des Marktplatzes sichtbar.',
  },
  {
    lang: 'nb',
    text: 'Spillelistene dine er offentlige og kan sees av andre brukere, med mindre du gjør dem private.',
  },
  {
    lang: 'pl',
    text: 'Twoje ogłoszenie wraz z numerem telefonu jest widoczne dla wszystkich odwiedzających portal.',
  },
  { lang: 'en', text: 'Your seller name and reviews are visible to all visitors of the marketplace.' },
  { lang: 'sv', text: 'Dina spellistor är offentliga och kan ses av andra användare.' },
  { lang: 'da', text: 'Dine playlister er offentlige og kan ses af andre brugere.' },
  { lang: 'de', text: 'Ihr Profilbild ist für alle anderen Mitglieder der Community sichtbar.' },
];

/** A processor named by its role, acting for us: a service provider. */
const PROCESSORS: readonly Case[] = [
  {
    lang: 'da',
    text: 'Vores e-mail og dokumenter ligger hos Microsoft, som fungerer som databehandler for os.',
  },
  { lang: 'nb', text: 'E-posten vår ligger hos Microsoft, som fungerer som databehandler for oss.' },
  { lang: 'sv', text: 'Vår e-post ligger hos Microsoft, som agerar personuppgiftsbiträde åt oss.' },
  {
    lang: 'fr',
    text: 'Nos e-mails sont hébergés par Microsoft, qui agit en tant que sous-traitant pour notre compte.',
  },
];

/** A brand named before a clause saying it processes for us: named. */
const PROCESSOR_NAMES: readonly (Case & { name: string })[] = [
  {
    lang: 'de',
    text: 'Für Reservierungen nutzen wir das Buchungssystem von Amadeus, das Ihre Daten in unserem Auftrag verarbeitet.',
    name: 'Amadeus',
  },
  {
    lang: 'en',
    text: 'We use the booking engine of Amadeus, which processes your data on our behalf.',
    name: 'Amadeus',
  },
  {
    lang: 'fr',
    text: "Nous utilisons le logiciel de réservation d'Amadeus, qui traite vos données pour notre compte.",
    name: 'Amadeus',
  },
  {
    lang: 'sv',
    text: 'Vi använder bokningssystemet från Amadeus, som behandlar dina uppgifter för vår räkning.',
    name: 'Amadeus',
  },
  {
    lang: 'es',
    text: 'Usamos el sistema de reservas de Amadeus, que trata sus datos por nuestra cuenta.',
    name: 'Amadeus',
  },
];

describe('recipients probe15 left unread', () => {
  it.each(DEALT_WITH)('[$lang] the party dealt with, sent data, is a partner: $text', ({ lang, text }) => {
    expect(recipientsOf(text, lang)).toContain('business-partners');
  });
  it.each(NOT_SENT)('[$lang] a role sent nothing is none: $text', ({ lang, text }) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });
  it.each(AUTHORITIES)('[$lang] tax office, customs, border guard: $text', ({ lang, text }) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });
  it('[sv] information given to the reader reaches no authority', () => {
    expect(recipientsOf('Vi lämnar information om våra priser till dig.', 'sv')).toEqual([]);
  });
  it.each(PUBLISHED)('[$lang] visible to everyone: $text', ({ lang, text }) => {
    expect(recipientsOf(text, lang)).toContain('other-users');
  });
  it('[de] what is not visible to others reaches no one', () => {
    expect(recipientsOf('Ihr Profil ist für andere Nutzer nicht sichtbar.', 'de')).toEqual([]);
  });
  it.each(PROCESSORS)('[$lang] a processor acting for us: $text', ({ lang, text }) => {
    expect(recipientsOf(text, lang)).toContain('service-providers');
    expect(namedOf(text, lang)).toContain('Microsoft');
  });
  it('[da de fr] the operator acting as a processor names no provider', () => {
    expect(recipientsOf('Vi fungerer som databehandler for vores kunder.', 'da')).toEqual([]);
    expect(recipientsOf('Wir sind Auftragsverarbeiter unserer Kunden.', 'de')).toEqual([]);
    expect(recipientsOf('Nous agissons en tant que sous-traitant de nos clients.', 'fr')).toEqual([]);
  });
  it.each(PROCESSOR_NAMES)(
    '[$lang] the brand before a processor clause is named: $text',
    ({ lang, text, name }) => {
      expect(namedOf(text, lang)).toContain(name);
      expect(recipientsOf(text, lang)).toContain('service-providers');
    },
  );
  it('[en de] no name without a preposition before it, none where we process', () => {
    expect(namedOf('Please contact Customer Service, which handles requests on our behalf.', 'en')).toEqual(
      [],
    );
    expect(
      namedOf('Wir nutzen einen Dienstleister, der Ihre Daten in unserem Auftrag verarbeitet.', 'de'),
    ).toEqual([]);
    expect(namedOf('Wir speichern Daten von Kunden, die wir in unserem Auftrag verarbeiten.', 'de')).toEqual(
      [],
    );
  });
});
