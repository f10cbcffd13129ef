/**
 * Location said without the word 'location' data, in eleven languages: a recording verb with 'the station or stop' or 'the stop where you board', 'where and when you check in', a car or bike that sends its position. Not read: stations that are open, a stop near you, denials. Sentences invented for the test.
 */
import { describe, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { expectTypes } from './helpers';

describe("location said as stops, stations, check-ins and a vehicle's position (session 21, fixq21b)", () => {
  // [lang, sentence, required]: read with the model sure of collection, and on lexical cues alone
  test.each<[Lang, string, DataType[]]>([
    ['en', 'Each time you tap in or out, we record the station or stop and the time.', ['location']],
    ['en', 'Our system logs where and when you check in and out on the bus.', ['location']],
    ['en', 'Your car regularly sends its location and mileage to our servers.', ['location']],
    ['en', 'Our stations are open from 6 am to midnight.', []],
    ['en', 'Use the journey planner to find a stop near you.', []],
    [
      'de',
      'Bei jedem Ein- und Auschecken erfassen wir die Haltestelle oder den Bahnhof und die Uhrzeit.',
      ['location'],
    ],
    ['de', 'Wir speichern, wo und wann Sie ein- und auschecken.', ['location']],
    ['de', 'Ihr Auto übermittelt den Standort und den Kilometerstand an unsere Server.', ['location']],
    ['de', 'Unsere Bahnhöfe sind täglich von 6 bis 24 Uhr geöffnet.', []],
    ['de', 'Finden Sie mit der App eine Haltestelle in Ihrer Nähe.', []],
    [
      'nl',
      'Bij het in- en uitchecken registreren wij de halte of het station en het tijdstip.',
      ['location'],
    ],
    ['nl', 'We slaan op waar en wanneer u in- en uitcheckt.', ['location']],
    ['nl', 'Uw auto stuurt regelmatig de locatie en de kilometerstand naar onze servers.', ['location']],
    ['nl', 'Onze stations zijn dagelijks geopend van 6 tot 24 uur.', []],
    ['nl', 'Zoek met de reisplanner een halte bij u in de buurt.', []],
    [
      'nb',
      'Når du sjekker inn og ut, registrerer vi holdeplassen eller stasjonen og tidspunktet.',
      ['location'],
    ],
    ['nb', 'Vi lagrer hvor og når du sjekker inn og ut.', ['location']],
    ['nb', 'Bilen din sender posisjonen og kilometerstanden til våre servere.', ['location']],
    ['nb', 'Stasjonene våre er åpne fra klokken 6 til midnatt.', []],
    ['nb', 'Finn en holdeplass nær deg i reiseplanleggeren.', []],
    [
      'sv',
      'När du checkar in och ut registrerar vi hållplatsen eller stationen och tidpunkten.',
      ['location'],
    ],
    ['sv', 'Vi sparar var och när du checkar in och ut.', ['location']],
    ['sv', 'Din bil skickar regelbundet sin position till våra servrar.', ['location']],
    ['sv', 'Våra stationer är öppna från klockan 6 till midnatt.', []],
    ['sv', 'Hitta en hållplats nära dig i reseplaneraren.', []],
    [
      'da',
      'Når du checker ind og ud, registrerer vi stoppestedet eller stationen og tidspunktet.',
      ['location'],
    ],
    ['da', 'Vi gemmer, hvor og hvornår du checker ind og ud.', ['location']],
    ['da', 'Din bil sender løbende sin position og kilometertal til vores servere.', ['location']],
    ['da', 'Vores stationer har åbent fra kl. 6 til midnat.', []],
    ['da', 'Find et stoppested nær dig i rejseplanen.', []],
    ['fr', "À chaque validation, nous enregistrons la station ou l'arrêt ainsi que l'heure.", ['location']],
    ['fr', 'Nous conservons où et quand vous validez votre titre de transport.', ['location']],
    [
      'fr',
      'Votre voiture transmet régulièrement sa position et son kilométrage à nos serveurs.',
      ['location'],
    ],
    ['fr', 'Nos stations sont ouvertes de 6 h à minuit.', []],
    ['fr', "Trouvez un arrêt près de chez vous avec le calculateur d'itinéraire.", []],
    ['es', 'Cada vez que validas la tarjeta, registramos la estación o la parada y la hora.', ['location']],
    ['es', 'Guardamos dónde y cuándo validas tu billete.', ['location']],
    [
      'es',
      'Tu coche envía periódicamente su ubicación y el kilometraje a nuestros servidores.',
      ['location'],
    ],
    ['es', 'Nuestras estaciones abren de 6 a 24 horas.', []],
    ['es', 'Encuentra una parada cerca de ti con el planificador.', []],
    ['it', "A ogni convalida registriamo la stazione o la fermata e l'orario.", ['location']],
    ['it', 'Memorizziamo dove e quando convalidi il biglietto.', ['location']],
    [
      'it',
      'La tua auto invia regolarmente la sua posizione e il chilometraggio ai nostri server.',
      ['location'],
    ],
    ['it', 'Le nostre stazioni sono aperte dalle 6 a mezzanotte.', []],
    ['it', 'Trova una fermata vicino a te con il pianificatore di viaggio.', []],
    ['pl', 'Przy każdym odbiciu karty rejestrujemy stację lub przystanek oraz godzinę.', ['location']],
    ['pl', 'Zapisujemy, gdzie i kiedy się zameldowujesz i wymeldowujesz w pojeździe.', ['location']],
    ['pl', 'Twój samochód regularnie przesyła swoją lokalizację i przebieg na nasze serwery.', ['location']],
    ['pl', 'Nasze stacje są otwarte od 6 do północy.', []],
    ['pl', 'Znajdź przystanek w pobliżu za pomocą wyszukiwarki połączeń.', []],
    ['pt', 'Em cada validação registamos a estação ou a paragem e a hora.', ['location']],
    ['pt', 'Guardamos onde e quando valida o seu bilhete.', ['location']],
    [
      'pt',
      'O seu carro envia regularmente a sua localização e a quilometragem para os nossos servidores.',
      ['location'],
    ],
    ['pt', 'As nossas estações estão abertas das 6h à meia-noite.', []],
    ['pt', 'Encontre uma paragem perto de si com o planeador de viagens.', []],
    ['en', 'We do not record the station or stop where you board.', []],
    ['en', 'In the app you can see where and when you checked in.', []],
    ['en', 'Your car never sends its location to us.', []],
    ['de', 'Wir erfassen weder die Haltestelle noch den Bahnhof, an dem Sie einsteigen.', []],
    ['de', 'Ihr Fahrzeug übermittelt keinen Standort an uns.', []],
    ['nl', 'Wij registreren niet het station of de halte waar u instapt.', []],
    ['sv', 'Vi registrerar inte hållplatsen eller stationen där du stiger på.', []],
    ['da', 'Din bil sender aldrig sin position til os.', []],
    ['fr', "Nous n'enregistrons pas la station ou l'arrêt où vous montez.", []],
    ['es', 'No registramos la estación o la parada donde subes.', []],
    ['it', 'Non registriamo la stazione o la fermata in cui sali.', []],
    ['pl', 'Nie rejestrujemy przystanku, na którym wsiadasz.', []],
    ['pt', 'Não registamos a estação ou a paragem onde entra.', []],
    ['nb', 'Bilen din sender aldri posisjonen sin til oss.', []],
  ])('%s: %s', (lang, text, required) => {
    expectTypes(lang, text, required, [], false);
    if (required.length === 0) expectTypes(lang, text, required, [], true);
  });
});
