/**
 * Session 21 (fixs21a): messages the reader sends to or exchanges with sellers, hosts and other users, and
 * messages between buyers and sellers, read communications; listings, ads, reviews and descriptions the reader
 * posts read user-content, in all eleven languages. Mail and notifications the company sends, an invitation to
 * message someone, advice not to post photos of others, photos of the goods sold and denials read neither.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('messages to other users and what the reader posts are read', () => {
  test.each<[Lang, DataType, string]>([
    [
      'en',
      'communications',
      'We store the messages you exchange with hosts and other guests through our platform.',
    ],
    [
      'en',
      'communications',
      'Messages between buyers and sellers, including any attachments, are kept on our servers.',
    ],
    ['en', 'user-content', 'We keep the listings, descriptions and photos you upload to your shop.'],
    [
      'de',
      'communications',
      'Wir speichern die Nachrichten, die Sie mit anderen Nutzern austauschen, einschließlich Anhängen.',
    ],
    [
      'de',
      'communications',
      'Nachrichten zwischen Käufern und Verkäufern werden auf unseren Servern gespeichert.',
    ],
    ['de', 'user-content', 'Wir speichern Ihre Inserate samt Beschreibung und Fotos.'],
    ['nl', 'communications', 'Wij bewaren de berichten die u met verkopers uitwisselt, inclusief bijlagen.'],
    [
      'nl',
      'communications',
      'De berichten die je aan andere gebruikers stuurt, worden op onze servers opgeslagen.',
    ],
    ['nl', 'user-content', "We slaan de advertenties en foto's op die je op het platform plaatst."],
    ['nb', 'communications', 'Vi lagrer meldinger mellom kjøper og selger, inkludert vedlegg.'],
    ['nb', 'communications', 'Vi lagrer meldingene du utveksler med utleiere.'],
    ['nb', 'user-content', 'Vi lagrer annonsene du publiserer, med beskrivelser og bilder.'],
    ['sv', 'communications', 'Vi sparar meddelanden mellan köpare och säljare, inklusive bilagor.'],
    ['sv', 'communications', 'Meddelanden som du utbyter med andra användare lagras på våra servrar.'],
    ['sv', 'user-content', 'Vi lagrar de annonser du publicerar och dina produktbeskrivningar.'],
    ['da', 'communications', 'Vi gemmer beskeder mellem dig og andre brugere, herunder vedhæftede filer.'],
    ['da', 'communications', 'Beskeder, du udveksler med udlejere, opbevares hos os.'],
    ['da', 'user-content', 'Vi gemmer de annoncer og beskrivelser, du opretter.'],
    [
      'fr',
      'communications',
      'Nous conservons les messages que vous échangez avec les vendeurs, y compris les pièces jointes.',
    ],
    ['fr', 'communications', 'Les messages entre acheteurs et vendeurs sont stockés sur nos serveurs.'],
    ['fr', 'user-content', 'Nous conservons les annonces et les descriptions que vous publiez.'],
    [
      'es',
      'communications',
      'Guardamos los mensajes que intercambias con otros usuarios, incluidos los archivos adjuntos.',
    ],
    [
      'es',
      'communications',
      'Los mensajes entre compradores y vendedores se almacenan en nuestros servidores.',
    ],
    ['es', 'user-content', 'Almacenamos los anuncios y las descripciones que publicas.'],
    [
      'it',
      'communications',
      'Conserviamo i messaggi che scambi con gli altri utenti, compresi gli allegati.',
    ],
    ['it', 'user-content', 'Memorizziamo gli annunci e le descrizioni che pubblichi.'],
    [
      'pl',
      'communications',
      'Przechowujemy wiadomości wymieniane między kupującymi a sprzedającymi, łącznie z załącznikami.',
    ],
    [
      'pl',
      'communications',
      'Wiadomości, które wysyłasz sprzedawcom, są przechowywane na naszych serwerach.',
    ],
    ['pl', 'user-content', 'Przechowujemy treść Twoich ogłoszeń oraz zdjęcia dodane do ogłoszeń.'],
    ['pt', 'communications', 'Guardamos as mensagens que troca com os anfitriões, incluindo anexos.'],
    [
      'pt',
      'communications',
      'As mensagens entre compradores e vendedores são armazenadas nos nossos servidores.',
    ],
    ['pt', 'user-content', 'Armazenamos os anúncios e as descrições que publica.'],
  ])('%s %s: %s', (lang, type, text) => {
    const [silent, sure] = typesBoth(text, lang);
    expect(silent).toContain(type);
    expect(sure).toContain(type);
  });
});

describe('sent to the reader, invitations, advice, goods and denials are not read', () => {
  test.each<[Lang, DataType, string]>([
    ['en', 'communications', 'We may send you messages and push notifications about your bookings.'],
    ['en', 'user-content', 'Please do not post photos of other people without their consent.'],
    ['en', 'communications', 'You can message the host directly from the booking page.'],
    ['en', 'user-content', 'The photos of the products we sell are for illustration only.'],
    ['de', 'communications', 'Wir senden Ihnen Nachrichten über neue Angebote.'],
    ['de', 'user-content', 'Bitte laden Sie keine Fotos anderer Personen hoch.'],
    ['de', 'communications', 'Über die App können Sie dem Verkäufer eine Nachricht schicken.'],
    ['de', 'user-content', 'Die Produktfotos in unserem Shop dienen nur der Illustration.'],
    ['nl', 'user-content', "Plaats geen foto's van andere personen zonder hun toestemming."],
    ['nl', 'communications', 'U kunt de verkoper een bericht sturen via de app.'],
    ['nb', 'communications', 'Vi sender deg meldinger om bestillingen din.'],
    ['nb', 'user-content', 'Ikke legg ut bilder av andre uten samtykke.'],
    ['nb', 'communications', 'Du kan sende selgeren en melding i appen.'],
    ['sv', 'communications', 'Vi skickar meddelanden till dig om din beställning.'],
    ['sv', 'user-content', 'Lägg inte upp bilder på andra personer utan deras samtycke.'],
    ['sv', 'communications', 'Du kan skicka ett meddelande till säljaren i appen.'],
    ['da', 'communications', 'Vi sender dig beskeder om din ordre.'],
    ['da', 'user-content', 'Læg ikke billeder af andre personer op uden deres samtykke.'],
    ['da', 'communications', 'Du kan sende sælgeren en besked i appen.'],
    ['fr', 'communications', 'Nous vous envoyons des messages concernant votre réservation.'],
    ['fr', 'user-content', "Ne publiez pas de photos d'autres personnes sans leur accord."],
    ['fr', 'communications', "Vous pouvez envoyer un message à l'hôte depuis l'application."],
    ['fr', 'user-content', 'Les photos des produits que nous vendons ne sont pas contractuelles.'],
    ['es', 'communications', 'Te enviamos mensajes sobre tu reserva.'],
    ['es', 'user-content', 'No publiques fotos de otras personas sin su consentimiento.'],
    ['es', 'communications', 'Puedes enviar un mensaje al anfitrión desde la aplicación.'],
    ['it', 'communications', 'Ti inviamo messaggi sulla tua prenotazione.'],
    ['it', 'user-content', 'Non pubblicare foto di altre persone senza il loro consenso.'],
    ['it', 'communications', "Puoi inviare un messaggio all'host dall'app."],
    ['pl', 'communications', 'Wysyłamy Ci wiadomości o Twoim zamówieniu.'],
    ['pl', 'user-content', 'Nie publikuj zdjęć innych osób bez ich zgody.'],
    ['pl', 'communications', 'Możesz wysłać wiadomość do sprzedawcy w aplikacji.'],
    ['pt', 'communications', 'Enviamos-lhe mensagens sobre a sua reserva.'],
    ['pt', 'user-content', 'Não publique fotos de outras pessoas sem o consentimento delas.'],
    ['pt', 'communications', 'Pode enviar uma mensagem ao anfitrião a partir da aplicação.'],
    ['en', 'communications', 'We do not store messages between buyers and sellers.'],
    ['de', 'communications', 'Nachrichten zwischen Käufern und Verkäufern speichern wir nicht.'],
    ['fr', 'user-content', 'Nous ne conservons pas les annonces que vous publiez après leur suppression.'],
    ['es', 'communications', 'No guardamos los mensajes entre compradores y vendedores.'],
    ['pl', 'user-content', 'Nie przechowujemy treści Twoich ogłoszeń po ich usunięciu.'],
  ])('%s %s: %s', (lang, type, text) => {
    const [silent, sure] = typesBoth(text, lang);
    expect(silent).not.toContain(type);
    expect(sure).not.toContain(type);
  });
});
