/**
 * Data types session 15's unseen probe left invented or missed (fix16d). Each block says the phenomenon;
 * the sentences are the probe's and near ones that must not change.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

/** Both readings (silent scores, and the model sure of collection) give exactly `expected`. */
function expectTypes(lang: Lang, text: string, expected: readonly DataType[]): void {
  for (const types of typesBoth(text, lang)) expect([...types].sort()).toEqual([...expected].sort());
}

describe('a legal limitation period ("prescription") is no medical prescription', () => {
  // French "prescription" is also the lapse of a legal claim; the English term "prescriptions?" (read on
  // every page) took "durée de la prescription" for health. A lawyer's "dossier" is no medical record.
  test.each<[Lang, string, DataType[]]>([
    [
      'fr',
      "Les données relatives à votre dossier sont conservées cinq ans à compter de la fin de notre mission, durée de la prescription de la responsabilité de l'avocat.",
      [],
    ],
    ['fr', 'Nous conservons vos données pendant le délai de prescription légale.', []],
    ['fr', "Les données sont conservées jusqu'à l'expiration de la prescription de l'action.", []],
    ['en', 'We keep your case file until the statutory prescription period has run out.', []],
    ['es', 'Conservamos los datos de su expediente durante el plazo de prescripción de las acciones.', []],
    ['it', 'Conserviamo i dati del suo fascicolo fino al termine di prescrizione.', []],
    ['pt', 'Conservamos os dados do seu processo durante o prazo de prescrição.', []],
    ['de', 'Wir speichern die Daten Ihrer Akte bis zum Ablauf der Verjährungsfrist.', []],
    ['nl', 'Wij bewaren de gegevens van uw dossier tot de verjaringstermijn verstreken is.', []],
    // Still health: a medical prescription, a medical file.
    ['fr', 'Nous traitons vos prescriptions médicales et vos allergies.', ['health']],
    ['fr', 'Nous conservons votre dossier médical.', ['health']],
    ['en', 'We process your prescriptions.', ['health']],
  ])('%s: %s', (lang, text, expected) => expectTypes(lang, text, expected));
});

describe('an order or purchase to be delivered is no payment data', () => {
  // "Om je bestelling te kunnen bezorgen": the weak payment word "bestelling" (an order) is what is
  // delivered, and beside "gps-locatie" it read payment. A delivered order or purchase is masked.
  test.each<[Lang, string, DataType[]]>([
    [
      'nl',
      'Om je bestelling te kunnen bezorgen, gebruiken we je gps-locatie als je daar toestemming voor geeft.',
      ['location'],
    ],
    [
      'nl',
      'Voor de bezorging van uw bestelling gebruiken wij uw locatie en uw e-mailadres.',
      ['email', 'location'],
    ],
    [
      'de',
      'Um Ihre Bestellung zu liefern, verwenden wir Ihren Standort und Ihre E-Mail-Adresse.',
      ['email', 'location'],
    ],
    ['en', 'To deliver your purchases, we use your location and your email address.', ['email', 'location']],
    ['nb', 'For å levere kjøp bruker vi posisjonen din og e-postadressen din.', ['email', 'location']],
    ['sv', 'För att leverera ditt köp använder vi din position och din e-postadress.', ['email', 'location']],
    ['da', 'For at levere dit køb bruger vi din placering og din e-mailadresse.', ['email', 'location']],
    [
      'fr',
      'Pour livrer votre commande, nous utilisons votre position et votre adresse e-mail.',
      ['email', 'location'],
    ],
    [
      'es',
      'Para entregar su compra, utilizamos su ubicación y su dirección de correo electrónico.',
      ['email', 'location'],
    ],
    [
      'it',
      'Per consegnare il tuo acquisto utilizziamo la tua posizione e il tuo indirizzo e-mail.',
      ['email', 'location'],
    ],
    ['pl', 'Aby dostarczyć zakupy, wykorzystujemy Twoją lokalizację i adres e-mail.', ['email', 'location']],
    [
      'pt',
      'Para entregar a sua compra, utilizamos a sua localização e o seu endereço de e-mail.',
      ['email', 'location'],
    ],
    // Still payment: orders and payments listed as data.
    ['nl', 'Wij verwerken je bestellingen, betalingen en je e-mailadres.', ['email', 'payment']],
    ['de', 'Wir speichern Ihre Bestellungen und Zahlungen.', ['payment']],
  ])('%s: %s', (lang, text, expected) => expectTypes(lang, text, expected));
});

