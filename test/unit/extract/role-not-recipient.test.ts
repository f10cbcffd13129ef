/**
 * A role noun ("the manufacturer", "der Hersteller", "l'organisateur") is a recipient only where the
 * destination word governs it: a destination with at most articles or possessives between it and the role
 * ("to the", "an unseren", "au", "all'"), not part of an idiom ("according to", "subject to", "gemäß dem",
 * "conformément aux", "in base alle", "i henhold til"), and not a genitive ("the manufacturer's
 * instructions", "du fabricant", "del produttore", "des Herstellers"). A source ("von dem Hersteller") and
 * a denied sharing sentence name no recipient (review15b finding 3).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('a role the sentence does not send data to is no recipient', () => {
  test.each<[Lang, string]>([
    ['en', "According to the manufacturer's instructions, we share your data with our service providers."],
    ['en', "Subject to the organiser's approval, we may share your photos with other participants."],
    ['en', "In line with the manufacturer's warranty terms, we pass your details to our repair centre."],
    ['en', 'We receive your details from the manufacturer and share them with our payment provider.'],
    ['en', 'We do not share your data with the manufacturer.'],
    [
      'de',
      'Wir erhalten Ihre Daten von dem Hersteller, wenn Sie das Gerät registrieren, und geben sie nicht weiter.',
    ],
    ['de', 'Gemäß dem Hersteller geben wir Ihre Daten an unseren Reparaturdienstleister weiter.'],
    ['de', 'Gemäß den Anweisungen des Herstellers geben wir Ihre Daten an unseren Dienstleister weiter.'],
    [
      'fr',
      'Conformément aux instructions du fabricant, nous transmettons vos données à notre prestataire de réparation.',
    ],
    ['it', 'In base alle indicazioni del produttore, trasmettiamo i dati al nostro centro di assistenza.'],
    ['es', 'De acuerdo con las instrucciones del fabricante, enviamos sus datos a nuestro servicio técnico.'],
    ['pt', 'De acordo com as instruções do fabricante, enviamos os seus dados ao nosso serviço técnico.'],
    ['nl', 'Volgens de instructies van de fabrikant sturen wij uw gegevens naar onze reparatiepartner.'],
    ['nb', 'I henhold til produsentens anvisninger sender vi opplysningene til vår reparasjonspartner.'],
    ['sv', 'I enlighet med tillverkarens anvisningar skickar vi uppgifterna till vår reparationspartner.'],
    [
      'da',
      'I overensstemmelse med producentens anvisninger sender vi oplysningerne til vores reparationspartner.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('business-partners');
  });
});

describe('a role data is sent to is still a recipient', () => {
  test.each<[Lang, string]>([
    ['en', 'We send your details to the vehicle manufacturer for warranty claims.'],
    ['en', 'We may share your results with the event organisers.'],
    ['de', 'Wir geben Ihren Namen an den Veranstalter weiter.'],
    ['de', 'Wir übermitteln Ihre Daten dem Hersteller.'],
    ['de', 'Wir teilen Ihre Daten mit dem Hersteller.'],
    ['fr', 'Nous transmettons vos données au fabricant.'],
    ['it', 'Trasmettiamo i dati al produttore per la garanzia.'],
    ['it', "Comunichiamo i dati all'organizzatore dell'evento."],
    ['es', 'Comunicamos sus datos al fabricante del vehículo para la garantía.'],
    ['pt', 'Comunicamos os seus dados ao fabricante do veículo.'],
    ['nl', 'Wij verstrekken uw gegevens aan de fabrikant voor de garantie.'],
    ['nb', 'Vi deler navnet ditt med arrangøren av løpet.'],
    ['sv', 'Vi lämnar ut uppgifterna till tillverkaren vid garantiärenden.'],
    ['da', 'Vi deler dit navn med arrangøren af løbet.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('business-partners');
  });
});
