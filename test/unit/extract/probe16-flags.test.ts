/**
 * Probe16's flag misreadings (session 17, fix17b), each with its twins in eleven languages: a venue's
 * security service searching bags, and the data protection officer's title ("délégué à la protection des
 * données": English "protect" matches French "protection"), read as data security; the reader changing their
 * own settings ("U kunt uw parkeerzones en kentekens ... wijzigen") read as a policy change; tours "to twenty
 * countries" read as a transfer, and data given to partners "in landen waar mogelijk een lager
 * beschermingsniveau geldt" (countries with a lower level of protection) read as none.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

describe('a venue security service and the data protection officer are no data security', () => {
  test.each<[Lang, string]>([
    [
      'fr',
      "Le service de sécurité de la salle peut procéder à une palpation et à l'inspection des sacs à l'entrée.",
    ],
    ['en', "The venue's security service may search bags at the entrance."],
    ['de', 'Der Sicherheitsdienst der Halle kann am Eingang Taschenkontrollen durchführen.'],
    ['nl', 'De beveiligingsdienst van de zaal kan bij de ingang tassen controleren.'],
    ['es', 'El servicio de seguridad del recinto puede registrar los bolsos a la entrada.'],
    ['it', "Il servizio di sicurezza della sala può ispezionare le borse all'ingresso."],
    ['pt', 'O serviço de segurança do recinto pode revistar as malas à entrada.'],
    ['pl', 'Służba ochrony obiektu może sprawdzać torby przy wejściu.'],
    [
      'fr',
      'Pour toute question relative à vos données, écrivez à notre délégué à la protection des données : dpo@voyages-horizon.fr (et non à contact@voyages-horizon.fr, réservé aux réservations).',
    ],
    ['fr', "Le règlement général sur la protection des données vous donne le droit d'accéder à vos données."],
    ['fr', "Vous pouvez saisir l'autorité de protection des données de votre pays."],
    ['en', 'Please write to our data protection officer at dpo@example.com.'],
    ['es', 'Puede escribir a nuestro delegado de protección de datos en dpd@ejemplo.es.'],
    ['it', 'Può scrivere al nostro responsabile della protezione dei dati.'],
    ['pt', 'Pode escrever ao nosso encarregado da proteção de dados.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([false, false]);
  });
});

describe('security that protects data still reads', () => {
  test.each<[Lang, string]>([
    ['fr', 'Notre service de sécurité surveille nos serveurs et chiffre vos données.'],
    ['fr', 'Nous assurons la protection de vos données grâce au chiffrement.'],
    ['fr', 'Nos agents de sécurité protègent nos centres de données.'],
    ['en', 'Our security service monitors our servers around the clock.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')[1]).toBe(true);
  });
});

describe('the reader changing their own settings is no policy change', () => {
  test.each<[Lang, string]>([
    ['en', 'You can change your parking zones and number plates at any time in the app.'],
    ['de', 'Sie können Ihre Parkzonen und Kennzeichen jederzeit in der App ändern.'],
    ['nl', 'U kunt uw parkeerzones en kentekens op elk moment wijzigen in de app.'],
    ['nb', 'Du kan endre parkeringssoner og registreringsnumre når som helst i appen.'],
    ['sv', 'Du kan ändra dina parkeringszoner och registreringsnummer när som helst i appen.'],
    ['da', 'Du kan ændre dine parkeringszoner og nummerplader når som helst i appen.'],
    [
      'fr',
      "Vous pouvez modifier vos zones de stationnement et vos plaques d'immatriculation à tout moment dans l'application.",
    ],
    ['es', 'Puede modificar sus zonas de aparcamiento y matrículas en cualquier momento en la aplicación.'],
    ['it', "Puoi modificare le tue zone di parcheggio e le targhe in qualsiasi momento nell'app."],
    ['pl', 'Możesz w każdej chwili zmienić strefy parkowania i numery rejestracyjne w aplikacji.'],
    ['pt', 'Pode alterar as suas zonas de estacionamento e matrículas a qualquer momento na aplicação.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'changes', 'changes')).toEqual([false, false]);
  });
});

describe('a change of this policy still reads', () => {
  test.each<[Lang, string]>([
    ['fr', 'Nous pouvons modifier la présente politique de confidentialité à tout moment.'],
    ['it', 'Il Titolare può modificare la presente informativa in qualsiasi momento.'],
    ['es', 'La empresa puede modificar esta política de privacidad en cualquier momento.'],
    ['pt', 'A empresa pode alterar esta política de privacidade a qualquer momento.'],
    ['nb', 'Du kan lese om endringer i denne personvernerklæringen på denne siden.'],
    ['nl', 'Wij kunnen deze privacyverklaring wijzigen; de nieuwste versie staat op deze pagina.'],
    ['sv', 'Vi kan komma att ändra denna integritetspolicy.'],
    ['de', 'Wir können diese Datenschutzerklärung jederzeit ändern.'],
    ['pl', 'Możemy zmienić niniejszą politykę prywatności.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'changes', 'changes')).toEqual([true, true]);
  });
});

describe('tours to many countries are no transfer', () => {
  test.each<[Lang, string]>([
    ['nl', 'Onze reisleiders begeleiden groepsreizen naar ruim twintig landen over de hele wereld.'],
    ['en', 'Our tour leaders guide group trips to more than twenty countries around the world.'],
    ['de', 'Unsere Reiseleiter begleiten Gruppenreisen in mehr als zwanzig Länder weltweit.'],
    ['nb', 'Våre reiseledere følger gruppereiser til over tjue land over hele verden.'],
    ['sv', 'Våra reseledare följer med på gruppresor till över tjugo länder runt om i världen.'],
    ['da', 'Vores rejseledere følger grupperejser til over tyve lande i hele verden.'],
    ['fr', 'Nos accompagnateurs encadrent des voyages de groupe dans plus de vingt pays à travers le monde.'],
    ['es', 'Nuestros guías acompañan viajes en grupo a más de veinte países de todo el mundo.'],
    ['it', 'Le nostre guide accompagnano viaggi di gruppo in oltre venti paesi in tutto il mondo.'],
    ['pl', 'Nasi piloci prowadzą wycieczki grupowe do ponad dwudziestu krajów na całym świecie.'],
    ['pt', 'Os nossos guias acompanham viagens de grupo a mais de vinte países em todo o mundo.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'international', 'audiences')).toEqual([false, false]);
  });
});

describe('data given to countries with a lower level of protection is a transfer', () => {
  test.each<[Lang, string]>([
    [
      'nl',
      'Voor reizen buiten Europa geven wij uw gegevens door aan hotels en lokale partners in landen waar mogelijk een lager beschermingsniveau geldt.',
    ],
    [
      'en',
      'For trips outside Europe we pass your data to hotels in countries that may have a lower level of data protection.',
    ],
    [
      'de',
      'Für Reisen außerhalb Europas geben wir Ihre Daten an Hotels in Ländern weiter, in denen möglicherweise ein niedrigeres Datenschutzniveau gilt.',
    ],
    [
      'nb',
      'Ved reiser utenfor Europa gir vi opplysningene dine til hoteller i land som kan ha et lavere beskyttelsesnivå.',
    ],
    [
      'sv',
      'Vid resor utanför Europa lämnar vi dina uppgifter till hotell i länder som kan ha en lägre skyddsnivå.',
    ],
    [
      'da',
      'Ved rejser uden for Europa giver vi dine oplysninger til hoteller i lande, der kan have et lavere beskyttelsesniveau.',
    ],
    [
      'fr',
      "Pour les voyages hors d'Europe, nous transmettons vos données à des hôtels situés dans des pays offrant un niveau de protection inférieur.",
    ],
    [
      'es',
      'Para viajes fuera de Europa, comunicamos sus datos a hoteles en países con un nivel de protección inferior.',
    ],
    [
      'it',
      "Per i viaggi fuori dall'Europa comunichiamo i tuoi dati ad hotel in paesi con un livello di protezione inferiore.",
    ],
    [
      'pl',
      'W przypadku podróży poza Europę przekazujemy Twoje dane hotelom w krajach, w których może obowiązywać niższy poziom ochrony.',
    ],
    [
      'pt',
      'Para viagens fora da Europa, transmitimos os seus dados a hotéis em países com um nível de proteção inferior.',
    ],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'international', 'audiences')).toEqual([true, true]);
  });
});