describe('the phone located is the device, not a phone number', () => {
  // "la géolocalisation de votre téléphone": the phone whose position is read is the device; the weak phone
  // word beside "géolocalisation" read a phone number. The location of one's phone is one location term
  // (as "localisation de votre téléphone" already was), so the phone word is no mention of its own.
  test.each<[Lang, string, DataType[]]>([
    [
      'fr',
      "Avec votre accord, nous utilisons la géolocalisation de votre téléphone pour vous indiquer en temps réel l'arrivée de votre livreur.",
      ['location'],
    ],
    [
      'fr',
      'Nous utilisons la position de votre téléphone pour afficher les restaurants proches.',
      ['location'],
    ],
    [
      'en',
      'With your consent, we use the location of your phone to show the arrival of your courier.',
      ['location'],
    ],
    ['en', 'We use the geolocation of your smartphone to show nearby stores.', ['location']],
    [
      'es',
      'Con su consentimiento, usamos la geolocalización de su teléfono para indicarle la llegada del repartidor.',
      ['location'],
    ],
    ['es', 'Usamos la localización de su móvil para mostrarle tiendas cercanas.', ['location']],
    ['it', 'Usiamo la geolocalizzazione del tuo telefono per mostrarti i negozi vicini.', ['location']],
    ['pt', 'Usamos a geolocalização do seu telemóvel para mostrar as lojas próximas.', ['location']],
    ['nl', 'We gebruiken de gps-locatie van je telefoon om winkels in de buurt te tonen.', ['location']],
    ['nl', 'We gebruiken de geolocatie van je telefoon om winkels in de buurt te tonen.', ['location']],
    ['nb', 'Med ditt samtykke bruker vi telefonens posisjon.', ['location']],
    ['sv', 'Med ditt samtycke använder vi din telefons position.', ['location']],
    ['da', 'Med dit samtykke bruger vi din telefons placering.', ['location']],
    ['de', 'Mit Ihrer Einwilligung verwenden wir die Geolokalisierung Ihres Telefons.', ['location']],
    ['pl', 'Za Twoją zgodą używamy geolokalizacji Twojego telefonu.', ['location']],
    // Still a phone number: the number, or the phone listed among the data of a form.
    [
      'fr',
      'Nous collectons votre numéro de téléphone et la géolocalisation de votre appareil.',
      ['phone', 'location'],
    ],
    [
      'fr',
      'Nous collectons votre nom, votre téléphone et votre géolocalisation.',
      ['name', 'phone', 'location'],
    ],
    ['en', 'We collect your name, phone and location data.', ['name', 'phone', 'location']],
  ])('%s: %s', (lang, text, expected) => expectTypes(lang, text, expected));
});

