/**
 * Session 21 (fixs21a): what a network holds about the reader (endorsements, recommendations, connections, a
 * friends list on LinkedIn, Facebook and the like) reads social-profile in all eleven languages where it is
 * collected. "Follow us on LinkedIn", products recommended by customers, advice, invitations and a denied
 * collection read none.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe("a network's endorsements and friends lists read social-profile", () => {
  test.each<[Lang, DataType, string]>([
    ['en', 'social-profile', 'We collect your endorsements and connections from LinkedIn.'],
    ['en', 'social-profile', 'If you link your account, we receive your Facebook friends list.'],
    ['de', 'social-profile', 'Wir speichern Ihre Empfehlungen und Kontakte aus LinkedIn.'],
    ['de', 'social-profile', 'Wenn Sie Ihr Konto verknüpfen, erhalten wir Ihre Facebook-Freundesliste.'],
    ['nl', 'social-profile', 'We bewaren je aanbevelingen en connecties van LinkedIn.'],
    ['nl', 'social-profile', 'We ontvangen je vriendenlijst van Facebook.'],
    ['nb', 'social-profile', 'Vi lagrer anbefalingene og kontaktene dine fra LinkedIn.'],
    ['nb', 'social-profile', 'Vi henter vennelisten din fra Facebook.'],
    ['sv', 'social-profile', 'Vi sparar dina rekommendationer och kontakter från LinkedIn.'],
    ['sv', 'social-profile', 'Vi hämtar din vänlista från Facebook.'],
    ['da', 'social-profile', 'Vi gemmer dine anbefalinger og forbindelser fra LinkedIn.'],
    ['fr', 'social-profile', 'Nous recueillons vos recommandations et vos relations LinkedIn.'],
    ['fr', 'social-profile', "Nous récupérons votre liste d'amis Facebook."],
    ['es', 'social-profile', 'Recopilamos tus recomendaciones y contactos de LinkedIn.'],
    ['es', 'social-profile', 'Obtenemos tu lista de amigos de Facebook.'],
    ['it', 'social-profile', 'Raccogliamo le tue referenze e i tuoi collegamenti di LinkedIn.'],
    ['it', 'social-profile', 'Riceviamo il tuo elenco di amici di Facebook.'],
    ['pl', 'social-profile', 'Zbieramy Twoje rekomendacje i kontakty z LinkedIn.'],
    ['pl', 'social-profile', 'Pobieramy Twoją listę znajomych z Facebooka.'],
    ['pt', 'social-profile', 'Recolhemos as suas recomendações e ligações do LinkedIn.'],
    ['pt', 'social-profile', 'Obtemos a sua lista de amigos do Facebook.'],
  ])('%s %s: %s', (lang, type, text) => {
    const [silent, sure] = typesBoth(text, lang);
    expect(silent).toContain(type);
    expect(sure).toContain(type);
  });
});

describe('invitations to follow, recommendations by customers, advice and denials read none', () => {
  test.each<[Lang, DataType, string]>([
    ['en', 'social-profile', 'Follow us on LinkedIn for the latest job offers.'],
    ['en', 'social-profile', 'Our products are recommended by our customers.'],
    ['en', 'social-profile', 'We do not collect your LinkedIn recommendations.'],
    ['de', 'social-profile', 'Folgen Sie uns auf LinkedIn.'],
    ['de', 'social-profile', 'Unsere Produkte werden von unseren Kunden empfohlen.'],
    ['nl', 'social-profile', 'Volg ons op LinkedIn.'],
    ['nl', 'social-profile', 'Onze producten worden aanbevolen door onze klanten.'],
    ['nb', 'social-profile', 'Følg oss på LinkedIn.'],
    ['nb', 'social-profile', 'Produktene våre anbefales av kundene våre.'],
    ['sv', 'social-profile', 'Följ oss på LinkedIn.'],
    ['sv', 'social-profile', 'Våra produkter rekommenderas av våra kunder.'],
    ['da', 'social-profile', 'Følg os på LinkedIn.'],
    ['da', 'social-profile', 'Vores produkter anbefales af vores kunder.'],
    ['fr', 'social-profile', 'Suivez-nous sur LinkedIn.'],
    ['fr', 'social-profile', 'Nos produits sont recommandés par nos clients.'],
    ['es', 'social-profile', 'Síguenos en LinkedIn.'],
    ['es', 'social-profile', 'Nuestros productos son recomendados por nuestros clientes.'],
    ['it', 'social-profile', 'Seguici su LinkedIn.'],
    ['it', 'social-profile', 'I nostri prodotti sono consigliati dai nostri clienti.'],
    ['pl', 'social-profile', 'Obserwuj nas na LinkedIn.'],
    ['pl', 'social-profile', 'Nasze produkty są polecane przez naszych klientów.'],
    ['pt', 'social-profile', 'Siga-nos no LinkedIn.'],
    ['pt', 'social-profile', 'Os nossos produtos são recomendados pelos nossos clientes.'],
    ['en', 'social-profile', 'You can invite your friends from Facebook to join the game.'],
    ['en', 'social-profile', 'Ask your former colleagues for recommendations on LinkedIn.'],
  ])('%s %s: %s', (lang, type, text) => {
    const [silent, sure] = typesBoth(text, lang);
    expect(silent).not.toContain(type);
    expect(sure).not.toContain(type);
  });
});
