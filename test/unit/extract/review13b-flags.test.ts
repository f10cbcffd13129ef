/**
 * Regressions review13b found in the flag denials and masks of session 13's round-2 merges, narrowed.
 *
 * Transfers: a denial of another act (sharing with advertisers, storing card data, processing) silenced
 * the rest of the sentence, so "We do not store payment card details, and your account data is
 * transferred to the United States" lost its transfer. A denial now silences its own clause only: it ends
 * at a new statement joined to it (", and ...", "and our servers ...", ": our processor ...", ", que se
 * transfieren ...", ", które są ..."). The exception words have their twins ("with the exception of",
 * "mit Ausnahme", "lediglich", "à l'exception", "sino", "se non", "a não ser", "o ile", "uitgezonderd",
 * "undantaget"), and "only" after a denial is a proviso in all eleven languages ("…, only to processors
 * covered by standard contractual clauses").
 *
 * Security: the purpose masks ("… processed and encrypted to ensure the security of our systems") and the
 * legitimate-interest masks blanked their whole span, so the encryption word inside it no longer counted.
 * They now blank only the purpose phrase or the security word (a lookbehind holds the verb).
 *
 * "Protect against misuse": the protected thing must be data, accounts or systems ("Wir schützen unsere
 * Marke gegen Missbrauch", "We protect our brand against misuse" say nothing about data security).
 */
import { describe, expect, test } from 'vitest';
import type { FlagTopic } from '../../../src/core/extract/flags';
import { extractPractices } from '../../../src/core/extract/index';
import type { Lang } from '../../../src/core/vocabulary';
import { segments, silentScores, sureScores } from './helpers';

/** Whether one paragraph under a heading sets the flag: on lexical cues alone, and with the model sure of it. */
function flagUnder(text: string, lang: Lang, flag: FlagTopic, heading = ''): [boolean, boolean] {
  const segs = segments([{ text, heading }]);
  return [
    extractPractices(segs, silentScores(1), lang)[flag].found,
    extractPractices(segs, sureScores(1, flag === 'international' ? 'audiences' : flag), lang)[flag].found,
  ];
}

describe('a denial of another act keeps the transfer stated after it in the same sentence', () => {
  test.each<[Lang, string, string]>([
    [
      'en',
      '',
      'We do not store payment card details, and your account data is transferred to the United States under standard contractual clauses.',
    ],
    ['en', '', 'We never share your data for advertising and our servers are located in the United States.'],
    ['en', '', 'Data that is not shared with partners is stored on servers in the United States.'],
    [
      'en',
      '',
      "We don't process card numbers ourselves, and Stripe transfers payment data to the United States.",
    ],
    [
      'en',
      'International transfers',
      'We do not process your data ourselves: our processor, based in the United States, hosts it under standard contractual clauses.',
    ],
    [
      'de',
      '',
      'Daten, die nicht gespeichert werden müssen, löschen wir, alle übrigen Daten werden in Drittländer übermittelt.',
    ],
    [
      'de',
      '',
      'Wir übermitteln Ihre Daten nicht an Werbepartner, und die Daten werden auf Servern in den USA gespeichert.',
    ],
    [
      'nl',
      '',
      'Wij delen uw gegevens niet met adverteerders, en doorgifte naar landen buiten de EER gebeurt op basis van modelcontractbepalingen.',
    ],
    [
      'fr',
      '',
      'Nous ne partageons pas vos données avec des annonceurs, et vos données sont transférées vers des pays tiers sur la base des clauses contractuelles types.',
    ],
    [
      'fr',
      'Transferts',
      'Nous ne stockons pas vos données bancaires, elles sont transférées à Stripe aux États-Unis.',
    ],
    [
      'es',
      '',
      'No compartimos sus datos con anunciantes, y se realizan transferencias internacionales a Estados Unidos con cláusulas contractuales tipo.',
    ],
    ['es', '', 'No almacenamos datos bancarios, que se transfieren a Stripe en Estados Unidos.'],
    [
      'it',
      '',
      'I dati non sono condivisi con terzi e sono trasferiti in paesi terzi sulla base di clausole contrattuali standard.',
    ],
    [
      'pt',
      '',
      'Não partilhamos os seus dados com anunciantes e os dados são transferidos para países terceiros com cláusulas contratuais-tipo.',
    ],
    ['pt', '', 'Não armazenamos dados de cartão, que são transferidos para a Stripe nos Estados Unidos.'],
    [
      'pl',
      '',
      'Nie udostępniamy danych reklamodawcom, a dane są przekazywane do państw trzecich na podstawie standardowych klauzul umownych.',
    ],
    ['pl', '', 'Nie przechowujemy danych kart, które są przekazywane do Stripe w Stanach Zjednoczonych.'],
    [
      'sv',
      '',
      'Vi delar inte dina uppgifter med annonsörer och överför uppgifter till tredjeland med standardavtalsklausuler.',
    ],
    [
      'da',
      '',
      'Vi deler ikke dine oplysninger med annoncører, og vi overfører oplysninger til tredjelande med standardkontraktbestemmelser.',
    ],
    [
      'nb',
      '',
      'Vi deler ikke dine opplysninger med annonsører, og vi overfører opplysninger til tredjeland med standardkontrakter.',
    ],
  ])('%s, under "%s": %s', (lang, heading, text) => {
    expect(flagUnder(text, lang, 'international', heading)[1]).toBe(true);
  });
});

