/**
 * Session 17 (review17b of fix17c): the readings fix17c's rules invented or lost. A new owner is an
 * acquirer, and silences a sell word, only where the sentence names the business deal (a car, a home or a
 * ticket changing owner is no acquisition, and "we sell ... to the new owner of your car" stays a sale).
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Recipient } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const recipientsOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing.recipients;
const sellsOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing.sells;

describe('a new owner does not silence a sale or its denial', () => {
  test.each<[Lang, string, boolean]>([
    [
      'en',
      'We sell your contact details to estate agents and to new owners of properties in your street.',
      true,
    ],
    ['en', 'We sell your vehicle data to insurers and to the new owner of your car.', true],
    [
      'de',
      'Wir verkaufen Ihre Fahrzeugdaten an Versicherungen und an den neuen Eigentümer des Fahrzeugs.',
      true,
    ],
    ['fr', 'Nous vendons les données de votre véhicule aux assureurs et au nouveau propriétaire.', true],
    ['en', 'We do not sell your personal information to anyone, including new owners.', false],
    ['de', 'Wir verkaufen Ihre personenbezogenen Daten nicht, auch nicht an einen neuen Inhaber.', false],
    ['sv', 'Vi säljer aldrig dina personuppgifter, inte ens till en ny ägare.', false],
    ['es', 'Nunca venderemos sus datos personales, ni siquiera a un nuevo propietario.', false],
  ])('[%s] %s', (lang, text, sells) => {
    expect(sellsOf(text, lang)).toBe(sells);
  });
});

describe('a new owner is an acquirer only after a business deal', () => {
  test.each<[Lang, string]>([
    ['en', 'If our company is merged, your data will be transferred to the new owner.'],
    [
      'en',
      'In the event of a business restructure, we may transfer your data to new owners or re-organized entities.',
    ],
    ['de', 'Im Falle einer Fusion werden Ihre Daten an den neuen Eigentümer übertragen.'],
    [
      'de',
      'Im Falle einer Veräußerung des Geschäftszweiges, der die Dienstleistungen bereitstellt, oder dessen Integration in einen anderen Geschäftszweig, werden wir ggf. Nutzerdaten an unsere Berater oder die Berater potenzieller Käufer sowie die neuen Eigentümer weitergeben.',
    ],
    ['nl', 'Bij een fusie worden uw gegevens overgedragen aan de nieuwe eigenaar.'],
    ['nb', 'Ved en fusjon overføres opplysningene dine til den nye eieren.'],
    ['sv', 'Vid en fusion överförs dina uppgifter till den nya ägaren.'],
    ['da', 'Ved en fusion overføres dine oplysninger til den nye ejer.'],
    ['fr', 'En cas de fusion, vos données seront transmises au nouveau propriétaire.'],
    ['es', 'En caso de fusión, sus datos se transferirán al nuevo propietario.'],
    ['it', 'In caso di fusione, i suoi dati saranno trasferiti al nuovo proprietario.'],
    ['pl', 'W przypadku fuzji Twoje dane zostaną przekazane nowemu właścicielowi.'],
    ['pt', 'Em caso de fusão, os seus dados serão transferidos para o novo proprietário.'],
  ])('[%s] %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('acquirers');
  });

  test.each<[Lang, string]>([
    [
      'en',
      'If you sell your car, we transfer your connected-services account to the new owner of the vehicle.',
    ],
    [
      'en',
      "You can transfer your car to a new owner in the app; we share the vehicle's history with the new owner.",
    ],
    ['de', 'Beim Verkauf des Fahrzeugs geben wir die Servicehistorie an den neuen Besitzer weiter.'],
    ['nb', 'Ved eierskifte overføres kjøretøyets historikk til ny eier.'],
    ['sv', 'Vid ägarbyte delar vi bilens servicehistorik med den nya ägaren.'],
    ['da', 'Når du sælger din bil, videregiver vi servicehistorikken til den nye ejer.'],
    ['fr', 'En cas de revente du véhicule, les données du véhicule sont transmises au nouveau propriétaire.'],
    ['es', 'Si vende su vivienda, comunicaremos sus datos de contacto al nuevo propietario.'],
    ['it', "In caso di vendita dell'immobile, comunichiamo i dati al nuovo proprietario."],
    ['pl', 'W przypadku sprzedaży pojazdu przekazujemy historię serwisową nowemu właścicielowi.'],
    ['pt', 'Se vender o seu carro, transmitimos o histórico do veículo ao novo proprietário.'],
  ])('[%s] %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain<Recipient>('acquirers');
  });
});

/**
 * The driver is another user only where he sees or receives the rider's data (a data noun after the verb)
 * and no negation stands in the clause: in de nl nb sv da the negation follows the verb ("Der Fahrer sieht
 * Ihre Telefonnummer nicht"); the driver paid, sent a copy of a contract, or seeing the route reads nothing.
 */