describe('a rank on a leaderboard is no place', () => {
  // "din placering på ranglisten": a player's placement in a ranking, not where they are. The placement on a
  // list, table or ranking is masked where the placement word is a location term (da, nb, sv, fr, it), and
  // in English the job-title word "position" there is no professional data. A username shown to other players
  // is no credential either (session 20, fixq20: masks.json); a password beside it still is.
  test.each<[Lang, string, DataType[]]>([
    ['da', 'Dit brugernavn og din placering på ranglisten kan ses af andre spillere.', []],
    ['nb', 'Brukernavnet ditt og plasseringen din på resultatlisten kan ses av andre spillere.', []],
    ['nb', 'Brukernavnet ditt og din plassering på topplisten kan ses av andre spillere.', []],
    ['sv', 'Ditt användarnamn och din placering på topplistan kan ses av andra spelare.', []],
    ['fr', 'Votre position dans le classement et votre mot de passe sont enregistrés.', ['credentials']],
    ['it', 'Il tuo nome utente e la tua posizione in classifica sono visibili agli altri giocatori.', []],
    ['de', 'Ihr Benutzername und Ihre Platzierung in der Rangliste sind für andere Spieler sichtbar.', []],
    ['nl', 'Je gebruikersnaam en je positie in de ranglijst zijn zichtbaar voor andere spelers.', []],
    ['en', 'Your username and your position on the leaderboard are visible to other players.', []],
    ['es', 'Su nombre de usuario y su posición en la clasificación son visibles para otros jugadores.', []],
    ['pl', 'Twoja nazwa użytkownika i miejsce w rankingu są widoczne dla innych graczy.', []],
    ['pt', 'O seu nome de utilizador e a sua posição no ranking são visíveis para outros jogadores.', []],
    // Still location: the person's own position; a country is no location data; "il tuo nome" alone is a name.
    ['da', 'Vi registrerer din placering, når du bruger appen.', ['location']],
    ['nb', 'Vi registrerer plasseringen din når du bruker appen.', ['location']],
    ['sv', 'Vi registrerar din position när du använder appen.', ['location']],
    ['fr', "Nous collectons votre position lorsque vous utilisez l'application.", ['location']],
    ['it', "Raccogliamo la tua posizione quando usi l'app.", ['location']],
    ['nb', 'Vi overfører opplysninger til Kanada.', []],
    ['it', 'Raccogliamo il tuo nome e il tuo indirizzo e-mail.', ['name', 'email']],
  ])('%s: %s', (lang, text, expected) => expectTypes(lang, text, expected));
});

describe('what you watch, rent or consume is usage data', () => {
  // Which films or programmes the person watches or rents, a viewing or playback history, and the readings of
  // a utility meter (consumption of electricity, gas, water) record how the person uses the service:
  // usage-data. Eleven languages; a European Portuguese "Registamos" is a collection verb.
  test.each<[Lang, string]>([
    ['nb', 'Vi registrerer hvilke filmer du leier, og hvilket betalingskort du brukte.'],
    [
      'da',
      'Vi indsamler oplysninger om, hvilke programmer du ser, hvornår du ser dem, og hvilken enhed du bruger.',
    ],
    [
      'es',
      'Recogemos datos sobre las series que ve, el tiempo de reproducción y el tipo de dispositivo que utiliza.',
    ],
    ['fr', "Nous enregistrons l'historique de vos visionnages et vos informations de facturation."],
    ['de', 'Der intelligente Stromzähler übermittelt Ihren Verbrauch in Viertelstundenwerten an uns.'],
    ['pt', 'Registamos os seus consumos de eletricidade e o IBAN para débito direto.'],
    ['pl', 'Rejestrujemy odczyty licznika i historię Twoich płatności za energię.'],
  ])('%s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toContain('usage-data');
  });

  test.each<[Lang, string, DataType[]]>([
    ['en', 'We record which films you rent and your viewing history.', ['usage-data']],
    ['en', 'We record which film you are watching.', ['usage-data']],
    ['en', 'The smart meter sends us your electricity consumption every 15 minutes.', ['usage-data']],
    ['de', 'Wir speichern, welche Filme Sie sich ansehen.', ['usage-data']],
    ['nl', 'Wij registreren welke films je huurt en je kijkgedrag.', ['usage-data']],
    ['sv', 'Vi registrerar vilka filmer du hyr och din elförbrukning.', ['usage-data']],
    ['it', 'Registriamo i film che guardi e i tuoi consumi di energia.', ['usage-data']],
    ['pl', 'Rejestrujemy, jakie filmy oglądasz.', ['usage-data']],
    ['pt', 'Registamos os filmes que vê e o histórico de visualização.', ['usage-data']],
    ['es', 'Registramos sus consumos de electricidad y las lecturas del contador.', ['usage-data']],
    ['fr', 'Nous collectons vos relevés de compteur.', ['usage-data']],
    ['nb', 'Vi lagrer målerstanden og strømforbruket ditt.', ['usage-data']],
    ['da', 'Vi registrerer dit elforbrug.', ['usage-data']],
    // Not usage data: a denied recording, a price, a rental shop, software used to open files, an order
    // history (a record of purchases, left unread), a country.
    ['en', 'The film you are watching is not recorded.', []],
    ['en', 'We do not record the film you are watching.', []],
    ['en', 'We store the price of a rental.', []],
    ['en', 'Our film rental prices are shown in the shop.', []],
    ['en', 'We keep your order history with the restaurant.', []],
    ['da', 'Vi ser på, hvilke programmer du bruger til at åbne filer.', []],
    ['nb', 'Vi overfører opplysninger til Kanada.', []],
  ])('%s: %s', (lang, text, expected) => expectTypes(lang, text, expected));
});

