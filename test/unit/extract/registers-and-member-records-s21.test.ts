/**
 * Session 21 (fixq21a): a member, customer or patient register kept with the data it lists (nb "fører et
 * medlemsregister med navn", de "führt ein Mitgliederverzeichnis mit", fr "un registre des membres comprenant",
 * pt "um registo de sócios com"), members' data said to include an employer or a professional category, and pt/es/it/fr
 * "contacto telefónico" in a list of data, in all eleven languages. The company's own entry in a trade register,
 * its registered office, "register now", databases of recipes or restaurants, products and opening hours are not read.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('registers and member records list data types', () => {
  test.each<[Lang, DataType[], string]>([
    [
      'en',
      ['name', 'postal-address'],
      'The club keeps a membership register with your name, address and date of birth.',
    ],
    [
      'en',
      ['name', 'postal-address'],
      'The parish keeps a register of members listing their names and addresses.',
    ],
    ['en', ['name', 'professional'], 'Member data include the name, the employer and the job title.'],
    [
      'de',
      ['name', 'postal-address'],
      'Der Verein führt ein Mitgliederverzeichnis mit Name, Anschrift und Geburtsdatum.',
    ],
    [
      'de',
      ['name', 'professional'],
      'Die Daten der Mitglieder umfassen den Namen, den Arbeitgeber und die Berufsgruppe.',
    ],
    [
      'nl',
      ['name', 'postal-address'],
      'De vereniging houdt een ledenregister bij met naam, adres en geboortedatum.',
    ],
    ['nl', ['name', 'professional'], 'De gegevens van leden omvatten de naam, de werkgever en de functie.'],
    ['nb', ['name', 'postal-address'], 'Klubben fører et medlemsregister med navn, adresse og fødselsdato.'],
    ['nb', ['name', 'professional'], 'Opplysningene om medlemmene omfatter navn, arbeidsgiver og stilling.'],
    [
      'sv',
      ['name', 'postal-address'],
      'Föreningen för ett medlemsregister med namn, adress och födelsedatum.',
    ],
    [
      'sv',
      ['name', 'professional'],
      'Uppgifterna om medlemmarna omfattar namn, arbetsgivare och yrkeskategori.',
    ],
    [
      'da',
      ['name', 'postal-address'],
      'Foreningen fører et medlemsregister med navn, adresse og fødselsdato.',
    ],
    ['da', ['name', 'professional'], 'Oplysningerne om medlemmerne omfatter navn, arbejdsgiver og stilling.'],
    [
      'fr',
      ['name', 'postal-address'],
      "L'association tient un registre des membres comprenant le nom, l'adresse et la date de naissance.",
    ],
    [
      'fr',
      ['name', 'professional'],
      "Les données des adhérents comprennent le nom, l'employeur et la catégorie professionnelle.",
    ],
    [
      'es',
      ['name', 'postal-address'],
      'La asociación lleva un registro de socios con el nombre, la dirección y la fecha de nacimiento.',
    ],
    [
      'es',
      ['name', 'professional'],
      'Los datos de los afiliados incluyen el nombre, la empresa empleadora y la categoría profesional.',
    ],
    ['es', ['name', 'phone'], 'Recogemos tu nombre y tu contacto telefónico.'],
    [
      'it',
      ['name', 'postal-address'],
      "L'associazione tiene un registro dei soci con nome, indirizzo e data di nascita.",
    ],
    [
      'it',
      ['name', 'professional'],
      'I dati degli iscritti comprendono il nome, il datore di lavoro e la qualifica professionale.',
    ],
    [
      'pl',
      ['name', 'postal-address'],
      'Stowarzyszenie prowadzi rejestr członków zawierający imię, nazwisko, adres i datę urodzenia.',
    ],
    ['pl', ['name', 'professional'], 'Dane członków obejmują imię i nazwisko, pracodawcę oraz stanowisko.'],
    [
      'pt',
      ['name', 'postal-address'],
      'A associação mantém um registo de sócios com o nome, a morada e a data de nascimento.',
    ],
    [
      'pt',
      ['name', 'professional'],
      'Os dados dos sócios incluem o nome, a entidade patronal e a categoria profissional.',
    ],
    ['pt', ['name', 'phone'], 'Recolhemos o seu nome e o seu contacto telefónico.'],
  ])('%s %s: %s', (lang, types, text) => {
    const [silent, sure] = typesBoth(text, lang);
    for (const type of types) {
      expect(silent).toContain(type);
      expect(sure).toContain(type);
    }
  });
});

describe('trade registers, offers, products and opening hours are not read', () => {
  test.each<[Lang, DataType[], string]>([
    [
      'en',
      ['name', 'postal-address'],
      'Our company is entered in the trade register with its name and registered office address.',
    ],
    ['en', ['postal-address'], 'Our registered office is at 1 High Street, London.'],
    ['en', [], 'Register now and get 10% off your first order.'],
    [
      'de',
      ['name', 'postal-address'],
      'Unser Unternehmen ist im Handelsregister mit Firma und Sitz eingetragen.',
    ],
    ['de', [], 'Jetzt registrieren und Gutschein sichern!'],
    ['nl', [], 'Wij staan ingeschreven in het handelsregister onder nummer 12345.'],
    ['nl', ['postal-address'], 'Ons statutair adres is Hoofdstraat 1, Amsterdam.'],
    [
      'nb',
      ['name', 'postal-address'],
      'Selskapet er registrert i Foretaksregisteret med navn og forretningsadresse.',
    ],
    ['nb', ['name', 'postal-address'], 'Registrer deg nå og få ti prosent rabatt.'],
    ['sv', ['name', 'postal-address'], 'Bolaget är registrerat i handelsregistret med firmanamn och säte.'],
    ['da', ['name', 'postal-address'], 'Selskabet er registreret i CVR-registret med navn og adresse.'],
    [
      'fr',
      ['name', 'postal-address'],
      'La société est immatriculée au registre du commerce sous sa dénomination, avec son siège social à Paris.',
    ],
    ['es', ['phone'], 'Puede ponerse en contacto con nosotros mediante contacto telefónico.'],
    [
      'es',
      ['name', 'postal-address'],
      'La sociedad está inscrita en el Registro Mercantil con su denominación y domicilio social.',
    ],
    [
      'it',
      ['name', 'postal-address'],
      'La società è iscritta al Registro delle Imprese con la propria denominazione e sede legale.',
    ],
    ['pl', [], 'Spółka jest wpisana do Krajowego Rejestru Sądowego pod numerem 12345.'],
    ['pt', ['phone'], 'Pode contactar-nos por contacto telefónico ou por e-mail.'],
    [
      'pt',
      ['name', 'postal-address'],
      'A empresa está registada na Conservatória do Registo Comercial com a sua denominação e sede.',
    ],
    ['en', ['professional'], 'Select a job category to see our open positions.'],
    ['de', [], 'Wir führen eine Datenbank mit Rezepten und Zutaten.'],
    ['nl', [], 'We houden een register bij van de producten die we verkopen.'],
    ['nb', ['postal-address'], 'Vi har en database med restauranter og adressene deres.'],
    ['sv', ['postal-address'], 'Vi har en databas med restauranger och deras adresser.'],
    ['da', ['postal-address'], 'Vi har en database med restauranter og deres adresser.'],
    ['fr', ['phone'], 'Le forfait comprenant un numéro de téléphone fixe et 100 Go coûte 20 euros par mois.'],
    ['fr', ['phone'], 'Le contact téléphonique est possible du lundi au vendredi.'],
    ['es', ['professional'], 'Las empresas empleadoras pueden publicar ofertas de empleo gratis.'],
    ['es', ['phone'], 'El contacto telefónico está disponible de lunes a viernes.'],
    ['it', ['phone'], 'Il contatto telefonico è disponibile dal lunedì al venerdì.'],
    ['pl', ['professional'], 'Szukaj ofert pracy według kategorii zawodowej.'],
    ['pt', ['phone'], 'O contacto telefónico está disponível das 9h às 18h.'],
    ['pt', [], 'O registo de marcas é feito junto do INPI.'],
  ])('%s %s: %s', (lang, types, text) => {
    const [silent] = typesBoth(text, lang);
    if (types.length === 0) expect(silent).toEqual([]);
    for (const type of types) expect(silent).not.toContain(type);
  });
});
