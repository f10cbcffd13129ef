/**
 * Driving-test, licensing and tax bodies named by their own name or office are authorities (probe17, session
 * 18): DVSA, the Fahrerlaubnisbehörde, CBR, Statens vegvesen, Trafikverket, WORD, Skatteverket and their
 * twins. German "-behörde", Scandinavian "-myndighet" and Norwegian "-etaten" / "-direktoratet" compounds name
 * a public authority by their head word alone. A tax adviser, the security forces in English, the post office
 * and a complaint to the data protection authority name none.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const recipientsOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing.recipients;

describe('a licensing, driving-test or tax body that receives data is an authority', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'When you are ready for your practical test, we send your name, date of birth and licence number to the DVSA to book it.',
    ],
    [
      'en',
      'We pass your driving licence number to the Driver and Vehicle Standards Agency to book your test.',
    ],
    ['en', 'We send your details to the DMV when you register a vehicle.'],
    ['en', 'We share the results of your test with the driver licensing authority.'],
    [
      'de',
      'Zur Anmeldung zur Fahrprüfung übermitteln wir Ihre Daten an die Fahrerlaubnisbehörde und die Technische Prüfstelle (TÜV oder DEKRA).',
    ],
    ['de', 'Wir übermitteln Ihre Daten an die Ausländerbehörde, wenn das Gesetz es verlangt.'],
    ['de', 'Ihre Anmeldedaten leiten wir an die Führerscheinstelle weiter.'],
    ['nl', 'Voor het aanvragen van je praktijkexamen geven wij je gegevens door aan het CBR.'],
    ['nl', 'Wij geven uw gegevens door aan de Rijksdienst voor Ondernemend Nederland.'],
    [
      'nb',
      'Når du er klar for førerprøven, sender vi opplysninger om deg og gjennomført opplæring til Statens vegvesen.',
    ],
    ['nb', 'Vi deler opplysningene med Skatteetaten.'],
    ['nb', 'Vi gir opplysninger om deg til Utlendingsdirektoratet.'],
    [
      'sv',
      'Vi rapporterar genomförd riskutbildning till Trafikverket, som är en förutsättning för att du ska få göra förarprovet.',
    ],
    [
      'sv',
      'Vid köp av hemstädning med RUT-avdrag skickar vi ditt personnummer och det fakturerade beloppet till Skatteverket.',
    ],
    ['sv', 'Vi lämnar uppgifter om dig till Pensionsmyndigheten.'],
    ['da', 'Vi sender dine oplysninger til Færdselsstyrelsen, når du skal til køreprøve.'],
    ['da', 'Vi indberetter dine oplysninger til SKAT.'],
    ['fr', "Nous transmettons vos données à l'ANTS pour votre permis de conduire."],
    ['es', 'Comunicamos tus datos a la Agencia Tributaria.'],
    ['it', "Comunichiamo i tuoi dati all'Agenzia delle Entrate."],
    [
      'pl',
      'Dane kursanta przekazujemy do Wojewódzkiego Ośrodka Ruchu Drogowego w celu zapisania na egzamin.',
    ],
    ['pl', 'Przekazujemy dane do starostwa powiatowego w celu wydania prawa jazdy.'],
    ['pl', 'Przekazujemy Twoje dane do urzędu skarbowego.'],
    ['pt', 'Comunicamos os seus rendimentos às Finanças.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });
});

describe('advisers, the post office, "z urzędu" and complaints name no authority', () => {
  test.each<[Lang, string]>([
    ['en', 'We may share your data with our tax adviser.'],
    ['en', 'We share your data with security forces.'],
    ['en', 'We send parcels through the Post Office.'],
    ['en', 'We send your order confirmation to your email address.'],
    ['sv', 'Vi skickar ditt nyhetsbrev och andra erbjudanden till din e-postadress.'],
    ['nb', 'Vi sender deg informasjon om tilbud og nyheter til e-posten din.'],
    ['da', 'Du skal betale skat af gevinsten til staten.'],
    ['pl', 'Przekazujemy dane do urzędu pocztowego.'],
    ['pl', 'Postępowanie wszczynamy z urzędu, gdy dane są udostępniane partnerom.'],
    ['de', 'Sie haben das Recht, sich bei einer Datenschutzaufsichtsbehörde zu beschweren.'],
    ['sv', 'Du har rätt att klaga hos Integritetsskyddsmyndigheten.'],
    ['pt', 'Ajudamos na gestão das finanças da sua empresa e partilhamos dados com o contabilista.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('authorities');
  });
});

/**
 * Session 18 (fixr18b): an authority's compound followed by a legal form ("AS", "AB", "ApS", "GmbH") is a
 * company's name, and pl "w budynku Urzędu Miasta" is an address; neither names an authority.
 */
describe('a company named like an authority, or an office as an address, is no authority', () => {
  test.each<[Lang, string]>([
    ['nb', 'Vi deler opplysningene med Salgsdirektoratet AS, vårt salgsselskap.'],
    ['nb', 'Vi deler opplysningene med Kundeetaten AS, vårt kundesenter.'],
    ['sv', 'Vi delar uppgifterna med Reklammyndigheten AB, vår reklambyrå.'],
    ['da', 'Vi deler oplysningerne med Salgsdirektoratet ApS.'],
    [
      'de',
      'Wir geben Ihre Daten an unsere Hausverwaltung weiter, die mit der Baubehörde-Service GmbH zusammenarbeitet.',
    ],
    ['de', 'Wir geben Ihre Daten an die Behörden-Service GmbH weiter.'],
    ['pl', 'Nasze biuro mieści się w budynku Urzędu Miasta, a dane przekazujemy wyłącznie kurierom.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('authorities');
  });

  test.each<[Lang, string]>([
    ['nb', 'Vi deler opplysningene med Skatteetaten.'],
    ['nb', 'Vi deler opplysningene med Skatteetaten as required.'],
    ['sv', 'Vi lämnar ut uppgifter till Försäkringskassan och Kronofogdemyndigheten.'],
    ['de', 'Wir geben Ihre Daten an die Finanzbehörde weiter.'],
    ['pl', 'Przekazujemy dane do Urzędu Skarbowego.'],
    ['da', 'Vi deler oplysningerne med Færdselsstyrelsen og Sundhedsdirektoratet.'],
  ])('the authority itself still is one: %s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });
});
