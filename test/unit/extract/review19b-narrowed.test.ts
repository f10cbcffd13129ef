/**
 * Session 19 (fixr19b): what review19b found fixp19b's rules inventing, narrowed. An age for renting, buying,
 * ordering, a prize draw or driving is no minimum age of the service; reaching an age that ends something is
 * none; a requirement denied is none; years of a thing or after an event are no age, but an age before a law,
 * an article or consent stays one. nl portability is the reader's request only; access limited to authorised
 * staff, confidentiality and unauthorised people are protection words; a copy of a document is no access.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth, practicesOf, rightsBoth } from './helpers';

const minAge = (text: string, lang: Lang) => practicesOf([text], lang).children.minAge;

describe('an age for another act than using the service is no minimum age (finding 1)', () => {
  test.each<[Lang, string]>([
    ['en', 'Customers must be 21 to rent a car from our branches.'],
    ['en', 'Customers must be at least 18 years old to enter the prize draw.'],
    ['en', 'Customers must be 18 or over to buy knives.'],
    ['en', 'You confirm that you are at least 18 years old and hold a valid driving licence.'],
    ['de', 'Kunden müssen mindestens 21 Jahre alt sein, um ein Fahrzeug zu mieten.'],
    ['de', 'Kunden müssen das 18. Lebensjahr vollendet haben, um am Gewinnspiel teilzunehmen.'],
    ['de', 'Kunden müssen mindestens 18 Jahre alt sein, um Messer zu bestellen.'],
    ['de', 'Sie bestätigen, dass Sie mindestens 18 Jahre alt sind und einen gültigen Führerschein besitzen.'],
    ['nl', 'Klanten moeten minimaal 21 jaar oud zijn om een auto te huren.'],
    ['nb', 'Kunder må være minst 20 år for å leie bil.'],
    ['sv', 'Kunder måste vara minst 20 år för att hyra bil.'],
    ['da', 'Kunder skal være mindst 21 år for at leje en bil.'],
    ['fr', 'Vous déclarez être âgé d’au moins 21 ans et titulaire du permis de conduire.'],
    ['fr', 'Les clients doivent avoir au moins 18 ans pour participer au jeu-concours.'],
    ['es', 'Los clientes deben ser mayores de 18 años para participar en el sorteo.'],
    ['es', 'El cliente declara ser mayor de 18 años para la compra de bebidas alcohólicas.'],
    ['it', 'I clienti devono avere almeno 21 anni per noleggiare un’auto.'],
    ['pl', 'Klient musi mieć ukończone 21 lat, aby wynająć samochód.'],
    ['pt', 'O condutor tem de ter, no mínimo, 21 anos para alugar uma viatura.'],
  ])('%s: %s', (lang, text) => {
    expect(minAge(text, lang)).toBeNull();
  });

  test.each<[Lang, string, number]>([
    ['en', 'You must be 18 to create an account and rent a car.', 18],
    ['en', 'Users must be 16 to use the app.', 16],
    [
      'de',
      'Sie müssen mindestens 18 Jahre alt sein, um unseren Dienst zu nutzen und ein Fahrzeug zu mieten.',
      18,
    ],
    ['fr', 'Vous devez être âgé(e) d’au moins 18 ans pour créer un compte.', 18],
    ['es', 'Los usuarios deben ser mayores de 16 años.', 16],
  ])('using the service still reads: %s: %s', (lang, text, age) => {
    expect(minAge(text, lang)).toBe(age);
  });
});

describe('reaching an age that ends something is no minimum age (finding 2)', () => {
  test.each<[Lang, string]>([
    ['en', 'Your junior membership ends automatically when you have reached the age of 18.'],
    ['en', 'Youth membership is available until the member has reached the age of 18.'],
    ['es', 'La cuenta joven se convierte en cuenta estándar cuando el titular haya cumplido 18 años.'],
    ['pt', 'A conta jovem termina quando o titular tiver completado 18 anos.'],
    ['de', 'Die Jugendmitgliedschaft endet automatisch, wenn das Mitglied das 18. Lebensjahr vollendet hat.'],
  ])('%s: %s', (lang, text) => {
    expect(minAge(text, lang)).toBeNull();
  });

  test.each<[Lang, string, number]>([
    ['en', 'Children who have not reached the age of 16 may not register.', 16],
    ['en', 'Users must have reached the age of 16 to create an account.', 16],
    ['es', 'Para utilizar el servicio debe haber cumplido 18 años.', 18],
    ['pt', 'Se não tiver completado 16 anos, precisa do consentimento dos pais para se registar.', 16],
  ])('a limit still reads: %s: %s', (lang, text, age) => {
    expect(minAge(text, lang)).toBe(age);
  });
});

describe('a requirement denied is no minimum age (finding 3)', () => {
  test.each<[Lang, string]>([
    ['en', 'Users do not need to have reached the age of 18 to open a savings account.'],
    ['pt', 'Os clientes não precisam de ter completado 18 anos para se registar.'],
    ['nb', 'Brukere må ikke være minst 18 år for å bruke appen.'],
    ['sv', 'Användare behöver inte ha fyllt 18 år för att använda appen.'],
    ['da', 'Brugere skal ikke være fyldt 18 år for at bruge appen.'],
    ['fr', 'Les utilisateurs ne doivent pas forcément avoir 18 ans pour s’inscrire.'],
    ['it', 'Gli utenti non devono avere compiuto 18 anni per partecipare al campus junior.'],
  ])('%s: %s', (lang, text) => {
    expect(minAge(text, lang)).toBeNull();
  });

  test.each<[Lang, string, number]>([
    ['sv', 'Om du inte har fyllt 16 år behöver du målsmans samtycke.', 16],
    ['en', 'We do not collect data from users under 13.', 13],
    ['da', 'Vi indsamler ikke oplysninger om børn under 13 år.', 13],
  ])('a denial elsewhere keeps the age: %s: %s', (lang, text, age) => {
    expect(minAge(text, lang)).toBe(age);
  });
});

describe('years of a thing or after an event are no age; before a law or consent they are (findings 4, 5)', () => {
  test.each<[Lang, string]>([
    ['pt', 'O veículo deve ter, no mínimo, 10 anos de matrícula.'],
    ['pt', 'O imóvel deve ter, no mínimo, 20 anos de construção.'],
    ['nl', 'Je ontvangt een cadeau vanaf 16 jaar na je lidmaatschap.'],
  ])('%s: %s', (lang, text) => {
    expect(minAge(text, lang)).toBeNull();
  });

  test.each<[Lang, string, number]>([
    [
      'de',
      'Personenbezogene Daten von Kindern unter 16 Jahren nach Art. 8 DSGVO verarbeiten wir nur mit Einwilligung.',
      16,
    ],
    ['de', 'Nutzer unter 16 Jahren nach geltendem Recht benötigen die Zustimmung ihrer Eltern.', 16],
    ['nl', 'Kinderen onder de 16 jaar na toestemming van hun ouders mogen een account aanmaken.', 16],
    ['nb', 'Barn under 13 år etter personopplysningsloven trenger samtykke fra foreldre.', 13],
    ['sv', 'Barn under 13 år efter dataskyddsförordningen behöver föräldrarnas samtycke.', 13],
    ['da', 'Børn under 13 år efter databeskyttelsesforordningen skal have forældrenes samtykke.', 13],
    ['pl', 'Osoby poniżej 16 lat po uzyskaniu zgody rodzica mogą założyć konto.', 16],
    ['en', 'Children under 16 years after consent from a parent may register.', 16],
    ['fr', 'Les enfants de moins de 15 ans après accord des parents peuvent créer un compte.', 15],
    [
      'es',
      'Los menores de 14 años después de obtener el consentimiento de sus padres pueden registrarse.',
      14,
    ],
    ['it', 'I minori di 14 anni dopo il consenso dei genitori possono registrarsi.', 14],
    ['pt', 'Menores de 16 anos após autorização dos pais podem registar-se.', 16],
  ])('%s: %s', (lang, text, age) => {
    expect(minAge(text, lang)).toBe(age);
  });

  test('years after taking back still read as a period', () => {
    const retention = practicesOf(
      ['Wir speichern die Daten 10 Jahre nach Rücknahme des Produkts.'],
      'de',
    ).retention;
    expect(retention.periods).toContain('P10Y');
  });
});

describe('the reader declaring an age reads it (finding 8)', () => {
  test.each<[Lang, string, number]>([
    ['nl', 'U verklaart dat u minimaal 16 jaar oud bent.', 16],
    ['nb', 'Du bekrefter at du har fylt 16 år.', 16],
    ['sv', 'Du intygar att du har fyllt 16 år.', 16],
    ['da', 'Du bekræfter, at du er fyldt 16 år.', 16],
    ['pl', 'Użytkownik oświadcza, że ukończył 16 lat.', 16],
    ['pt', 'O utilizador declara ter pelo menos 16 anos.', 16],
    ['es', 'El usuario declara tener al menos 16 años.', 16],
  ])('%s: %s', (lang, text, age) => {
    expect(minAge(text, lang)).toBe(age);
  });
});

describe('portability is what the reader asks for (findings 6, 8)', () => {
  test.each<[Lang, string]>([
    ['nl', 'Wij verzoeken onze verwerkers uw gegevens aan een andere verwerker over te dragen.'],
    ['nl', 'Bij overname kunnen wij de klant verzoeken de gegevens aan een andere partij over te dragen.'],
  ])('%s: %s', (lang, text) => {
    const [silent, sure] = rightsBoth(text, lang);
    expect(silent).not.toContain('portability');
    expect(sure).not.toContain('portability');
  });

  test.each<[Lang, string]>([
    ['nl', 'U kunt ons verzoeken uw gegevens over te dragen aan een andere organisatie.'],
    [
      'de',
      'Sie haben das Recht, die direkte Übermittlung Ihrer Daten an einen anderen Verantwortlichen zu verlangen.',
    ],
    [
      'fr',
      'Vous pouvez demander la transmission directe de vos données à un autre responsable du traitement.',
    ],
    ['es', 'Puede solicitar la transmisión directa de sus datos a otro responsable del tratamiento.'],
    ['pt', 'Pode solicitar a transmissão direta dos seus dados para outro responsável pelo tratamento.'],
  ])('%s: %s', (lang, text) => {
    expect(rightsBoth(text, lang)[0]).toContain('portability');
  });
});

describe('a copy of a document is no access (finding 8)', () => {
  test.each<string>([
    'You can request a copy of the standard contractual clauses by contacting us.',
    'You can request a copy of our certificate of insurance.',
    'You may request a copy of your booking confirmation at the reception.',
    'Please request a copy of your payslip from HR.',
  ])('%s', (text) => {
    expect(rightsBoth(text, 'en')[0]).not.toContain('access');
  });

  test('a copy of your data still is', () => {
    expect(rightsBoth('You can request a copy of the data we hold about you.', 'en')[0]).toContain('access');
  });
});

describe('ensuring access is limited, confidential or kept from the unauthorised is security (finding 7)', () => {
  test.each<[Lang, string]>([
    ['sv', 'Vi säkerställer att endast behörig personal har tillgång till dina personuppgifter.'],
    ['sv', 'Vi säkerställer att dina personuppgifter behandlas konfidentiellt.'],
    ['de', 'Wir stellen sicher, dass nur berechtigte Mitarbeiter Zugriff auf Ihre Daten haben.'],
    ['de', 'Wir stellen sicher, dass Unbefugte keinen Zugang zu Ihren Daten erhalten.'],
    ['en', 'We ensure that only authorised staff have access to your data.'],
    ['nl', 'Wij zorgen ervoor dat alleen bevoegde medewerkers toegang hebben tot uw gegevens.'],
    ['nb', 'Vi sikkerstiller at kun autorisert personell har tilgang til opplysningene dine.'],
    ['da', 'Vi sikkerstiller, at kun autoriserede medarbejdere har adgang til dine oplysninger.'],
    ['fr', 'Nous veillons à ce que seul le personnel autorisé ait accès à vos données.'],
    ['es', 'Nos aseguramos de que solo el personal autorizado tenga acceso a sus datos.'],
    ['it', 'Ci assicuriamo che solo il personale autorizzato abbia accesso ai tuoi dati.'],
    ['pl', 'Dbamy o to, aby tylko upoważnieni pracownicy mieli dostęp do Twoich danych.'],
    ['pt', 'Garantimos que apenas o pessoal autorizado tem acesso aos seus dados.'],
  ])('with the model sure: %s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')[1]).toBe(true);
  });

  test.each<[Lang, string]>([
    ['nb', 'Vi sikkerstiller at opplysningene dine er korrekte og oppdaterte.'],
    ['da', 'Vi sikkerstiller, at dine oplysninger er korrekte.'],
    ['sv', 'Vi säkerställer att dina uppgifter är korrekta och uppdaterade.'],
  ])('ensuring accuracy is none: %s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([false, false]);
  });

  test.each<[Lang, string]>([
    ['nl', 'Beide partijen zijn verplicht tot geheimhouding van alle vertrouwelijke informatie.'],
    ['pt', 'Você é responsável por manter a confidencialidade de tais dados de acesso.'],
    ['de', 'Beide Parteien behandeln Geschäftsgeheimnisse der anderen Partei vertraulich.'],
    ['sv', 'Avtalet är konfidentiellt mellan parterna.'],
    ['it', 'I servizi sono riservati a chi ha almeno 16 anni.'],
  ])(
    "a confidential contract or the reader's own secrecy is none, even with the model sure: %s: %s",
    (lang, text) => {
      expect(flagBoth(text, lang, 'security', 'security')).toEqual([false, false]);
    },
  );
});