describe('billing information, a payment history and e-mails exchanged', () => {
  // "informations de facturation", "historię Twoich płatności": billing information and a payment history
  // are payment data (eleven languages, where not already read). "the emails you have exchanged with our
  // customer service team": mails exchanged are their content, communications, not the person's address.
  test.each<[Lang, string, DataType[]]>([
    [
      'fr',
      "Nous enregistrons l'historique de vos visionnages et vos informations de facturation.",
      ['usage-data', 'payment'],
    ],
    [
      'pt',
      'Registamos os seus consumos de eletricidade e o IBAN para débito direto.',
      ['usage-data', 'payment'],
    ],
    [
      'pl',
      'Rejestrujemy odczyty licznika i historię Twoich płatności za energię.',
      ['usage-data', 'payment'],
    ],
    [
      'en',
      'We store the IBAN you use for direct debits and a record of the emails you have exchanged with our customer service team.',
      ['payment', 'communications'],
    ],
    ['pl', 'Przechowujemy historię Twoich płatności.', ['payment']],
    ['en', 'We store your payment history.', ['payment']],
    ['de', 'Wir speichern Ihre Rechnungsinformationen und Ihren Zahlungsverlauf.', ['payment']],
    ['nl', 'We bewaren je betaalgeschiedenis en factuurinformatie.', ['payment']],
    ['nb', 'Vi lagrer faktureringsinformasjon.', ['payment']],
    ['sv', 'Vi sparar din faktureringsinformation.', ['payment']],
    ['da', 'Vi gemmer dine faktureringsinformation.', ['payment']],
    ['es', 'Guardamos su información de facturación y el historial de pagos.', ['payment']],
    ['it', 'Conserviamo le informazioni di fatturazione e lo storico dei pagamenti.', ['payment']],
    ['pt', 'Guardamos as informações de faturação e o histórico de pagamentos.', ['payment']],
    ['fr', "Nous conservons l'historique des paiements.", ['payment']],
    [
      'de',
      'Wir speichern Ihre IBAN und die mit unserem Kundenservice ausgetauschten E-Mails.',
      ['payment', 'communications'],
    ],
    [
      'nl',
      'We bewaren je IBAN en de e-mails die je met onze klantenservice hebt uitgewisseld.',
      ['payment', 'communications'],
    ],
    [
      'nb',
      'Vi lagrer kontonummeret ditt og e-postene du har utvekslet med kundeservice.',
      ['payment', 'communications'],
    ],
    [
      'sv',
      'Vi sparar ditt kontonummer och e-postmeddelandena du har utväxlat med kundtjänst.',
      ['payment', 'communications'],
    ],
    [
      'da',
      'Vi gemmer dit kontonummer og de e-mails, du har udvekslet med vores kundeservice.',
      ['payment', 'communications'],
    ],
    [
      'fr',
      'Nous conservons votre IBAN et les e-mails échangés avec notre service client.',
      ['payment', 'communications'],
    ],
    [
      'es',
      'Guardamos su IBAN y los correos electrónicos intercambiados con nuestro servicio de atención al cliente.',
      ['payment', 'communications'],
    ],
    [
      'it',
      'Conserviamo il tuo IBAN e le e-mail scambiate con il nostro servizio clienti.',
      ['payment', 'communications'],
    ],
    [
      'pl',
      'Przechowujemy Twój numer IBAN oraz wiadomości wymienione z naszym działem obsługi klienta.',
      ['payment', 'communications'],
    ],
    [
      'pt',
      'Guardamos o seu IBAN e os e-mails trocados com o nosso serviço de apoio ao cliente.',
      ['payment', 'communications'],
    ],
    // Not payment or communications: an invoice sent by mail, a way to pay, mails exchanged with suppliers.
    ['fr', 'Nous vous envoyons une facture par e-mail.', []],
    ['en', 'Payments can be made by bank transfer.', []],
    ['en', 'We exchange emails with our suppliers.', []],
  ])('%s: %s', (lang, text, expected) => expectTypes(lang, text, expected));
});

