/**
 * A collection denied after the data it names: "Your name is never collected", "Votre adresse e-mail n'est pas
 * conservée", "Ihre IP-Adresse wird nicht gespeichert", "Personnummer samlas inte in" name no data collected.
 * The negation before the mention was read already ("We do not collect names"); this is the subject first, the
 * denied verb after it. The object of an affirmed verb before it stays ("We store your e-mail address and do not
 * use it for ads"), and so does a mention in another statement than the denied verb. A negation that limits the
 * collection ("nicht länger als 7 Tage gespeichert", "n'est pas conservée plus de 7 jours", "not stored without
 * your consent") denies nothing: the data is processed within the limit. Only a gathering or keeping verb with
 * its negation right at it denies: a second verb denied after "and" ("stored and not passed on"), a use verb
 * denied for a purpose ("not used for advertising"), a manner, extent or condition ("not stored in plain text",
 * "not stored in full", "not collected unless you register") and a contrast ("not stored by us but by our
 * host") keep the data (review10b findings 1, 2, 3, 5).
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('a collection verb denied after the mention', () => {
  test.each<[Lang, string]>([
    ['en', 'Your name is never collected.'],
    ['en', 'Your IP address is not stored.'],
    ['de', 'Ihre IP-Adresse wird nicht gespeichert.'],
    ['nl', 'Uw IP-adres wordt niet opgeslagen.'],
    ['nb', 'IP-adressen din blir ikke lagret.'],
    ['sv', 'Personnummer samlas inte in.'],
    ['da', 'Din IP-adresse bliver ikke gemt.'],
    ['fr', 'Votre nom, vos contacts et votre photo de profil ne sont jamais collectés.'],
    [
      'fr',
      "Votre adresse e-mail n'est pas conservée : elle transite uniquement le temps de vérifier la connexion.",
    ],
    ['es', 'Su dirección IP no se almacena.'],
    ['it', 'Il tuo indirizzo IP non viene memorizzato.'],
    ['pl', 'Twój adres IP nie jest przechowywany.'],
    ['pt', 'O seu endereço IP não é armazenado.'],
  ])('%s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual([]);
  });

  test.each<[Lang, string, DataType[]]>([
    ['en', 'We collect your email address but do not use it for ads.', ['email']],
    ['de', 'Wir speichern Ihre E-Mail-Adresse und verarbeiten sie nicht für Werbung.', ['email']],
    ['fr', 'Nous conservons votre adresse e-mail et ne la vendons pas.', ['email']],
    ['es', 'Recogemos su correo electrónico. Su dirección IP no se almacena.', ['email']],
    ['en', 'Your email address is stored; your IP address is not stored.', ['email']],
    ['pt', 'Armazenamos o seu e-mail, mas o seu endereço IP não é armazenado.', ['email']],
  ])('what is affirmed stays: %s: %s', (lang, text, expected) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual(expected);
  });

  test.each<[Lang, string]>([
    ['de', 'Die IP-Adresse wird nicht länger als 7 Tage gespeichert.'],
    ['de', 'IP-Adressen werden nach 7 Tagen nicht mehr gespeichert.'],
    ['de', 'Ihre IP-Adresse wird nicht dauerhaft gespeichert.'],
    ['en', 'Your IP address is not stored for longer than 7 days.'],
    ['en', 'Your IP address is not stored without your consent.'],
    ['fr', "Votre adresse IP n'est pas conservée plus de 7 jours."],
    ['es', 'Su dirección IP no se almacena más de 7 días.'],
    ['it', "L'indirizzo IP non viene memorizzato per più di 7 giorni."],
    ['nl', 'Uw IP-adres wordt niet langer dan 7 dagen opgeslagen.'],
    ['sv', 'IP-adressen sparas inte längre än 7 dagar.'],
    ['pt', 'O seu endereço IP não é armazenado por mais de 7 dias.'],
    ['pl', 'Twój adres IP nie jest przechowywany dłużej niż 7 dni.'],
  ])('a limit is no denial: %s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual(['ip-address']);
  });

  test.each<[Lang, string]>([
    ['de', 'Ihre IP-Adresse speichern wir nicht.'],
    ['en', 'Your name is not collected, so you can browse without an account.'],
    ['de', 'Ihre IP-Adresse wird nicht gespeichert, auch nicht über unseren Hoster.'],
    ['fr', "Votre adresse IP n'est jamais conservée, même pas par notre hébergeur."],
    ['pl', 'Twój adres IP nigdy nie jest zapisywany.'],
    ['nl', 'Uw IP-adres wordt door ons niet opgeslagen.'],
    ['sv', 'Din IP-adress sparas aldrig.'],
  ])('a denial whose clause ends at the verb: %s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual([]);
  });

  test.each<[Lang, string, DataType]>([
    ['de', 'Ihre IP-Adresse wird gespeichert und nicht weitergegeben.', 'ip-address'],
    [
      'de',
      'Ihre E-Mail-Adresse wird ausschließlich für den Newsletter verwendet und nicht an Dritte weitergegeben.',
      'email',
    ],
    ['en', 'Your e-mail address is stored and never shared with third parties.', 'email'],
    ['en', 'Your e-mail address is stored and not passed on to third parties.', 'email'],
    ['en', 'Your IP address is logged and not shared with anyone.', 'ip-address'],
    ['en', 'Your IP address is anonymised and not stored.', 'ip-address'],
    ['nl', 'Uw IP-adres wordt opgeslagen en niet doorgegeven aan derden.', 'ip-address'],
    ['es', 'Su dirección IP se almacena y no se cede a terceros.', 'ip-address'],
    ['it', 'Il tuo indirizzo IP viene memorizzato e non viene condiviso con terzi.', 'ip-address'],
    ['it', 'Il tuo indirizzo email viene memorizzato e non viene mai venduto.', 'email'],
    ['pt', 'O seu endereço IP é armazenado e não é partilhado com terceiros.', 'ip-address'],
  ])('a second verb denied after "and" keeps the data: %s: %s', (lang, text, expected) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual([expected]);
  });

  test.each<[Lang, string, DataType]>([
    ['en', 'Your e-mail address will not be used for advertising.', 'email'],
    ['en', 'Your e-mail address is not used for any other purpose than sending the newsletter.', 'email'],
    ['en', 'Your e-mail address is not stored for advertising purposes.', 'email'],
    ['de', 'Ihre E-Mail-Adresse wird nicht für Werbezwecke verwendet.', 'email'],
    ['fr', "Votre adresse e-mail n'est pas utilisée à des fins publicitaires.", 'email'],
    ['es', 'Su dirección de correo electrónico no se utiliza con fines publicitarios.', 'email'],
    ['it', 'Il tuo indirizzo email non viene utilizzato per scopi pubblicitari.', 'email'],
    ['nl', 'Uw e-mailadres wordt niet gebruikt voor reclamedoeleinden.', 'email'],
    ['nb', 'E-postadressen din brukes ikke til markedsføring.', 'email'],
    ['sv', 'Din e-postadress används inte för marknadsföring.', 'email'],
    ['da', 'Din e-mailadresse bruges ikke til markedsføring.', 'email'],
    ['pl', 'Twój adres e-mail nie jest wykorzystywany do celów marketingowych.', 'email'],
    ['pt', 'O seu endereço de e-mail não é utilizado para fins publicitários.', 'email'],
  ])('a purpose denied keeps the data: %s: %s', (lang, text, expected) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual([expected]);
  });

  test.each<[Lang, string, DataType]>([
    ['en', 'Your password is never stored in plain text.', 'credentials'],
    ['de', 'Ihr Passwort wird nicht im Klartext gespeichert.', 'credentials'],
    ['fr', "Votre mot de passe n'est jamais stocké en clair.", 'credentials'],
    ['es', 'Su contraseña nunca se almacena en texto plano.', 'credentials'],
    ['it', 'La tua password non viene mai memorizzata in chiaro.', 'credentials'],
    ['nl', 'Uw wachtwoord wordt nooit in platte tekst opgeslagen.', 'credentials'],
    ['nb', 'Passordet ditt lagres aldri i klartekst.', 'credentials'],
    ['sv', 'Ditt lösenord lagras aldrig i klartext.', 'credentials'],
    ['da', 'Kodeord og PIN-koder lagres aldrig i klartekst.', 'credentials'],
    ['pt', 'A sua palavra-passe nunca é armazenada em texto simples.', 'credentials'],
    ['en', 'Your IP address is not stored in full; we shorten it.', 'ip-address'],
    ['de', 'Ihre IP-Adresse wird nicht vollständig gespeichert, sondern gekürzt.', 'ip-address'],
    ['fr', "Votre adresse IP n'est pas conservée de manière complète.", 'ip-address'],
    ['en', 'Your name is not collected unless you create an account.', 'name'],
    ['en', 'Your name is not collected, unless you create an account.', 'name'],
    ['fr', "Votre nom n'est pas collecté sauf si vous créez un compte.", 'name'],
    ['es', 'Su nombre no se recoge salvo que cree una cuenta.', 'name'],
    ['en', 'Your IP address is not stored by us but by our hosting provider.', 'ip-address'],
    ['de', 'Ihre IP-Adresse wird von uns nicht gespeichert, sondern nur von unserem Hoster.', 'ip-address'],
    ['sv', 'IP-adressen sparas inte av oss, utan av vår leverantör.', 'ip-address'],
    ['pl', 'Twój adres IP nie jest przechowywany, a jedynie jego skrócona wersja.', 'ip-address'],
    ['fr', "Votre adresse IP n'est conservée que 7 jours.", 'ip-address'],
    ['nb', 'IP-adressen din lagres ikke lenger enn nødvendig.', 'ip-address'],
    ['es', 'Su dirección IP no se almacena, sino que se anonimiza.', 'ip-address'],
    ['de', 'Ihre IP-Adresse speichern wir nicht nur, wir werten sie auch aus.', 'ip-address'],
  ])('a manner, extent, condition or contrast keeps the data: %s: %s', (lang, text, expected) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual([expected]);
  });

  test('a denial before the mention is no denial after it (review10b finding 3)', () => {
    for (const types of typesBoth(
      'Wir verkaufen Ihren Namen nicht, den wir bei der Registrierung erheben.',
      'de',
    ))
      expect(types).toEqual(['name']);
  });
});

describe('"not only about names but also photos" explains what personal data is, it states no practice', () => {
  test.each<[Lang, string]>([
    [
      'sv',
      'Det handlar inte bara om namn och personnummer utan även om till exempel bilder och e-postadresser.',
    ],
    ['en', 'It is not only about names and ID numbers but also, for example, photos and e-mail addresses.'],
    [
      'de',
      'Es geht nicht nur um Namen und Ausweisnummern, sondern zum Beispiel auch um Fotos und E-Mail-Adressen.',
    ],
    ['fr', "Il ne s'agit pas seulement des noms, mais aussi par exemple des photos et des adresses e-mail."],
    [
      'es',
      'No se trata solo de nombres, sino también, por ejemplo, de fotos y direcciones de correo electrónico.',
    ],
    ['nb', 'Det handler ikke bare om navn og fødselsnummer, men også for eksempel bilder og e-postadresser.'],
  ])('%s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual([]);
  });

  test('a practice stated before it stays', () => {
    for (const types of typesBoth(
      'We collect your name and e-mail address; it is not only about your account.',
      'en',
    ))
      expect(types).toEqual(['name', 'email']);
  });
});
