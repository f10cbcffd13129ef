/**
 * "email" when the user writes by e-mail or is sent e-mails (test/lang-eval/README.md): mail as the channel
 * of a collection the sentence states, in a passage about collection. A contact invitation, a notice, a
 * negation or a passage about something else names no address collected.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const HEADINGS: Record<Lang, string> = {
  en: 'What data we collect',
  de: 'Welche Daten wir erheben',
  nl: 'Welke gegevens verzamelen wij?',
  nb: 'Hvilke opplysninger samler vi inn?',
  sv: 'Vilka uppgifter samlar vi in?',
  da: 'Hvilke oplysninger indsamler vi?',
  fr: 'Données collectées',
  es: 'Datos que recopilamos',
  it: 'Dati raccolti',
  pl: 'Jakie dane zbieramy',
  pt: 'Dados que coletamos',
};

const typesUnder = (text: string, lang: Lang, heading = HEADINGS[lang]): readonly DataType[] =>
  practicesOf(
    [
      { text: heading, kind: 'heading' },
      { text, heading },
    ],
    lang,
  ).collection.dataTypes;

describe('mail as the channel of what is collected gives email', () => {
  test.each<[Lang, string]>([
    ['en', "In this case, the user's personal data transmitted by e-mail will be stored."],
    ['de', 'Anfragen, die per E-Mail eingehen, werden gespeichert.'],
    ['nl', 'Vragen die u per e-mail stuurt, worden opgeslagen.'],
    ['sv', 'Frågor som skickas via e-post lagras i vår inkorg.'],
    ['da', 'Henvendelser, der sendes pr. e-mail, opbevares i vores indbakke.'],
    ['fr', 'Les demandes envoyées par courriel sont conservées.'],
    ['es', 'Cuando contactas por correo, podemos tratar los datos que facilites.'],
    ['it', 'Le richieste inviate via e-mail sono conservate.'],
    ['pl', 'Zapytania przesłane pocztą elektroniczną przechowujemy.'],
    ['pt', 'As mensagens enviadas por e-mail são armazenadas.'],
  ])('%s: %s', (lang, text) => {
    expect(typesUnder(text, lang)).toContain('email');
  });
});

describe('no email from a channel that collects nothing', () => {
  test.each<[Lang, string, string?]>([
    [
      'de',
      'Fragen zu Ihren Rechten beantworten wir gern, schreiben Sie uns per E-Mail und wir verarbeiten sie.',
    ],
    ['en', 'We will notify you by e-mail of any changes we make to this policy.'],
    ['en', 'We do not store anything sent by e-mail.'],
    ['en', 'Requests sent by e-mail are stored.', 'Changes to this policy'],
    ['da', 'Ændrer vi denne politik væsentligt, giver vi besked pr. e-mail.', 'Ændringer'],
    ['pl', 'Dane są przetwarzane w celu świadczenia usług drogą elektroniczną.'],
    // The collection itself denied after the channel: "sent by e-mail ... not stored".
    ['en', 'Requests sent by e-mail are not stored.'],
    ['de', 'Anfragen per E-Mail werden nicht gespeichert.'],
    ['de', 'Anfragen per E-Mail speichern wir nicht.'],
    ['fr', 'Les demandes envoyées par courriel ne sont pas conservées.'],
    ['it', 'Le richieste inviate via e-mail non vengono conservate.'],
    ['pt', 'As mensagens enviadas por e-mail não são armazenadas.'],
  ])('%s: %s', (lang, text, heading) => {
    expect(typesUnder(text, lang, heading)).not.toContain('email');
  });
});
