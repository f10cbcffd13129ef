/**
 * Retention session 16's unseen probe misread (session 17, fix17a). A rights list is no retention in any
 * language: its erasure is the right's name, and pt "Enquanto titular dos dados" is "as data subject", fr "En
 * tant que personne concernée" "as the person concerned", no "as long as"; a never-delete beside "du kan se dem"
 * is no rights list. "At most" periods read in every language ("pour une durée maximale de", "höchstens",
 * "maksymalnie przez"); cookies kept for one are a cookie's lifetime, as decided in session 11 and kept here
 * ("Les cookies de mesure d'audience sont conservés pour une durée maximale de 13 mois" reads no period).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const READ: readonly [Lang, string, string, readonly string[]][] = [
  ['fr', 'Vos données sont conservées pour une durée maximale de 13 mois.', 'specific', ['P13M']],
  ['it', 'I tuoi dati sono conservati per un periodo massimo di 13 mesi.', 'specific', ['P13M']],
  ['pt', 'Os seus dados são conservados por um período máximo de 13 meses.', 'specific', ['P13M']],
  ['es', 'Sus datos se conservan durante un período máximo de 13 meses.', 'specific', ['P13M']],
  ['de', 'Ihre Daten werden höchstens 13 Monate gespeichert.', 'specific', ['P13M']],
  ['de', 'Ihre Daten werden maximal 13 Monate gespeichert.', 'specific', ['P13M']],
  ['nb', 'Opplysningene lagres i maksimalt 13 måneder.', 'specific', ['P13M']],
  ['sv', 'Uppgifterna sparas i maximalt 13 månader.', 'specific', ['P13M']],
  ['da', 'Oplysningerne opbevares i maksimalt 13 måneder.', 'specific', ['P13M']],
  ['nl', 'Uw gegevens worden maximaal 13 maanden bewaard.', 'specific', ['P13M']],
  ['pl', 'Dane są przechowywane maksymalnie przez 13 miesięcy.', 'specific', ['P13M']],
  ['en', 'Your data is kept for a maximum period of 13 months.', 'specific', ['P13M']],
  ['pt', 'Conservamos os seus dados enquanto for cliente.', 'criteria', []],
  [
    'pt',
    'Tem direito ao apagamento dos seus dados; os registos de acesso são apagados após 30 dias.',
    'specific',
    ['P30D'],
  ],
  ['en', 'You have the right to erasure; we delete server logs after 30 days.', 'specific', ['P30D']],
];

const NOT_KEPT: readonly [Lang, string][] = [
  ['fr', "Les cookies de mesure d'audience sont conservés pour une durée maximale de 13 mois."],
  ['en', 'Audience measurement cookies are kept for a maximum of 13 months.'],
  [
    'pt',
    'Enquanto titular dos dados, tem direito de acesso, retificação, apagamento, limitação do tratamento, portabilidade e oposição.',
  ],
  [
    'en',
    'As a data subject, you have the right of access, rectification, erasure, restriction of processing, portability and objection.',
  ],
  [
    'de',
    'Als betroffene Person haben Sie das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch.',
  ],
  [
    'nl',
    'Als betrokkene heeft u recht op inzage, rectificatie, verwijdering, beperking van de verwerking, overdraagbaarheid en bezwaar.',
  ],
  [
    'nb',
    'Som registrert har du rett til innsyn, retting, sletting, begrensning av behandlingen, dataportabilitet og innsigelse.',
  ],
  [
    'sv',
    'Som registrerad har du rätt till tillgång, rättelse, radering, begränsning av behandlingen, dataportabilitet och invändning.',
  ],
  [
    'da',
    'Som registreret har du ret til indsigt, berigtigelse, sletning, begrænsning af behandlingen, dataportabilitet og indsigelse.',
  ],
  [
    'fr',
    "En tant que personne concernée, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation du traitement, de portabilité et d'opposition.",
  ],
  [
    'es',
    'Como interesado, tiene derecho de acceso, rectificación, supresión, limitación del tratamiento, portabilidad y oposición.',
  ],
  [
    'it',
    'In quanto interessato, hai diritto di accesso, rettifica, cancellazione, limitazione del trattamento, portabilità e opposizione.',
  ],
  [
    'pl',
    'Jako osoba, której dane dotyczą, masz prawo dostępu, sprostowania, usunięcia, ograniczenia przetwarzania, przenoszenia danych i sprzeciwu.',
  ],
  ['en', 'This cookie is stored on your device for 12 months.'],
  ['fr', "Les cookies de mesure d'audience ont une durée de vie maximale de 13 mois."],
  ['de', 'Das Cookie wird für 12 Monate auf Ihrem Endgerät gespeichert.'],
];

describe('periods and criteria read (fix17a)', () => {
  it.each(READ)('[%s] %s', (lang, text, kind, periods) => {
    const r = practicesOf([text], lang).retention;
    expect(r.kind).toBe(kind);
    expect(r.periods).toEqual(periods);
  });
});

describe('rights lists and cookie lifetimes keep nothing (fix17a)', () => {
  it.each(NOT_KEPT)('[%s] %s', (lang, text) => {
    expect(practicesOf([text], lang).retention.found).toBe(false);
  });
});