describe('a disability, and Norwegian "helsen din", are health', () => {
  // nb "opplysninger om helsen din": Norwegian puts the possessive after the noun ("helsen din", "helsa di");
  // only "opplysninger om din helse" was read. A disability is health data in eleven languages
  // (funktionsnedsättning, nedsatt funksjonsevne, funktionsnedsættelse, functiebeperking, handicap,
  // discapacidad, disabilità, niepełnosprawność, deficiência); Dutch bare "beperking" (also the restriction of
  // processing) and Portuguese bare "deficiência" (also a flaw) are not enough. An exam accommodation alone
  // names no health data.
  test.each<[Lang, string, DataType[]]>([
    ['nb', 'Hvis du søker om tilrettelagt eksamen, behandler vi opplysninger om helsen din.', ['health']],
    [
      'sv',
      'Vid ansökan om anpassad examination behandlar vi uppgifter om din funktionsnedsättning.',
      ['health'],
    ],
    [
      'nb',
      'Ved søknad om tilrettelagt eksamen behandler vi opplysninger om din funksjonsnedsettelse.',
      ['health'],
    ],
    ['nb', 'Vi behandler opplysninger om nedsatt funksjonsevne.', ['health']],
    [
      'da',
      'Ved ansøgning om særlige prøvevilkår behandler vi oplysninger om din funktionsnedsættelse.',
      ['health'],
    ],
    [
      'de',
      'Bei einem Antrag auf Nachteilsausgleich verarbeiten wir Angaben zu Ihrer Behinderung.',
      ['health'],
    ],
    [
      'nl',
      'Bij een aanvraag voor aangepaste examens verwerken wij gegevens over je functiebeperking.',
      ['health'],
    ],
    ['en', 'If you apply for exam accommodations, we process information about your disability.', ['health']],
    ['fr', 'Pour un aménagement des examens, nous traitons des informations sur votre handicap.', ['health']],
    ['es', 'Si solicita adaptaciones para el examen, tratamos datos sobre su discapacidad.', ['health']],
    ['it', "Se richiedi misure compensative per l'esame, trattiamo dati sulla tua disabilità.", ['health']],
    [
      'pl',
      'Jeśli wnioskujesz o dostosowanie egzaminu, przetwarzamy informacje o Twojej niepełnosprawności.',
      ['health'],
    ],
    ['pt', 'Se pedir condições especiais de exame, tratamos dados sobre a sua deficiência.', ['health']],
    // Not health: the application alone, the restriction of processing, a security flaw, caring for one's
    // health as a service.
    ['nb', 'Hvis du søker om tilrettelagt eksamen, behandler vi søknaden din.', []],
    ['sv', 'Vid ansökan om anpassad examination behandlar vi din ansökan.', []],
    ['nl', 'Wij verwerken je gegevens voor de beperking van de verwerking.', []],
    ['pt', 'Tratamos os seus dados para corrigir uma deficiência de segurança.', []],
    ['nb', 'Vi tar vare på helsen din ved å tilby trening.', []],
  ])('%s: %s', (lang, text, expected) => expectTypes(lang, text, expected));
});