describe('an exception or "only" after a denial makes it a condition', () => {
  test.each<[Lang, string]>([
    ['en', 'We do not transfer your data outside the EEA, with the exception of our US hosting provider.'],
    ['en', 'We do not transfer your data outside the EEA, save where standard contractual clauses apply.'],
    [
      'en',
      'We do not transfer your personal data outside the EEA, only to processors covered by standard contractual clauses.',
    ],
    [
      'de',
      'Wir übermitteln keine Daten in Drittländer, mit Ausnahme der USA auf Grundlage der Standardvertragsklauseln.',
    ],
    [
      'de',
      'Eine Übermittlung in Drittländer findet nicht statt, lediglich unser Hosting-Anbieter in den USA erhält Daten auf Grundlage der Standardvertragsklauseln.',
    ],
    [
      'de',
      'Wir übermitteln Daten nicht in Drittländer, nur in die USA auf Grundlage von Standardvertragsklauseln.',
    ],
    [
      'fr',
      "Nous ne transférons pas vos données hors de l'UE, à l'exception de notre hébergeur aux États-Unis.",
    ],
    ['es', 'No transferimos datos a terceros países, con excepción de nuestro proveedor en Estados Unidos.'],
    [
      'es',
      'No transferimos sus datos a terceros países sino con las garantías de las cláusulas contractuales tipo.',
    ],
    ['it', "Non trasferiamo i dati fuori dall'UE se non sulla base delle clausole contrattuali standard."],
    ['it', "Non trasferiamo i dati fuori dall'UE, ad eccezione del nostro fornitore negli Stati Uniti."],
    [
      'pt',
      'Não transferimos os seus dados para países terceiros a não ser com base em cláusulas contratuais-tipo.',
    ],
    [
      'pt',
      'Não transferimos os seus dados para países terceiros, com exceção do nosso fornecedor nos Estados Unidos.',
    ],
    [
      'pl',
      'Nie przekazujemy danych do państw trzecich, o ile nie zapewniono standardowych klauzul umownych.',
    ],
    ['pl', 'Nie przekazujemy danych do państw trzecich, poza naszym dostawcą w Stanach Zjednoczonych.'],
    [
      'nl',
      'Wij geven geen gegevens door aan landen buiten de EER, uitgezonderd onze hostingpartij in de Verenigde Staten.',
    ],
    [
      'nl',
      'Wij geven uw gegevens niet door buiten de EER, alleen aan verwerkers met modelcontractbepalingen.',
    ],
    ['sv', 'Vi överför inte uppgifter till tredjeland, undantaget vår leverantör i USA.'],
    ['sv', 'Vi överför inte uppgifter till tredjeland, endast till biträden med standardavtalsklausuler.'],
    [
      'da',
      'Vi overfører ikke oplysninger til tredjelande, kun til databehandlere med standardkontraktbestemmelser.',
    ],
    [
      'nb',
      'Vi overfører ikke opplysninger til tredjeland, kun til databehandlere med standard personvernbestemmelser.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(flagUnder(text, lang, 'international')[1]).toBe(true);
  });
});

describe('a denial of the transfer itself still silences it', () => {
  test.each<[Lang, string]>([
    ['en', 'We do not transfer your personal data outside the EEA.'],
    ['en', 'We do not transfer your data to countries outside the EU, such as the United States.'],
    ['en', 'We do not transfer or store your data in the United States.'],
    ['de', 'Wir übermitteln keine Daten in Drittländer, insbesondere nicht in die USA.'],
    ['nl', 'Wij geven uw gegevens niet door aan landen buiten de EER.'],
    ['fr', "Nous ne transférons pas vos données hors de l'Union européenne."],
    ['es', 'No transferimos sus datos a terceros países.'],
    ['it', "Non trasferiamo i dati fuori dall'UE."],
    ['pt', 'Não transferimos os seus dados para países terceiros.'],
    ['pl', 'Nie przekazujemy danych do państw trzecich.'],
    ['sv', 'Vi överför inte uppgifter till tredjeland.'],
    ['da', 'Vi overfører ikke oplysninger til tredjelande.'],
    ['nb', 'Vi overfører ikke opplysninger til tredjeland.'],
  ])('%s: %s', (lang, text) => {
    expect(flagUnder(text, lang, 'international')[0]).toBe(false);
  });
});

describe('the security purpose mask leaves the encryption word before it', () => {
  test.each<[Lang, string, string]>([
    ['en', '', 'Data is processed and encrypted to ensure the security of our systems.'],
    ['en', '', 'Data is stored encrypted to ensure the security of our systems.'],
    ['en', '', 'Legitimate interests: we use encryption and firewalls for the security of your data.'],
    [
      'de',
      '',
      'Die Daten werden verarbeitet und verschlüsselt zur Gewährleistung der Sicherheit unserer Systeme.',
    ],
    ['de', '', 'Berechtigtes Interesse: Verschlüsselung und Sicherheit unserer Systeme.'],
    [
      'nl',
      '',
      'De gegevens worden opgeslagen en versleuteld om de beveiliging van onze systemen te garanderen.',
    ],
    ['fr', '', 'Vos données sont traitées et chiffrées afin de garantir la sécurité de nos systèmes.'],
    ['fr', '', 'Intérêt légitime : chiffrement des données et sécurité.'],
    ['es', '', 'Utilizamos cifrado para garantizar la seguridad de nuestros sistemas y de sus datos.'],
    ['it', '', 'I dati sono trattati e cifrati per garantire la sicurezza dei nostri sistemi.'],
    ['pt', '', 'Os dados são tratados e encriptados para garantir a segurança dos nossos sistemas.'],
    ['sv', '', 'Uppgifterna lagras krypterat för att säkerställa säkerheten i våra system.'],
    ['da', '', 'Oplysningerne lagres krypteret for at sikre sikkerheden i vores systemer.'],
    ['nb', '', 'Opplysningene lagres kryptert for å sikre sikkerheten i våre systemer.'],
    [
      'pl',
      '',
      'Dane są przechowywane w postaci zaszyfrowanej w celu zapewnienia bezpieczeństwa naszych systemów.',
    ],
  ])('%s, under "%s": %s', (lang, heading, text) => {
    expect(flagUnder(text, lang, 'security', heading)[0]).toBe(true);
  });

  test.each<[Lang, string]>([
    ['en', 'Log files are processed to ensure the security of our systems.'],
    [
      'de',
      'Die Logdateien werden zur Gewährleistung der Sicherheit unserer Systeme gespeichert und ausgewertet.',
    ],
    ['fr', 'Les journaux sont conservés afin de garantir la sécurité de nos systèmes.'],
    ['es', 'Los registros se conservan para garantizar la seguridad de nuestros sistemas.'],
  ])('the purpose alone is still no safeguard, %s: %s', (lang, text) => {
    expect(flagUnder(text, lang, 'security')[0]).toBe(false);
  });
});

describe('protecting something other than data against misuse is no safeguard', () => {
  test.each<[Lang, string]>([
    ['de', 'Wir schützen unsere Marke gegen Missbrauch.'],
    ['en', 'We protect our brand against misuse by third parties.'],
    ['nl', 'Wij beschermen ons merk tegen misbruik.'],
    ['fr', 'Nous protégeons notre marque contre toute utilisation abusive.'],
    ['es', 'Protegemos nuestra marca contra el uso indebido.'],
    ['pt', 'Protegemos a nossa marca contra o uso indevido.'],
    ['da', 'Vi beskytter vores varemærke mod misbrug.'],
    ['nb', 'Vi beskytter varemerket vårt mot misbruk.'],
    ['de', 'Unsere Reiseversicherung schützt Sie vor Verlust und Diebstahl Ihres Gepäcks.'],
  ])('%s: %s', (lang, text) => {
    expect(flagUnder(text, lang, 'security')[0]).toBe(false);
  });

  test.each<[Lang, string]>([
    ['de', 'Wir schützen Ihre Daten gegen Verlust und unbefugten Zugriff.'],
    ['de', 'Ihre Daten schützen wir vor Missbrauch.'],
    ['en', 'We protect your personal data against loss and misuse.'],
    ['en', 'Your data is protected against unauthorised access.'],
    ['nl', 'Wij beschermen uw gegevens tegen verlies en misbruik.'],
    ['fr', 'Vos données sont protégées contre la perte et le vol.'],
    ['fr', 'Nous les protégeons contre tout accès non autorisé.'],
    ['es', 'Protegemos sus datos contra el acceso no autorizado.'],
    ['pt', 'Os seus dados são protegidos contra perdas e acessos não autorizados.'],
    ['da', 'Vi beskytter dine oplysninger mod tab og misbrug.'],
    ['nb', 'Vi beskytter opplysningene dine mot tap og misbruk.'],
  ])('data protected against misuse still counts, %s: %s', (lang, text) => {
    expect(flagUnder(text, lang, 'security')[0]).toBe(true);
  });
});
