/**
 * Data types session 14's unseen probe left misread (fix15b, item 5).
 *
 * - Call metadata is communications: "les numéros appelés, la date et la durée des appels", "call records",
 *   "Verbindungsdaten", "tabulati telefonici" (eleven languages). "données de trafic" alone stays unread (web
 *   traffic too), nor de "Verbindungsdaten" (a web host's connection data, the IP address, as often as calls).
 * - Career and education paths are professional: "percurso académico e experiência profissional", "din
 *   anställning", "Berufserfahrung", "situation professionnelle". Account transactions are payment
 *   ("kontotransaktioner", "Kontobewegungen", "movimientos bancarios"), and so is "card data". Income
 *   ("inkomst") has no type of its own in the vocabulary and stays unread.
 * - Data reported to someone is data processed: "rapporteres til Skatteetaten sammen med fødselsnummeret
 *   ditt" names the national ID number (cues/passing-on.json: "is reported to", "indberettes", "rapporteras
 *   till" ...).
 * - A courier or delivery company that receives the data is not the person's employer: "a la empresa de
 *   mensajería" no longer reads professional from "empresa" (masks, eleven languages).
 * - An example marker before a mail channel is a means of writing to us, no example of data collected:
 *   "widerrufen, zum Beispiel per E-Mail an uns" and "Sie können uns zum Beispiel per E-Mail kontaktieren" no
 *   longer read the e-mail address (EXAMPLE_CHANNEL); "if you send us an e-mail we store your message" does.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth, typesSilent } from './helpers';

describe('types the probe missed', () => {
  test.each<[Lang, DataType, string]>([
    [
      'fr',
      'communications',
      'Nous traitons les données de trafic, telles que les numéros appelés, la date et la durée des appels.',
    ],
    ['en', 'communications', 'We process the numbers you called and the date and duration of your calls.'],
    [
      'de',
      'communications',
      'Wir speichern Ihre Verbindungsdaten, also die angerufenen Rufnummern und die Dauer der Anrufe.',
    ],
    ['nl', 'communications', 'Wij bewaren de gebelde nummers en de duur van de gesprekken.'],
    ['sv', 'communications', 'Vi sparar uppringda nummer och längden på samtalen.'],
    ['da', 'communications', 'Vi gemmer opkaldte numre og varigheden af opkaldene.'],
    ['nb', 'communications', 'Vi lagrer oppringte numre og varigheten på samtalene.'],
    ['es', 'communications', 'Tratamos los números marcados y la duración de las llamadas.'],
    ['it', 'communications', 'Conserviamo i numeri chiamati e la durata delle chiamate.'],
    ['pl', 'communications', 'Przechowujemy wybierane numery oraz czas trwania połączeń.'],
    ['pt', 'communications', 'Conservamos os números marcados e a duração das chamadas.'],
    [
      'pt',
      'professional',
      'Recolhemos informação sobre o seu percurso académico e experiência profissional.',
    ],
    [
      'sv',
      'professional',
      'Vi samlar in uppgifter om din inkomst, din anställning och dina kontotransaktioner.',
    ],
    ['sv', 'payment', 'Vi samlar in uppgifter om din inkomst, din anställning och dina kontotransaktioner.'],
    ['en', 'professional', 'We collect your academic background and professional experience.'],
    ['de', 'professional', 'Wir verarbeiten Angaben zu Ihrem beruflichen Werdegang.'],
    ['fr', 'professional', 'Nous collectons des informations sur votre situation professionnelle.'],
    ['es', 'professional', 'Recogemos datos sobre su experiencia laboral y formación académica.'],
    [
      'it',
      'professional',
      'Raccogliamo informazioni sul tuo percorso di studi e sulle esperienze lavorative.',
    ],
    ['pl', 'professional', 'Zbieramy informacje o Twoim doświadczeniu zawodowym i wykształceniu.'],
    ['da', 'payment', 'Vi indsamler oplysninger om dine kontotransaktioner.'],
    ['de', 'payment', 'Wir verarbeiten Ihre Kontobewegungen.'],
    ['es', 'payment', 'Tratamos los movimientos bancarios de su cuenta.'],
    ['pl', 'payment', 'Przetwarzamy dane karty płatniczej.'],
    ['en', 'payment', 'Our payment provider stores card data in the United States.'],
    [
      'nb',
      'government-id',
      'Gaver som gir skattefradrag, rapporteres til Skatteetaten sammen med fødselsnummeret ditt.',
    ],
    ['da', 'government-id', 'Gaver indberettes til Skattestyrelsen sammen med dit CPR-nummer.'],
    ['sv', 'government-id', 'Gåvor rapporteras till Skatteverket tillsammans med ditt personnummer.'],
    ['en', 'government-id', 'Donations are reported to HMRC together with your national insurance number.'],
  ])('%s %s: %s', (lang, type, text) => {
    expect(typesBoth(text, lang)[1]).toContain(type);
  });
});

describe('types the probe read where none is', () => {
  test.each<[Lang, DataType, string]>([
    [
      'es',
      'professional',
      'Para la entrega a domicilio, facilitamos su nombre, dirección y teléfono a la empresa de mensajería.',
    ],
    ['en', 'professional', 'We give your name and address to the delivery company.'],
    ['fr', 'professional', 'Nous transmettons votre nom et votre adresse à la société de livraison.'],
    ['it', 'professional', "Comunichiamo il tuo nome e indirizzo all'azienda di trasporto."],
    ['pt', 'professional', 'Facultamos o seu nome e morada à empresa de entregas.'],
    [
      'de',
      'email',
      'Eine einmal erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen, zum Beispiel per E-Mail an uns.',
    ],
    ['de', 'email', 'Sie können uns zum Beispiel per E-Mail kontaktieren.'],
    [
      'sv',
      'email',
      'Du kan när som helst återkalla ditt samtycke, till exempel genom att skicka ett mejl till oss.',
    ],
  ])('%s no %s: %s', (lang, type, text) => {
    expect(typesBoth(text, lang)[1]).not.toContain(type);
  });

  test.each<[Lang, DataType, string]>([
    ['es', 'professional', 'Recogemos el nombre de la empresa en la que trabaja.'],
    ['de', 'email', 'Wenn Sie uns eine E-Mail senden, speichern wir Ihre E-Mail-Adresse.'],
    ['en', 'email', 'We collect your name and e-mail address, for example when you register.'],
  ])('still read, %s %s: %s', (lang, type, text) => {
    expect(typesSilent(text, lang)).toContain(type);
  });
});