describe("the driver sees the rider's data", () => {
  test.each<[Lang, string]>([
    ['en', 'When you book a ride, the driver sees your name and pick-up point.'],
    ['de', 'Der Fahrer sieht Ihren Namen und Ihren Abholort.'],
    ['de', 'Der Fahrer kann Ihren Namen und Abholort sehen.'],
    ['nl', 'De chauffeur ziet uw naam en ophaallocatie.'],
    ['nb', 'Sjåføren ser navnet ditt og hentestedet.'],
    ['sv', 'Föraren ser ditt namn och var du ska hämtas.'],
    ['da', 'Chaufføren ser dit navn og din afhentningsadresse.'],
    ['fr', 'Le chauffeur voit votre prénom et votre adresse de prise en charge.'],
    ['es', 'El conductor ve tu nombre y el punto de recogida.'],
    ['it', "L'autista vede il tuo nome e il punto di ritiro."],
    ['pl', 'Kierowca widzi Twoje imię i miejsce odbioru.'],
    ['pt', 'O motorista vê o seu nome e o local de recolha.'],
  ])('[%s] %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('other-users');
  });

  test.each<[Lang, string]>([
    ['de', 'Der Fahrer sieht Ihre Telefonnummer nicht.'],
    ['de', 'Der Fahrer erhält nie Ihre Telefonnummer.'],
    ['nl', 'De chauffeur ziet uw telefoonnummer niet.'],
    ['nb', 'Sjåføren ser ikke telefonnummeret ditt.'],
    ['sv', 'Föraren ser inte ditt telefonnummer.'],
    ['da', 'Chaufføren ser ikke dit telefonnummer.'],
    ['en', 'After each trip the driver receives 80% of the fare.'],
    ['en', 'The driver gets paid weekly.'],
    ['en', 'When you rent a car, the driver receives a copy of the rental agreement by email.'],
    ['en', 'The driver sees the route.'],
    ['en', 'The driver receives a commission for each trip.'],
    ['de', 'Der Fahrer erhält eine Provision für jede Fahrt.'],
    ['de', 'Der Fahrer erhält den Mietvertrag per E-Mail.'],
    ['nb', 'Sjåføren får betalt etter hver tur.'],
    ['sv', 'Föraren får betalt efter varje resa.'],
    ['es', 'El conductor recibe el 80 % del importe del viaje.'],
    ['it', "L'autista riceve una commissione per ogni corsa."],
    ['pl', 'Kierowca otrzymuje wynagrodzenie po każdym kursie.'],
    ['pt', 'O motorista recebe 80% do valor da viagem.'],
  ])('[%s] %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain<Recipient>('other-users');
  });
});

/**
 * A municipality is an authority only as the receiver of data (after a destination word: 'to the municipality',
 * 'til kommunen', 'al comune', dative 'gminie'): not an address field ('municipio y código postal', 'il comune
 * di residenza'), a place ('businesses in your municipality'), the operator sharing ('Kommunen deler ...') or a
 * congregation ('onze gemeente'); nb 'folkeregisteradresse' and 'partiregisteret vårt' are no authority.
 */
