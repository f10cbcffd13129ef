/**
 * The security, transfers and changes flags read from what a sentence means (session 12's unseen probe).
 * Each sentence is read twice: with the model silent (strong terms only) and with it sure of the topic's
 * label (weak terms count too, as in card mode where the model files such a sentence under the topic).
 */
import { describe, expect, test } from 'vitest';
import type { FlagTopic } from '../../../src/core/extract/flags';
import type { Lang, SegmentLabel } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

const LABEL: Readonly<Record<FlagTopic, SegmentLabel>> = {
  security: 'security',
  international: 'audiences',
  changes: 'changes',
};
const flag = (text: string, lang: Lang, topic: FlagTopic) => flagBoth(text, lang, topic, LABEL[topic]);

describe('physical safety is not data security', () => {
  test.each<[Lang, string]>([
    ['en', 'For your own safety, always wear a helmet during training.'],
    ['de', 'Tragen Sie zu Ihrer eigenen Sicherheit beim Training immer einen Helm.'],
    ['nl', 'Draag voor je eigen veiligheid tijdens de training altijd een helm.'],
    ['nb', 'Bruk alltid hjelm på trening for din egen sikkerhet.'],
    ['sv', 'Använd alltid hjälm på träningen för din egen säkerhets skull.'],
    ['da', 'Brug altid hjelm under træningen af hensyn til din egen sikkerhed.'],
    ['fr', "Pour votre sécurité, portez toujours un casque pendant l'entraînement."],
    ['es', 'Por tu propia seguridad, utiliza siempre casco durante los entrenamientos.'],
    ['it', 'Per la tua sicurezza, indossa sempre il casco durante gli allenamenti.'],
    ['pl', 'Dla własnego bezpieczeństwa zawsze zakładaj kask podczas treningu.'],
    ['pt', 'Para sua segurança, use sempre capacete durante os treinos.'],
  ])('%s: %s', (lang, text) => {
    expect(flag(text, lang, 'security')).toEqual([false, false]);
  });

  test.each<[Lang, string, boolean]>([
    // A security measure beside the phrase still reads; "watching over your security" is one.
    ['en', 'For your safety, we protect your account with two-factor authentication.', true],
    ['de', 'Zu Ihrer Sicherheit werden alle Daten verschlüsselt übertragen.', true],
    [
      'es',
      'Este sitio web se hace responsable de velar por su seguridad y por la privacidad de su información.',
      false,
    ],
  ])('still security, %s: %s', (lang, text, silent) => {
    expect(flag(text, lang, 'security')).toEqual([silent, true]);
  });
});

describe('prices and opening hours that change are no policy change', () => {
  test.each<[Lang, string]>([
    ['en', 'Prices and opening hours may change without notice.'],
    ['de', 'Preise und Öffnungszeiten können sich ohne Vorankündigung ändern.'],
    ['nl', 'Prijzen en openingstijden kunnen zonder aankondiging wijzigen.'],
    ['nb', 'Priser og åpningstider kan endres uten varsel.'],
    ['sv', 'Priser och öppettider kan ändras utan föregående meddelande.'],
    ['da', 'Priser og åbningstider kan ændres uden varsel.'],
    ['fr', "Les prix et les horaires d'ouverture peuvent changer sans préavis."],
    ['es', 'Los precios y los horarios de apertura pueden cambiar sin previo aviso.'],
    ['it', 'Prezzi e orari di apertura possono cambiare senza preavviso.'],
    ['pl', 'Ceny i godziny otwarcia mogą ulec zmianie bez uprzedzenia.'],
    ['pt', 'Os preços e horários de funcionamento podem mudar sem aviso prévio.'],
  ])('%s: %s', (lang, text) => {
    expect(flag(text, lang, 'changes')).toEqual([false, false]);
  });

  test.each<[Lang, string]>([
    ['en', 'We may change this privacy policy from time to time.'],
    ['es', 'Podemos modificar esta política de privacidad en cualquier momento.'],
    ['de', 'Wir können diese Datenschutzerklärung jederzeit ändern.'],
  ])('still changes, %s: %s', (lang, text) => {
    expect(flag(text, lang, 'changes')).toEqual([true, true]);
  });
});

