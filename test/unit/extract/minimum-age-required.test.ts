import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

/** The minimum age a one-paragraph page states, or null. */
function minAge(text: string, lang: Lang): number | null {
  return practicesOf([text], lang).children.minAge;
}

/**
 * Minimum ages a probe of session 15 left unread (fix16a): the age required of the reader with "precisa ter pelo
 * menos" / "necesitas tener"; the age of majority required of the reader ("Vous devez être majeur", "Sie müssen
 * volljährig sein": 18 without an audience word, like a required age); "di età inferiore ai 16 anni" and its
 * twins; the reader's age below a number ("Jeśli masz mniej niż 13 lat", "if you are younger than 13").
 */
describe('minimum ages required of the reader read', () => {
  test.each<[Lang, string, number]>([
    ['pt', 'Para vender no marketplace, você precisa ter pelo menos 18 anos.', 18],
    ['pt', 'Para vender no marketplace, você precisa ter no mínimo 18 anos.', 18],
    ['pt', 'Para vender no marketplace, precisa de ter mais de 18 anos.', 18],
    ['es', 'Para vender en el marketplace necesitas tener al menos 18 años.', 18],
    ['fr', "Vous devez être majeur pour passer commande sur l'application.", 18],
    ['de', 'Sie müssen volljährig sein, um in der App zu bestellen.', 18],
    ['nl', 'Je moet meerderjarig zijn om in de app te bestellen.', 18],
    ['nb', 'Du må være myndig for å bestille i appen.', 18],
    ['sv', 'Du måste vara myndig för att beställa i appen.', 18],
    ['da', 'Du skal være myndig for at bestille i appen.', 18],
    ['es', 'Debes ser mayor de edad para hacer pedidos en la aplicación.', 18],
    ['it', "Devi essere maggiorenne per effettuare ordini nell'app.", 18],
    ['pl', 'Musisz być pełnoletni, aby składać zamówienia w aplikacji.', 18],
    ['pt', 'Tem de ser maior de idade para fazer encomendas na aplicação.', 18],
    ['en', 'You must be of legal age to place orders in the app.', 18],
    ['it', 'La piattaforma non è rivolta a persone di età inferiore ai 16 anni.', 16],
    ['es', 'La plataforma no está dirigida a personas de edad inferior a los 16 años.', 16],
    ['fr', "La plateforme ne s'adresse pas aux personnes d'un âge inférieur à 16 ans.", 16],
    ['pt', 'A plataforma não se destina a pessoas com idade inferior aos 16 anos.', 16],
    ['pl', 'Jeśli masz mniej niż 13 lat, nie możesz założyć konta w naszej grze.', 13],
    ['pl', 'Jeśli nie ukończyłeś 13 lat, nie możesz założyć konta w naszej grze.', 13],
    ['pl', 'Osoby poniżej 13 lat nie mogą założyć konta w naszej grze.', 13],
    ['en', 'If you are younger than 13, you may not create an account in our game.', 13],
    ['de', 'Wenn Sie jünger als 13 Jahre sind, dürfen Sie kein Konto in unserem Spiel anlegen.', 13],
    ['nl', 'Als je jonger bent dan 13 jaar, kun je geen account aanmaken in ons spel.', 13],
    ['sv', 'Om du är under 13 år kan du inte skapa ett konto i vårt spel.', 13],
    ['nb', 'Hvis du er under 13 år, kan du ikke opprette en konto i spillet vårt.', 13],
    ['da', 'Hvis du er under 13 år, kan du ikke oprette en konto i vores spil.', 13],
    ['fr', 'Si tu as moins de 13 ans, tu ne peux pas créer de compte dans notre jeu.', 13],
    ['es', 'Si tienes menos de 13 años, no puedes crear una cuenta en nuestro juego.', 13],
    ['it', 'Se hai meno di 13 anni, non puoi creare un account nel nostro gioco.', 13],
    ['pt', 'Se tiver menos de 13 anos, não pode criar uma conta no nosso jogo.', 13],
  ])('[%s] %s', (lang, text, age) => {
    expect(minAge(text, lang)).toBe(age);
  });
});

/**
 * No minimum age: an adult under guardianship ("majeur protégé"), "la majeure partie", "the majority of our users",
 * a child's fare ("Kinder unter 6 Jahren reisen kostenlos": who travels free, and 6 is below the ages read),
 * retirement, toys "for ages 3+", a duration or a count after "mniej niż", minutes late, a customer's seniority.
 */
