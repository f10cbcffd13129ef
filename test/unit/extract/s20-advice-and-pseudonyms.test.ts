/**
 * False readings probe19 showed (session 20, fixs20b), eleven languages. Advice to the reader about their own
 * password ("Deel je wachtwoord met niemand", "Never share your password", "Håll ditt lösenord hemligt") names no
 * data the operator collects; storing the password does. Pseudonymised data passed on to partners ("geben wir
 * pseudonymisierte Nutzungsdaten an Werbepartner weiter") is no security statement; pseudonymising data as a
 * safeguard ("Wir pseudonymisieren Ihre Daten, bevor wir sie auswerten") stays one. Sentences invented for the test.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { flagBoth, typesSure } from './helpers';

describe('advice to the reader about their password reads no credentials', () => {
  test.each<[Lang, string, DataType[]]>([
    ['en', 'Never share your password with anyone and always log out on a shared computer.', []],
    ['en', 'Keep your password secret and do not give it to anyone.', []],
    ['en', 'We store your password only in encrypted form.', ['credentials']],
    ['de', 'Geben Sie Ihr Passwort niemals an andere weiter.', []],
    ['de', 'Teilen Sie Ihr Passwort mit niemandem und melden Sie sich auf fremden Geräten ab.', []],
    ['de', 'Wir speichern Ihr Passwort nur verschlüsselt.', ['credentials']],
    ['nl', 'Deel uw wachtwoord nooit met anderen.', []],
    ['nl', 'Houd je wachtwoord geheim en geef het aan niemand door.', []],
    ['nl', 'Wij slaan uw wachtwoord alleen versleuteld op.', ['credentials']],
    ['nb', 'Del aldri passordet ditt med andre.', []],
    ['nb', 'Hold passordet ditt hemmelig og gi det ikke til noen.', []],
    ['nb', 'Vi lagrer passordet ditt kun i kryptert form.', ['credentials']],
    ['sv', 'Dela aldrig ditt lösenord med någon.', []],
    ['sv', 'Håll ditt lösenord hemligt och lämna inte ut det till någon.', []],
    ['sv', 'Vi lagrar ditt lösenord endast i krypterad form.', ['credentials']],
    ['da', 'Del aldrig din adgangskode med andre.', []],
    ['da', 'Hold din adgangskode hemmelig, og giv den ikke videre til nogen.', []],
    ['da', 'Vi gemmer din adgangskode kun i krypteret form.', ['credentials']],
    ['fr', 'Ne communiquez jamais votre mot de passe à qui que ce soit.', []],
    ['fr', 'Gardez votre mot de passe secret et ne le partagez avec personne.', []],
    ['fr', 'Nous conservons votre mot de passe uniquement sous forme chiffrée.', ['credentials']],
    ['es', 'No comparta nunca su contraseña con nadie.', []],
    ['es', 'Mantenga su contraseña en secreto y no se la facilite a terceros.', []],
    ['es', 'Almacenamos su contraseña únicamente de forma cifrada.', ['credentials']],
    ['it', 'Non condividere mai la tua password con nessuno.', []],
    ['it', 'Mantieni segreta la tua password e non comunicarla a terzi.', []],
    ['it', 'Conserviamo la tua password solo in forma cifrata.', ['credentials']],
    ['pl', 'Nigdy nie udostępniaj nikomu swojego hasła.', []],
    ['pl', 'Zachowaj hasło w tajemnicy i nie przekazuj go osobom trzecim.', []],
    ['pl', 'Przechowujemy Twoje hasło wyłącznie w formie zaszyfrowanej.', ['credentials']],
    ['pt', 'Nunca partilhe a sua palavra-passe com ninguém.', []],
    ['pt', 'Mantenha a sua palavra-passe em segredo e não a comunique a terceiros.', []],
    ['pt', 'Guardamos a sua palavra-passe apenas de forma encriptada.', ['credentials']],
    ['nl', 'Deel je pincode met niemand en log uit na gebruik.', []],
    ['es', 'Le pedimos que nos facilite su contraseña para configurar el acceso.', ['credentials']],
    ['en', 'When you register we ask you to choose a password.', ['credentials']],
    ['it', 'Mantieni segreta la tua password e non comunicarla a nessuno.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect([...typesSure(text, lang)].sort()).toEqual([...expected].sort());
  });
});

describe('pseudonymised data passed on is no security statement; pseudonymising as a safeguard is', () => {
  test.each<[Lang, string, boolean]>([
    ['en', 'With your consent we pass pseudonymised usage data to our advertising partners.', false],
    ['en', 'We pseudonymise your data before we analyse it.', true],
    ['en', 'We share pseudonymized data with advertising partners.', false],
    [
      'de',
      'Mit Ihrer Einwilligung übermitteln wir pseudonymisierte Nutzungsdaten an unsere Werbepartner.',
      false,
    ],
    ['de', 'Wir pseudonymisieren Ihre Daten, bevor wir sie auswerten.', true],
    ['de', 'Pseudonymisierte Nutzungsprofile werden an Werbepartner weitergegeben.', false],
    [
      'nl',
      'Met uw toestemming delen wij gepseudonimiseerde gebruiksgegevens met onze advertentiepartners.',
      false,
    ],
    ['nl', 'Wij pseudonimiseren uw gegevens voordat wij ze analyseren.', true],
    ['nb', 'Med ditt samtykke deler vi pseudonymiserte bruksdata med våre annonsepartnere.', false],
    ['nb', 'Vi pseudonymiserer opplysningene dine før vi analyserer dem.', true],
    ['sv', 'Med ditt samtycke delar vi pseudonymiserade användningsdata med våra annonspartner.', false],
    ['sv', 'Vi pseudonymiserar dina uppgifter innan vi analyserar dem.', true],
    ['da', 'Med dit samtykke deler vi pseudonymiserede brugsdata med vores annoncepartnere.', false],
    ['da', 'Vi pseudonymiserer dine oplysninger, før vi analyserer dem.', true],
    [
      'fr',
      "Avec votre consentement, nous transmettons des données d'utilisation pseudonymisées à nos partenaires publicitaires.",
      false,
    ],
    ['fr', 'Nous pseudonymisons vos données avant de les analyser.', true],
    [
      'es',
      'Con su consentimiento, cedemos datos de uso seudonimizados a nuestros socios publicitarios.',
      false,
    ],
    ['es', 'Seudonimizamos sus datos antes de analizarlos.', true],
    [
      'it',
      'Con il tuo consenso trasmettiamo dati di utilizzo pseudonimizzati ai nostri partner pubblicitari.',
      false,
    ],
    ['it', 'Pseudonimizziamo i tuoi dati prima di analizzarli.', true],
    [
      'pl',
      'Za Twoją zgodą przekazujemy spseudonimizowane dane o korzystaniu z serwisu naszym partnerom reklamowym.',
      false,
    ],
    ['pl', 'Pseudonimizujemy Twoje dane przed ich analizą.', true],
    [
      'pt',
      'Com o seu consentimento, partilhamos dados de utilização pseudonimizados com os nossos parceiros publicitários.',
      false,
    ],
    ['pt', 'Pseudonimizamos os seus dados antes de os analisarmos.', true],
    ['en', 'Only anonymised or pseudonymised user data is transmitted to our analytics provider.', true],
    ['de', 'An Werbepartner übermitteln wir ausschließlich pseudonymisierte Nutzungsdaten.', true],
    ['fr', 'Nous ne transmettons à nos partenaires que des données pseudonymisées.', true],
  ])('%s: %s', (lang, text, security) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([security, security]);
  });
});