describe('the model of the phone is device information', () => {
  // "hvilken telefonmodell du bruker": the model of one's phone is device information, like "device model"
  // (eleven languages); the phone word inside it is no phone number.
  test.each<[Lang, string, DataType[]]>([
    [
      'nb',
      'Appen henter posisjonen din for å vise nærmeste ladestasjon, og vi lagrer hvilken telefonmodell du bruker.',
      ['location', 'device-info'],
    ],
    ['en', 'We store which phone model you use.', ['device-info']],
    ['de', 'Wir speichern Ihr Smartphone-Modell.', ['device-info']],
    ['nl', 'Wij registreren het model van je telefoon.', ['device-info']],
    ['sv', 'Vi sparar vilken telefonmodell du använder.', ['device-info']],
    ['da', 'Vi gemmer din telefonmodel.', ['device-info']],
    ['fr', 'Nous enregistrons le modèle de votre téléphone.', ['device-info']],
    ['es', 'Registramos el modelo de su teléfono.', ['device-info']],
    ['it', 'Registriamo il modello del tuo telefono.', ['device-info']],
    ['pl', 'Rejestrujemy model Twojego telefonu.', ['device-info']],
    ['pt', 'Registamos o modelo do seu telemóvel.', ['device-info']],
    // Still a phone number: the phone listed among a form's data.
    ['es', 'Recogemos su nombre, teléfono y correo electrónico.', ['name', 'phone', 'email']],
    ['fr', 'Nous collectons votre nom, votre téléphone et votre adresse e-mail.', ['name', 'phone', 'email']],
  ])('%s: %s', (lang, text, expected) => expectTypes(lang, text, expected));
});

describe("an approximate location is the person's location", () => {
  // "your home's approximate location": the English weak word "location" needs support, and an approximate
  // location (eleven languages) is always where the person or their device is, so it counts alone.
  test.each<[Lang, string, DataType[]]>([
    [
      'en',
      "The thermostat app records your home's approximate location to adjust heating to the local weather, along with the device model and firmware version.",
      ['location', 'device-info'],
    ],
    ['en', 'The app records the approximate location of the device.', ['location', 'device-info']],
    ['de', 'Die App speichert den ungefähren Standort Ihres Hauses.', ['location']],
    ['nl', 'De app registreert de geschatte locatie van je woning.', ['location']],
    ['nb', 'Appen lagrer den omtrentlige posisjonen til huset ditt.', ['location']],
    ['sv', 'Appen sparar husets ungefärliga position.', ['location']],
    ['da', 'Appen gemmer husets omtrentlige placering.', ['location']],
    ['fr', "L'application enregistre la position approximative de votre logement.", ['location']],
    ['es', 'La aplicación registra la ubicación aproximada de su vivienda.', ['location']],
    ['it', "L'app registra la posizione approssimativa della tua casa.", ['location']],
    ['pl', 'Aplikacja rejestruje przybliżoną lokalizację Twojego domu.', ['location']],
    ['pt', 'A aplicação regista a localização aproximada da sua casa.', ['location']],
    // Not the person's location: our offices.
    ['en', 'We record the location of our offices.', []],
    ['en', 'Our office location is shown on the map.', []],
  ])('%s: %s', (lang, text, expected) => expectTypes(lang, text, expected));
});

