/**
 * Session 21 (fixq21a): data the operator passes on, shares or shows to other users is data it holds, so a
 * sentence saying so names data types processed: "we pass your name and phone number to the guide", "Ihr Name wird
 * anderen Teilnehmern angezeigt", "Compartimos tu nombre", in all eleven languages; nb/sv/da/de/nl "name and contact
 * details" is a name. The reader's own sharing, denials, a question, others' names shown, what stays on the reader's
 * device, the controller's name and contact details, "we share your information with that company" (no data named)
 * are not read, and a purchase said as the occasion ("ved køb af", "when you purchase") is no payment data.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('data passed on, shared or shown to other users are read', () => {
  test.each<[Lang, DataType[], string]>([
    ['en', ['name', 'phone'], 'When you book a tour, we pass your name and phone number to the local guide.'],
    ['en', ['name'], 'Your name and profile photo are shown to other players in the game lobby.'],
    [
      'en',
      ['name', 'postal-address'],
      'We share your name and delivery address with the courier who brings your parcel.',
    ],
    [
      'de',
      ['name', 'phone'],
      'Bei einer Buchung geben wir Ihren Namen und Ihre Telefonnummer an den Reiseleiter weiter.',
    ],
    ['de', ['name'], 'Ihr Name und Ihr Profilbild werden anderen Teilnehmern im Forum angezeigt.'],
    ['de', ['name', 'email'], 'Wir teilen Ihren Namen und Ihre E-Mail-Adresse mit dem Veranstalter.'],
    ['nl', ['name', 'phone'], 'Bij een boeking geven wij uw naam en telefoonnummer door aan de gids.'],
    ['nl', ['name'], 'Uw naam en profielfoto worden getoond aan andere deelnemers.'],
    ['nl', ['name', 'email'], 'We delen je naam en e-mailadres met de organisator van het evenement.'],
    ['nb', ['name', 'phone'], 'Ved bestilling sender vi navn og telefonnummer til guiden.'],
    ['nb', ['name'], 'Navnet ditt og profilbildet ditt vises for andre deltakere.'],
    ['nb', ['name', 'email'], 'Vi deler navnet og e-postadressen din med arrangøren.'],
    ['sv', ['name', 'phone'], 'Vid bokning skickar vi ditt namn och telefonnummer till guiden.'],
    ['sv', ['name'], 'Ditt namn och din profilbild visas för andra medlemmar.'],
    ['sv', ['name', 'email'], 'Vi delar ditt namn och din e-postadress med arrangören.'],
    ['da', ['name', 'phone'], 'Ved booking sender vi dit navn og telefonnummer til guiden.'],
    ['da', ['name'], 'Dit navn og dit profilbillede vises for andre deltagere.'],
    ['da', ['name', 'email'], 'Vi deler dit navn og din e-mailadresse med arrangøren.'],
    [
      'fr',
      ['name', 'phone'],
      "Lors d'une réservation, nous transmettons votre nom et votre numéro de téléphone au guide.",
    ],
    ['fr', ['name'], 'Votre nom et votre photo de profil sont affichés aux autres participants.'],
    ['fr', ['name', 'email'], "Nous partageons votre nom et votre adresse e-mail avec l'organisateur."],
    [
      'fr',
      ['name', 'postal-address'],
      "Lors de l'inscription, vous nous communiquez votre nom et votre adresse.",
    ],
    ['es', ['name', 'phone'], 'Al reservar, enviamos tu nombre y tu número de teléfono al guía.'],
    ['es', ['name'], 'Tu nombre y tu foto de perfil se muestran a otros participantes.'],
    ['es', ['name', 'email'], 'Compartimos tu nombre y tu correo electrónico con el organizador.'],
    [
      'it',
      ['name', 'phone'],
      'Al momento della prenotazione comunichiamo il tuo nome e il tuo numero di telefono alla guida.',
    ],
    ['it', ['name'], 'Il tuo nome e la tua foto del profilo sono mostrati agli altri partecipanti.'],
    ['it', ['name', 'email'], "Condividiamo il tuo nome e il tuo indirizzo e-mail con l'organizzatore."],
    [
      'pl',
      ['name', 'phone'],
      'Przy rezerwacji przekazujemy Twoje imię i nazwisko oraz numer telefonu przewodnikowi.',
    ],
    ['pl', ['name'], 'Twoje imię i zdjęcie profilowe są wyświetlane innym uczestnikom.'],
    ['pl', ['name', 'email'], 'Udostępniamy Twoje imię i adres e-mail organizatorowi wydarzenia.'],
    ['pt', ['name', 'phone'], 'Ao reservar, enviamos o seu nome e o seu número de telefone ao guia.'],
    ['pt', ['name'], 'O seu nome e a sua foto de perfil são mostrados aos outros participantes.'],
    ['pt', ['name', 'email'], 'Partilhamos o seu nome e o seu endereço de e-mail com o organizador.'],
    ['de', ['name'], 'Wir übermitteln Name und Kontaktdaten an unseren Partner.'],
    ['nl', ['name'], 'We geven naam en contactgegevens door aan onze partner.'],
    ['nb', ['name'], 'Vi sender navn og kontaktopplysninger til vår partner.'],
    ['sv', ['name'], 'Vi skickar namn och kontaktuppgifter till vår partner.'],
    ['da', ['name'], 'Vi sender navn og kontaktoplysninger til vores partner.'],
    ['da', ['name', 'postal-address'], 'Ved køb af en rejse deler vi dit navn og din adresse med hotellet.'],
    ['nb', ['name', 'postal-address'], 'Ved kjøp av en reise deler vi navnet og adressen din med hotellet.'],
    ['sv', ['name', 'postal-address'], 'Vid köp av en resa delar vi ditt namn och din adress med hotellet.'],
    [
      'en',
      ['name', 'postal-address'],
      'When you purchase a trip, we share your name and address with the hotel.',
    ],
    [
      'fr',
      ['name', 'postal-address'],
      "Lors de l'achat d'un voyage, nous partageons votre nom et votre adresse avec l'hôtel.",
    ],
    [
      'es',
      ['name', 'postal-address'],
      'Al comprar un viaje, compartimos tu nombre y tu dirección con el hotel.',
    ],
    [
      'it',
      ['name', 'postal-address'],
      "Al momento dell'acquisto di un viaggio condividiamo il tuo nome e il tuo indirizzo con l'hotel.",
    ],
    ['pl', ['name', 'postal-address'], 'Przy zakupie wycieczki przekazujemy Twoje imię i adres hotelowi.'],
    [
      'pt',
      ['name', 'postal-address'],
      'Na compra de uma viagem, partilhamos o seu nome e a sua morada com o hotel.',
    ],
    ['en', ['payment'], 'When you purchase a ticket, we collect your card number.'],
    ['da', ['payment'], 'Ved køb af billetter indsamler vi dine betalingsoplysninger.'],
  ])('%s %s: %s', (lang, types, text) => {
    const [silent, sure] = typesBoth(text, lang);
    for (const type of types) {
      expect(silent).toContain(type);
      expect(sure).toContain(type);
    }
  });
});

describe("the reader's sharing, denials, questions, others' names, generic data and purchase occasions are not read", () => {
  test.each<[Lang, DataType[], string]>([
    ['en', ['name', 'email'], 'You can share your name and e-mail address with other members if you wish.'],
    ['en', ['postal-address'], 'We never pass your address to marketing companies.'],
    ['en', ['name', 'phone'], "The organiser's name and phone number are shown on the ticket."],
    ['en', ['name'], 'Your name is shown only on your own device.'],
    [
      'de',
      ['name', 'email'],
      'Sie können Ihren Namen und Ihre E-Mail-Adresse mit anderen Mitgliedern teilen.',
    ],
    ['de', ['postal-address'], 'Wir geben Ihre Adresse niemals an Werbefirmen weiter.'],
    ['de', ['name'], 'Der Name des Veranstalters wird auf dem Ticket angezeigt.'],
    ['de', ['name'], 'Ihr Name wird nur auf Ihrem Gerät angezeigt.'],
    ['nl', ['name', 'email'], 'Je kunt je naam en e-mailadres delen met andere leden.'],
    ['nl', ['postal-address'], 'Wij geven uw adres nooit door aan reclamebedrijven.'],
    ['nl', ['name'], 'De naam van de organisator wordt op het ticket getoond.'],
    ['nl', ['name'], 'Uw naam wordt alleen op uw eigen apparaat getoond.'],
    ['nb', ['name', 'email'], 'Du kan dele navnet og e-postadressen din med andre medlemmer.'],
    ['nb', ['postal-address'], 'Vi sender aldri adressen din til reklamebyråer.'],
    ['nb', ['name'], 'Arrangørens navn vises på billetten.'],
    ['nb', ['name'], 'Navnet ditt vises bare på din egen enhet.'],
    ['sv', ['name', 'email'], 'Du kan dela ditt namn och din e-postadress med andra medlemmar.'],
    ['sv', ['postal-address'], 'Vi skickar aldrig din adress till reklamföretag.'],
    ['sv', ['name'], 'Arrangörens namn visas på biljetten.'],
    ['sv', ['name'], 'Ditt namn visas endast på din egen enhet.'],
    ['da', ['name', 'email'], 'Du kan dele dit navn og din e-mailadresse med andre medlemmer.'],
    ['da', ['postal-address'], 'Vi sender aldrig din adresse til reklamebureauer.'],
    ['da', ['name'], 'Arrangørens navn vises på billetten.'],
    ['da', ['name'], 'Dit navn vises kun på din egen enhed.'],
    [
      'fr',
      ['name', 'email'],
      "Vous pouvez partager votre nom et votre adresse e-mail avec d'autres membres.",
    ],
    ['fr', ['postal-address'], 'Nous ne transmettons jamais votre adresse à des agences publicitaires.'],
    ['fr', ['name'], "Le nom de l'organisateur est affiché sur le billet."],
    ['fr', ['name'], 'Votre nom est affiché uniquement sur votre appareil.'],
    ['es', ['name', 'email'], 'Puedes compartir tu nombre y tu correo electrónico con otros miembros.'],
    ['es', ['postal-address'], 'Nunca compartimos tu dirección con agencias de publicidad.'],
    ['es', ['name'], 'El nombre del organizador se muestra en la entrada.'],
    ['es', ['name'], 'Tu nombre solo se muestra en tu propio dispositivo.'],
    ['it', ['name', 'email'], 'Puoi condividere il tuo nome e il tuo indirizzo e-mail con altri membri.'],
    ['it', ['postal-address'], 'Non condividiamo mai il tuo indirizzo con agenzie pubblicitarie.'],
    ['it', ['name'], "Il nome dell'organizzatore è mostrato sul biglietto."],
    ['it', ['name'], 'Il tuo nome è mostrato solo sul tuo dispositivo.'],
    ['pl', ['name', 'email'], 'Możesz udostępnić swoje imię i adres e-mail innym członkom.'],
    ['pl', ['postal-address'], 'Nigdy nie przekazujemy Twojego adresu agencjom reklamowym.'],
    ['pl', ['name'], 'Nazwa organizatora jest wyświetlana na bilecie.'],
    ['pl', ['name'], 'Twoje imię jest wyświetlane tylko na Twoim urządzeniu.'],
    ['pt', ['name', 'email'], 'Pode partilhar o seu nome e o seu e-mail com outros membros.'],
    ['pt', ['postal-address'], 'Nunca partilhamos a sua morada com agências de publicidade.'],
    ['pt', ['name'], 'O nome do organizador é mostrado no bilhete.'],
    ['pt', ['name'], 'O seu nome é mostrado apenas no seu dispositivo.'],
    ['en', ['name', 'postal-address'], 'We do not share your name or address with anyone.'],
    ['en', ['email'], 'Do we pass your e-mail address to other companies? No.'],
    ['en', ['name'], 'The names of our staff are shown to all visitors on the team page.'],
    ['de', ['name', 'postal-address'], 'Wir teilen Ihren Namen und Ihre Adresse nicht mit Dritten.'],
    ['de', ['name'], 'Die Namen der Trainer werden allen Besuchern auf der Startseite angezeigt.'],
    ['nl', ['name', 'postal-address'], 'Wij delen uw naam en adres niet met derden.'],
    ['nl', ['name'], 'De namen van onze medewerkers worden getoond aan alle bezoekers.'],
    ['nb', ['name', 'postal-address'], 'Vi deler ikke navnet eller adressen din med andre.'],
    ['nb', ['name'], 'Navnene på trenerne våre vises for alle besøkende.'],
    ['sv', ['name', 'postal-address'], 'Vi delar inte ditt namn eller din adress med andra.'],
    ['sv', ['name'], 'Namnen på våra tränare visas för alla besökare.'],
    ['da', ['name', 'postal-address'], 'Vi deler ikke dit navn eller din adresse med andre.'],
    ['da', ['name'], 'Navnene på vores trænere vises for alle besøgende.'],
    ['fr', ['name', 'postal-address'], 'Nous ne partageons pas votre nom ni votre adresse avec des tiers.'],
    ['fr', ['name'], 'Les noms de nos formateurs sont affichés à tous les visiteurs.'],
    ['fr', ['email'], 'Si vous nous communiquez une question, nous vous répondrons par téléphone.'],
    ['es', ['name', 'postal-address'], 'No compartimos tu nombre ni tu dirección con terceros.'],
    ['es', ['name'], 'Los nombres de nuestros entrenadores se muestran a todos los visitantes.'],
    ['it', ['name', 'postal-address'], 'Non condividiamo il tuo nome né il tuo indirizzo con terzi.'],
    ['it', ['name'], 'I nomi dei nostri istruttori sono mostrati a tutti i visitatori.'],
    ['pl', ['name', 'postal-address'], 'Nie udostępniamy Twojego imienia ani adresu osobom trzecim.'],
    ['pl', ['name'], 'Imiona naszych trenerów są wyświetlane wszystkim odwiedzającym.'],
    ['pt', ['name', 'postal-address'], 'Não partilhamos o seu nome nem a sua morada com terceiros.'],
    ['pt', ['name'], 'Os nomes dos nossos treinadores são mostrados a todos os visitantes.'],
    ['en', ['name'], 'The name and contact details of the controller are provided below.'],
    ['de', ['name'], 'Name und Kontaktdaten des Verantwortlichen finden Sie unten.'],
    ['nb', ['name'], 'Navn og kontaktopplysninger til behandlingsansvarlig er oppgitt nedenfor.'],
    ['fr', ['name'], 'Le nom et les coordonnées du responsable du traitement sont indiqués ci-dessous.'],
    [
      'es',
      ['name'],
      'El nombre y los datos de contacto del responsable del tratamiento se indican a continuación.',
    ],
    [
      'en',
      ['payment', 'professional'],
      'If we are involved in a merger, we may share your information with that company before and after the transaction closes.',
    ],
    [
      'de',
      ['payment', 'professional'],
      'Bei einer Fusion teilen wir Ihre Daten mit dem anderen Unternehmen der Transaktion.',
    ],
    [
      'fr',
      ['payment', 'professional'],
      "En cas de fusion, nous partageons vos données avec l'autre société de la transaction.",
    ],
    [
      'es',
      ['payment', 'professional'],
      'En caso de fusión, compartimos tus datos con la otra empresa de la transacción.',
    ],
  ])('%s %s: %s', (lang, types, text) => {
    const [silent] = typesBoth(text, lang);
    if (types.length === 0) expect(silent).toEqual([]);
    for (const type of types) expect(silent).not.toContain(type);
  });
});