describe('a municipality is an authority only as the receiver', () => {
  test.each<[Lang, string]>([
    ['en', 'We share your address with the municipality to register your waste collection.'],
    ['nl', 'Wij delen uw adres met de gemeente voor de afvalinzameling.'],
    ['nb', 'Vi deler adressen din med kommunen for å registrere avfallshenting.'],
    ['sv', 'Vi lämnar ut din adress till kommunen för avfallshantering.'],
    ['da', 'Vi videregiver din adresse til kommunen i forbindelse med affaldsindsamling.'],
    ['fr', 'Nous transmettons votre adresse à la mairie pour la collecte des déchets.'],
    ['es', 'Comunicamos su dirección al ayuntamiento para la recogida de residuos.'],
    ['es', 'Comunicamos su dirección al municipio para la recogida de residuos.'],
    ['it', 'Comunichiamo il suo indirizzo al comune per la raccolta dei rifiuti.'],
    ['pl', 'Przekazujemy Twój adres gminie w celu odbioru odpadów.'],
    ['pt', 'Comunicamos a sua morada ao município para a recolha de resíduos.'],
    ['de', 'Wir übermitteln Ihre Adresse an die Kommunen zur Abfallentsorgung.'],
    ['nb', 'Vi sender opplysningene til Folkeregisteret.'],
  ])('[%s] %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain<Recipient>('authorities');
  });

  test.each<[Lang, string]>([
    [
      'en',
      'We share your name and address, including the municipality where you live, with our delivery partners.',
    ],
    ['nb', 'Vi deler navn, adresse og kommune med våre samarbeidspartnere.'],
    ['sv', 'Vi delar ditt namn och din kommun med arrangören.'],
    ['da', 'Vi deler dit navn og din kommune med vores samarbejdspartnere.'],
    ['es', 'Compartimos su nombre, dirección, municipio y código postal con la empresa de transporte.'],
    ['es', 'Cedemos su nombre y el municipio de residencia a la empresa de mensajería.'],
    ['it', 'Comunichiamo nome, indirizzo e il comune di residenza al corriere.'],
    ['pl', 'Udostępniamy dane adresowe (miejscowość, gmina, kod pocztowy) naszym dostawcom usług.'],
    ['pt', 'Partilhamos o seu nome, morada, código postal e município com a transportadora.'],
    ['en', 'We share your data with businesses in your municipality.'],
    ['es', 'Compartimos sus datos con los comercios del municipio.'],
    ['pt', 'Partilhamos os seus dados com os comerciantes do município.'],
    ['nl', 'Wij delen uw gegevens met onze partners in de gemeente Utrecht.'],
    ['pl', 'Udostępniamy dane partnerom na terenie gminy.'],
    ['it', 'Comunichiamo i dati ai corrieri dei comuni limitrofi.'],
    ['da', 'Kommunen deler dine oplysninger med vores databehandlere.'],
    ['nb', 'Kommunen deler opplysningene dine med leverandører som behandler dem på våre vegne.'],
    ['sv', 'Kommunen delar dina uppgifter med våra leverantörer.'],
    ['nl', 'De gemeente deelt uw gegevens met verwerkers die namens ons werken.'],
    ['en', 'The Municipality shares your data with its contractors.'],
    ['it', 'Il Comune comunica i suoi dati ai fornitori di servizi.'],
    ['fr', 'La mairie transmet vos données à ses prestataires.'],
    ['es', 'El Ayuntamiento cede sus datos a las empresas contratistas.'],
    ['nl', 'Uw naam en adres worden gedeeld met de andere leden van onze gemeente.'],
    ['nl', 'Wij delen uw naam met de leden van de gemeente en de kerkenraad.'],
    ['nb', 'Vi deler folkeregisteradressen din med Posten.'],
    ['nb', 'Adressen din hentes fra Folkeregisteret og deles med vår distributør.'],
    ['nb', 'Vi deler opplysninger fra partiregisteret vårt med lokallagene.'],
  ])('[%s] %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain<Recipient>('authorities');
  });
});

/**
 * A campaign or project page makes other users only where the name shown is the user's (a possessive, a first
 * name, the donors' names): the campaign's or project's own name, or the total raised, is no one's data. The pl
 * 'imię' ends in a non-ASCII letter, so its right boundary is the Unicode-aware (?!\\w), not an ASCII \\b.
 */
describe("a campaign page shows the user's name", () => {
  test.each<[Lang, string]>([
    ['en', 'Your name will be shown on the campaign page.'],
    ['de', 'Ihr Name wird auf der Kampagnenseite angezeigt.'],
    ['nl', 'Uw naam wordt op de campagnepagina getoond.'],
    ['nb', 'Navnet ditt vises på kampanjesiden.'],
    ['sv', 'Ditt namn visas på kampanjsidan.'],
    ['da', 'Dit navn vises på kampagnesiden.'],
    ['fr', 'Votre prénom apparaît sur la page de la cagnotte.'],
    ['es', 'Tu nombre aparece en la página de la campaña.'],
    ['it', 'Il tuo nome compare sulla pagina della raccolta fondi.'],
    ['pl', 'Twoje imię będzie widoczne na stronie zbiórki.'],
    ['pl', 'Twoje imię pojawi się na stronie zbiórki.'],
    ['pl', 'Twoje imię i nazwisko będzie widoczne na stronie zbiórki.'],
    ['pt', 'O seu nome aparece na página da campanha.'],
  ])('[%s] %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain<Recipient>('other-users');
  });

  test.each<[Lang, string]>([
    ['en', 'The name of your campaign will be shown on the campaign page.'],
    ['en', 'The total raised and the campaign name are displayed on the campaign page.'],
    ['de', 'Der Name der Kampagne wird auf der Kampagnenseite angezeigt.'],
    ['nl', 'De naam van het project wordt op de projectpagina getoond.'],
    ['sv', 'Projektets namn visas på projektsidan.'],
    ['it', 'Il nome del progetto compare sulla pagina del progetto.'],
    ['es', 'El nombre de la campaña aparece en la página de la campaña.'],
  ])('[%s] %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain<Recipient>('other-users');
  });
});