describe("a payslip and an employer's statement are professional; uploading is a collection", () => {
  // "kun je een loonstrook en een werkgeversverklaring uploaden": a payslip names the employer and the job
  // (eleven languages), and what the person uploads to the platform is data it receives: "upload" (read on
  // every page, so also nl "uploaden", da "uploade"), de "hochladen", nb "laste opp", sv "ladda upp", fr
  // "téléverser" are collection verbs. Ambiguous verbs stay out (fr "télécharger" is also downloading, es
  // "subir", it "caricare", pt "carregar", pl "przesłać" also mean other things).
  // "employer branding" is no employer.
  test.each<[Lang, string, DataType[]]>([
    [
      'nl',
      'Via het platform kun je een loonstrook en een werkgeversverklaring uploaden voor je huuraanvraag.',
      ['professional'],
    ],
    [
      'en',
      "You can upload your payslip and an employer's statement for your rental application.",
      ['professional'],
    ],
    [
      'de',
      'Sie können Ihre Gehaltsabrechnung und eine Arbeitgeberbescheinigung hochladen.',
      ['professional'],
    ],
    ['nb', 'Du kan laste opp lønnsslippen din og en arbeidsgivererklæring.', ['professional']],
    ['sv', 'Du kan ladda upp din lönespecifikation och ett arbetsgivarintyg.', ['professional']],
    ['da', 'Du kan uploade din lønseddel og en arbejdsgivererklæring.', ['professional']],
    ['fr', "Nous collectons vos bulletins de salaire et une attestation d'employeur.", ['professional']],
    ['es', 'Recogemos sus nóminas y un certificado de empresa.', ['professional']],
    ['it', 'Raccogliamo la tua busta paga e una dichiarazione del datore di lavoro.', ['professional']],
    ['pl', 'Zbieramy pasek wypłaty i zaświadczenie o zatrudnieniu.', ['professional']],
    [
      'pt',
      'Recolhemos os seus recibos de vencimento e uma declaração da entidade patronal.',
      ['professional'],
    ],
    // Not professional: employer branding; still professional: the employer's name.
    ['en', 'We collect information for our employer branding.', []],
    ['de', 'Wir verarbeiten Daten für unser Employer Branding.', []],
    ['nl', 'Wij verwerken gegevens voor onze employer branding.', []],
    ['en', 'We collect the name of your employer.', ['professional']],
    // A denied upload states nothing.
    ['en', 'Please do not upload your payslip.', []],
  ])('%s: %s', (lang, text, expected) => expectTypes(lang, text, expected));
});

describe("a supply point's address is a postal address", () => {
  // "la dirección del punto de suministro": the address where energy or water is supplied is the customer's
  // premises, a postal address (decided so: it locates the customer's home or business as a street address
  // does). The weak "dirección" alone needed support; the supply address counts alone (eleven languages).
  test.each<[Lang, string, DataType[]]>([
    [
      'es',
      'Registramos la dirección del punto de suministro y, si lo autoriza, la ubicación de su móvil para avisarle de cortes programados.',
      ['postal-address', 'location'],
    ],
    ['en', 'We record the supply address and the meter number.', ['postal-address']],
    ['de', 'Wir speichern die Anschrift der Verbrauchsstelle.', ['postal-address']],
    ['nl', 'Wij registreren het leveringsadres en de meterstand.', ['postal-address', 'usage-data']],
    ['nb', 'Vi lagrer anleggsadressen og målerstanden.', ['postal-address', 'usage-data']],
    ['sv', 'Vi sparar anläggningsadressen och mätarställningen.', ['postal-address', 'usage-data']],
    ['da', 'Vi gemmer forbrugsadressen og måleraflæsningen.', ['postal-address', 'usage-data']],
    [
      'fr',
      "Nous enregistrons l'adresse du point de livraison et vos relevés de compteur.",
      ['postal-address', 'usage-data'],
    ],
    [
      'it',
      "Registriamo l'indirizzo di fornitura e le letture del contatore.",
      ['postal-address', 'usage-data'],
    ],
    ['pl', 'Rejestrujemy adres punktu poboru i odczyty licznika.', ['postal-address', 'usage-data']],
    [
      'pt',
      'Registamos o endereço de fornecimento e as leituras do contador.',
      ['postal-address', 'usage-data'],
    ],
    // Not the customer's address: our own supplies, a supply chain.
    ['es', 'Nuestra dirección de suministros de oficina figura en la factura.', []],
    ['en', 'Our supply chain address is in Berlin.', []],
  ])('%s: %s', (lang, text, expected) => expectTypes(lang, text, expected));
});
