/**
 * Data, a profile or reviews said to be shown publicly or visible to every member of a group of users is
 * published to other users (probe17, session 18): "visible to every pet owner on the platform", "öffentlich
 * angezeigt", "vises offentligt", "es visible para los dueños de mascotas". Visible only to the reader, not
 * visible to others, data from publicly available sources, the operator's own public website and a team of
 * staff name no other users.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const recipientsOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing.recipients;

describe('data shown publicly or visible to every user of a kind is shown to other users', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'Your sitter profile, including your first name, photo, neighbourhood and reviews, is visible to every pet owner on the platform.',
    ],
    ['en', 'Your reviews are displayed publicly with your first name.'],
    ['de', 'Ihre Bewertungen von Rezepten werden zusammen mit Ihrem Benutzernamen öffentlich angezeigt.'],
    ['nl', 'Je profiel met je voornaam en foto is zichtbaar voor elke huiseigenaar op het platform.'],
    ['nb', 'Anmeldelsen din vises offentlig sammen med fornavnet ditt.'],
    ['sv', 'Ditt omdöme visas offentligt tillsammans med ditt förnamn.'],
    ['da', 'Din anmeldelse af dyrepasseren vises offentligt sammen med dit fornavn.'],
    ['fr', "Votre profil de gardien est visible par tous les propriétaires d'animaux sur la plateforme."],
    ['fr', 'Vos avis sont affichés publiquement avec votre prénom.'],
    [
      'es',
      'Tu perfil de cuidador, con tu nombre, tu foto y las valoraciones recibidas, es visible para los dueños de mascotas.',
    ],
    ['it', 'Il tuo profilo è visibile a tutti i proprietari di animali sulla piattaforma.'],
    ['pl', 'Twoje opinie są wyświetlane publicznie razem z Twoim imieniem.'],
    ['pt', 'O seu perfil é visível para os donos de animais na plataforma.'],
    ['nl', 'Je beoordelingen worden openbaar weergegeven met je voornaam.'],
    ['es', 'Tus reseñas se muestran públicamente con tu nombre.'],
    ['it', 'Le tue recensioni sono visualizzate pubblicamente con il tuo nome.'],
    ['pt', 'As suas avaliações são exibidas publicamente com o seu nome.'],
    ['pl', 'Twój profil jest widoczny dla każdego użytkownika platformy.'],
    ['sv', 'Din profil är synlig för varje kund på plattformen.'],
    ['de', 'Ihr Profil ist für jeden Kunden auf der Plattform sichtbar.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('other-users');
  });
});

describe('visible only to the reader, not visible, public sources and staff name no other users', () => {
  test.each<[Lang, string]>([
    ['en', 'Your profile is visible only to you.'],
    ['en', 'Your profile is not visible to other users.'],
    ['en', 'We collect information from publicly available sources.'],
    ['en', 'Our public website shows our opening hours.'],
    ['en', 'Your profile is visible to any member of our support team.'],
    ['de', 'Ihr Profil ist nur für Sie sichtbar.'],
    ['de', 'Ihre Bewertungen werden nicht öffentlich angezeigt.'],
    ['es', 'Tu perfil no es visible para los demás usuarios.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('other-users');
  });
});

/**
 * Session 18 (fixr18b): the operator's staff, a price or a feature, and the policy itself are no other users.
 * The twins of the en staff exclusion were missing ("visibles par les membres de notre équipe"), and "every
 * customer" read a price's audience as other users seeing the reader's data.
 */
describe('staff, prices, features and the published policy are no other users', () => {
  test.each<[Lang, string]>([
    ['en', 'Your profile is visible to all our staff.'],
    ['en', 'Your order history is visible to the customers team of our company.'],
    ['en', 'The price is visible to all customers.'],
    ['en', 'The new features are displayed publicly on our roadmap.'],
    ['en', 'This notice is published on our website.'],
    ['fr', 'Vos données sont visibles par les membres de notre équipe.'],
    ['fr', 'Les tarifs sont visibles par tous les clients.'],
    ['pt', 'Os seus dados são visíveis para os membros da nossa equipa.'],
    ['pt', 'Os preços são visíveis para todos os clientes.'],
    ['es', 'Sus datos son visibles para los miembros de nuestro equipo.'],
    ['es', 'Los precios son visibles para todos los clientes.'],
    ['it', 'I tuoi dati sono visibili ai membri del nostro team.'],
    ['it', 'I prezzi sono visibili a tutti i clienti.'],
    ['de', 'Der Preis ist für jeden Kunden sichtbar.'],
    ['de', 'Ihre Daten sind für die Mitarbeiter unseres Teams sichtbar.'],
    ['nl', 'De prijs is zichtbaar voor alle klanten.'],
    ['nl', 'Uw gegevens zijn zichtbaar voor alle medewerkers.'],
    ['pl', 'Cena jest widoczna dla każdego klienta.'],
    ['pl', 'Twoje dane są widoczne dla pracowników naszego zespołu.'],
    ['sv', 'Priset är synligt för varje kund.'],
    ['sv', 'Dina uppgifter är synliga för alla anställda.'],
    ['da', 'Prisen er synlig for hver kunde.'],
    ['da', 'Dine oplysninger er synlige for alle ansatte.'],
    ['nb', 'Prisen er synlig for hver kunde.'],
    ['nb', 'Opplysningene dine er synlige for alle ansatte.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('other-users');
  });

  test.each<[Lang, string]>([
    ['en', 'Your profile is visible to all other users.'],
    ['en', 'Your reviews are visible to every user of the app.'],
    ['fr', 'Vos avis sont visibles par tous les clients.'],
    ['de', 'Ihre Bewertung ist für jeden Kunden sichtbar.'],
    ['pl', 'Twoja opinia jest widoczna dla każdego klienta.'],
    ['sv', 'Din recension är synlig för varje kund.'],
    ['da', 'Din anmeldelse er synlig for hver kunde.'],
    ['nb', 'Din anmeldelse er synlig for hver kunde.'],
    ['es', 'Tus reseñas son visibles para todos los clientes.'],
    ['it', 'Le tue recensioni sono visibili a tutti i clienti.'],
    ['pt', 'As suas avaliações são visíveis para todos os clientes.'],
    ['nl', 'Uw beoordeling is zichtbaar voor alle klanten.'],
  ])('a review or profile shown to customers still is: %s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('other-users');
  });
});