describe('an adequacy decision: transfers, and no security measure', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'The European Commission has issued an adequacy decision for the United Kingdom, so transfers there need no further safeguards.',
    ],
    [
      'sv',
      'EU-kommissionen har fattat ett beslut om adekvat skyddsnivå för Storbritannien, så överföringar dit kräver inga ytterligare skyddsåtgärder.',
    ],
    [
      'pl',
      'Komisja Europejska wydała decyzję stwierdzającą odpowiedni stopień ochrony dla Zjednoczonego Królestwa, dlatego przekazywanie danych do tego państwa nie wymaga dodatkowych zabezpieczeń.',
    ],
    [
      'da',
      'EU-Kommissionen har vedtaget en afgørelse om tilstrækkeligt beskyttelsesniveau for Storbritannien, så overførsler dertil kræver ingen yderligere garantier.',
    ],
    [
      'nb',
      'EU-kommisjonen har fattet en beslutning om tilstrekkelig beskyttelsesnivå for Storbritannia, så overføringer dit krever ingen ytterligere garantier.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(flag(text, lang, 'international')).toEqual([true, true]);
    expect(flag(text, lang, 'security')).toEqual([false, false]);
  });

  test('the Norwegian name of standard contractual clauses is a transfer', () => {
    const text =
      'Skyleverandøren vår kan behandle data i USA på grunnlag av standard personvernbestemmelser.';
    expect(flag(text, 'nb', 'international')).toEqual([true, true]);
  });

  test('safeguards that are taken still are security', () => {
    expect(flag('We use appropriate safeguards to protect your data.', 'en', 'security')).toEqual([
      true,
      true,
    ]);
  });
});

describe('hashed passwords and pseudonymisation are security measures', () => {
  test.each<[Lang, string]>([
    ['en', 'Passwords are stored only as salted hashes.'],
    ['de', 'Passwörter werden ausschließlich als gesalzene Hashwerte gespeichert.'],
    ['nl', 'Wachtwoorden worden uitsluitend gehasht en gezouten opgeslagen.'],
    ['nb', 'Passord lagres bare som saltede hashverdier.'],
    ['sv', 'Lösenord lagras endast som saltade hashvärden.'],
    ['da', 'Adgangskoder gemmes udelukkende som saltede hashværdier.'],
    ['fr', 'Les mots de passe sont uniquement stockés sous forme de hachages salés.'],
    ['es', 'Las contraseñas se almacenan únicamente como hashes con sal.'],
    ['it', 'Le password vengono memorizzate esclusivamente come hash con salt.'],
    ['pl', 'Hasła przechowujemy wyłącznie w postaci solonych skrótów.'],
    ['pt', 'As palavras-passe são guardadas apenas sob a forma de hashes com salt.'],
    ['nl', 'Voordat we uw gegevens analyseren, worden ze gepseudonimiseerd.'],
    ['es', 'Seudonimizamos sus datos antes de utilizarlos con fines de análisis.'],
    ['it', 'Pseudonimizziamo i suoi dati prima di utilizzarli a fini di analisi.'],
    ['pl', 'Przed wykorzystaniem do analiz Twoje dane są pseudonimizowane.'],
    ['pt', 'Pseudonimizamos os seus dados antes de os utilizarmos para fins de análise.'],
  ])('%s: %s', (lang, text) => {
    expect(flag(text, lang, 'security')).toEqual([true, true]);
  });

  test.each<[Lang, string]>([
    // Hashed e-mail addresses matched by advertisers protect nothing; a hashtag or a shortcut is no hash.
    ['en', 'We share hashed email addresses with advertising partners to show you relevant ads.'],
    ['de', 'Wir übermitteln gehashte E-Mail-Adressen an Werbepartner.'],
    ['en', 'Use the hashtag #cycling to share your photos.'],
    ['pl', 'Skróty klawiszowe ułatwiają korzystanie z aplikacji.'],
  ])('no security, %s: %s', (lang, text) => {
    expect(flag(text, lang, 'security')).toEqual([false, false]);
  });
});

test('the Polish genitive plural "zapór sieciowych" (firewalls) is a security measure with the model silent', () => {
  const text =
    'Chronimy Twoje dane za pomocą zapór sieciowych, kontroli dostępu i regularnych audytów bezpieczeństwa.';
  expect(flag(text, 'pl', 'security')).toEqual([true, true]);
});