/**
 * Union bodies (a confederation, the federation's central office, pl 'zarząd główny') are affiliates only where
 * a union word stands in the sentence: sports federations, employers' confederations (Confederation of British
 * Industry, Konfederacja Lewiatan) and an association's board are not the operator's group.
 */
describe('a federation is an affiliate only with a union word', () => {
  test.each<[Lang, string]>([
    ['en', 'As your trade union, we pass your membership details to the confederation we belong to.'],
    ['nb', 'Fagforeningen deler medlemsopplysninger med forbundet sentralt.'],
    ['sv', 'Fackförbundet lämnar ut medlemsuppgifter till förbundskontoret.'],
    ['da', 'Fagforeningen videregiver medlemsoplysninger til forbundskontoret.'],
    ['fr', 'Le syndicat transmet vos données à la confédération.'],
    ['es', 'Compartimos sus datos con la confederación sindical.'],
    ['it', 'Il sindacato comunica i suoi dati alla confederazione.'],
    ['pl', 'Związek zawodowy przekazuje dane zarządowi głównemu związku.'],
    ['pt', 'O sindicato partilha os seus dados com a confederação nacional.'],
  ])('[%s] %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain<Recipient>('affiliates');
  });

  test.each<[Lang, string]>([
    [
      'en',
      "As a member club we pass players' data to the national federation and to the confederation (UEFA).",
    ],
    ['en', 'We share your membership details with the Confederation of British Industry.'],
    ['nb', 'Klubben deler medlemsopplysninger med kretsen og forbundet sentralt.'],
    ['sv', 'Föreningen lämnar ut medlemsuppgifter till distriktet och förbundskontoret.'],
    ['da', 'Klubben videregiver medlemsoplysninger til DBU og forbundskontoret.'],
    ['fr', 'Nous transmettons vos données à la Confédération africaine de football.'],
    ['fr', 'Nous transmettons vos données à la confédération des PME.'],
    ['it', "Trasmettiamo i suoi dati alla Confederazione Nazionale dell'Artigianato."],
    ['pt', 'Partilhamos os seus dados com a Confederação Nacional da Indústria.'],
    ['pl', 'Przekazujemy dane Konfederacji Lewiatan.'],
    ['pl', 'Klub przekazuje dane zawodników zarządowi głównemu związku piłki nożnej.'],
  ])('[%s] %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain<Recipient>('affiliates');
  });
});

/**
 * sv 'skyldiga / måste / kan att lämna uppgifter till' passes data on only when the operator is its subject ('Vi är
 * skyldiga', 'Föreningen är skyldig'): 'Du måste lämna korrekta uppgifter till arrangören' is the user giving
 * data, no recipient.
 */
describe('the sv modal cue needs the operator as its subject', () => {
  test.each<[Lang, string]>([
    ['sv', 'Vi är skyldiga att lämna uppgifter till Skatteverket.'],
    ['sv', 'Föreningen är skyldig att lämna uppgifter till Skatteverket.'],
  ])('[%s] %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain<Recipient>('authorities');
  });

  test.each<[Lang, string]>([
    ['sv', 'Du måste lämna korrekta uppgifter till arrangören.'],
    ['sv', 'Du kan lämna uppgifter till kommunen om du vill.'],
  ])('[%s] %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });
});

/**
 * A job ad ('annunci di lavoro', 'anuncios de empleo', 'anúncios de emprego') offered to the user is no advertising
 * by third parties; personalised ads offered still are.
 */
describe('job ads are no advertising', () => {
  test.each<[Lang, string]>([
    ['it', 'Utilizziamo i suoi dati per proporle annunci personalizzati.'],
    ['es', 'Utilizamos sus datos para ofrecerle anuncios personalizados.'],
    ['pt', 'Utilizamos os seus dados para apresentar-lhe anúncios personalizados.'],
  ])('[%s] %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain<Recipient>('advertisers');
  });

  test.each<[Lang, string]>([
    ['it', 'Utilizziamo i suoi dati per proporle annunci di lavoro in linea con il suo profilo.'],
    ['es', 'Utilizamos sus datos para ofrecerle anuncios de empleo adecuados a su perfil.'],
    ['pt', 'Utilizamos os seus dados para apresentar anúncios de emprego adequados ao seu perfil.'],
  ])('[%s] %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain<Recipient>('advertisers');
  });
});
