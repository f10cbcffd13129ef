/**
 * Session 20 review (fixr20a): data said as not necessary, or a document the reader needs to travel, board or be
 * admitted, is no collection. The 'necessary for' cues skip a negation in their gap or before their verb, and
 * the older require/need/nodig/behövs/benötigt/wymaga cues a negation right before or after them; a travel,
 * boarding or entry purpose is no cue. Sentences invented for the test.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesSilent } from './helpers';

describe('data said as not necessary, or a document needed to travel, reads nothing', () => {
  test.each<[Lang, string, DataType]>([
    ['en', 'Your date of birth is not required to open an account.', 'demographics'],
    ['en', 'A valid passport is required for travel to the island.', 'government-id'],
    ['de', 'Ihre Telefonnummer ist für die Anmeldung nicht erforderlich.', 'phone'],
    ['de', 'Für die Einreise ist ein gültiger Personalausweis erforderlich.', 'government-id'],
    ['nl', 'Uw telefoonnummer is niet nodig om een account te maken.', 'phone'],
    ['nl', 'Voor reizen naar het eiland is een geldig paspoort nodig.', 'government-id'],
    ['nb', 'Telefonnummeret ditt er ikke nødvendig for å opprette en konto.', 'phone'],
    ['nb', 'Et gyldig pass er nødvendig for å reise til øya.', 'government-id'],
    ['sv', 'Ditt telefonnummer behövs inte för att skapa ett konto.', 'phone'],
    ['sv', 'Ett giltigt pass är nödvändigt för att resa till ön.', 'government-id'],
    ['da', 'Dit telefonnummer er ikke nødvendigt for at oprette en konto.', 'phone'],
    ['da', 'Et gyldigt pas er nødvendigt for at rejse til øen.', 'government-id'],
    ['fr', "Votre numéro de téléphone n'est pas nécessaire pour créer un compte.", 'phone'],
    ['fr', "Une carte d'identité valide est nécessaire pour l'embarquement.", 'government-id'],
    ['es', 'Su número de teléfono no es necesario para crear una cuenta.', 'phone'],
    ['es', 'Un pasaporte válido es necesario para viajar a la isla.', 'government-id'],
    ['it', 'Il tuo numero di telefono non è necessario per creare un account.', 'phone'],
    ['it', "Un passaporto valido è necessario per l'imbarco.", 'government-id'],
    ['pl', 'Twój numer telefonu nie jest wymagany do założenia konta.', 'phone'],
    ['pl', 'Ważny paszport jest niezbędny do podróży na wyspę.', 'government-id'],
    ['pt', 'O seu número de telefone não é necessário para criar uma conta.', 'phone'],
    ['pt', 'Um passaporte válido é necessário para viajar para a ilha.', 'government-id'],
  ])('%s: %s', (lang, text, type) => {
    expect(typesSilent(text, lang)).not.toContain(type);
  });
});

describe('data said as necessary for our purpose is still read', () => {
  test.each<[Lang, string, DataType]>([
    ['de', 'Ihre Telefonnummer ist für die Zustellung erforderlich.', 'phone'],
    ['fr', 'Votre adresse e-mail est nécessaire pour la confirmation de la commande.', 'email'],
    ['es', 'Su dirección de correo electrónico es necesaria para confirmar el pedido.', 'email'],
    ['it', "Il tuo indirizzo e-mail è necessario per confermare l'ordine.", 'email'],
    ['pt', 'O seu endereço de e-mail é necessário para confirmar a encomenda.', 'email'],
  ])('%s: %s', (lang, text, type) => {
    expect(typesSilent(text, lang)).toContain(type);
  });
});