describe('majority words and ages that are no minimum age read none', () => {
  test.each<[Lang, string]>([
    ['fr', 'Le majeur protégé est représenté par son tuteur.'],
    ['fr', 'La majeure partie de nos clients commande en ligne.'],
    ['en', 'The majority of our users are over 30.'],
    ['de', 'Kinder unter 6 Jahren reisen kostenlos.'],
    ['en', 'Our staff retire at 65.'],
    ['en', 'We sell products for ages 3+.'],
    ['fr', 'Vous devez être majeur protégé pour bénéficier de cette aide.'],
    ['pl', 'Przechowujemy dane przez mniej niż 13 lat.'],
    ['pl', 'Jeśli masz mniej niż 13 zamówień, nie naliczamy opłaty za konto.'],
    ['it', "Il servizio è rivolto a clienti con un'anzianità inferiore ai 16 anni."],
    ['en', 'If you are under 13 minutes late, your account is not charged.'],
  ])('[%s] %s', (lang, text) => {
    expect(minAge(text, lang)).toBeNull();
  });
});

/**
 * review16a finding 2: no minimum age. The majority required to buy wine, beer, alcohol or tobacco is the law's
 * purchase age, as session 15 decided for ages in years (pl "pełnoletn-" is an audience word but not one outside the
 * majority phrase itself); "ma mniej niż N lat" said of a car or an account; "less than 20 miles" is a distance.
 */
describe('purchase majorities, things and distances read no minimum age', () => {
  test.each<[Lang, string]>([
    ['en', 'You must be of legal age to order wine from our shop.'],
    ['en', 'You must be of legal age to purchase alcohol.'],
    ['de', 'Sie müssen volljährig sein, um Wein zu bestellen.'],
    ['de', 'Sie müssen volljährig sein, um Alkohol zu kaufen.'],
    ['fr', 'Vous devez être majeur pour commander du vin.'],
    ['fr', "Vous devez être majeur pour acheter de l'alcool sur notre site."],
    ['es', 'Debes ser mayor de edad para comprar bebidas alcohólicas.'],
    ['es', 'Debes ser mayor de edad para comprar cerveza o vino.'],
    ['it', 'Devi essere maggiorenne per acquistare vino.'],
    ['it', 'Devi essere maggiorenne per acquistare alcolici.'],
    ['nl', 'Je moet meerderjarig zijn om wijn te bestellen.'],
    ['nl', 'Je moet meerderjarig zijn om alcohol te kopen.'],
    ['pt', 'Precisas de ser maior de idade para comprar vinho.'],
    ['pt', 'Tem de ser maior de idade para comprar bebidas alcoólicas.'],
    ['pl', 'Musisz być pełnoletni, aby kupić alkohol.'],
    ['pl', 'Musisz być pełnoletnia, aby zamówić alkohol.'],
    ['pl', 'Musisz być pełnoletni, aby kupować papierosy.'],
    ['nb', 'Du må være myndig for å kjøpe øl i nettbutikken.'],
    ['sv', 'Du måste vara myndig för att köpa vin i webbutiken.'],
    ['da', 'Du skal være myndig for at købe vin i webshoppen.'],
    ['fr', 'Si vous devez être majeur pour signer, demandez conseil à votre banque.'],
    ['pl', 'Jeśli Twój samochód ma mniej niż 10 lat, w ramach konta klienta otrzymasz zniżkę na przegląd.'],
    ['pl', 'Jeśli Twoje konto ma mniej niż 20 lat, nic się nie zmienia.'],
    ['en', 'If you are less than 20 miles from our store, you can use the app to book a free delivery.'],
    ['en', 'If you are under 25 km from one of our shops, the app offers same-day delivery.'],
    ['nb', 'Hvis du er under 20 km fra butikken, kan du bruke appen til gratis levering.'],
    ['sv', 'Om du är under 20 km från butiken kan du använda appen för fri leverans.'],
  ])('[%s] %s', (lang, text) => {
    expect(minAge(text, lang)).toBeNull();
  });
});

/** What must still read beside those: majority for the service itself, the reader's or a person's age. */
describe('majorities and ages of the reader still read', () => {
  test.each<[Lang, string, number]>([
    ['fr', 'Vous devez être majeur pour créer un compte.', 18],
    ['de', 'Sie müssen volljährig sein, um unsere Dienste zu nutzen.', 18],
    ['pl', 'Musisz być pełnoletni, aby założyć konto w naszym serwisie.', 18],
    ['en', 'You must be 18 to create an account and purchase alcohol.', 18],
    ['pl', 'Jeśli masz mniej niż 16 lat, nie możesz korzystać z serwisu.', 16],
    ['pl', 'Osoby mające mniej niż 16 lat nie mogą korzystać z serwisu.', 16],
    ['en', 'If you are under 16, you may not create an account.', 16],
    ['en', 'If you are less than 16 years old, you may not create an account.', 16],
    ['sv', 'Om du är under 13 år kan du inte skapa ett konto.', 13],
    ['da', 'Hvis du er under 13, kan du ikke oprette en konto.', 13],
  ])('[%s] %s', (lang, text, age) => {
    expect(minAge(text, lang)).toBe(age);
  });
});
