/**
 * Retention OPP-115's own annotations showed misread (session 17, fixa17r): a period after an operator's
 * "we remove", listed with others after one verb; criteria invented from senses of "maintain", "keep" and
 * "store" that keep nothing and from a disclosure's "when required by law"; data kept after the person
 * deletes it, or never deleted, read as kept indefinitely.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

type Case = readonly [Lang, string, string, readonly string[]];

/** A period after "we remove", and the first of a list of periods one verb governs (the cookies' stays theirs). */
const LISTED_PERIODS: readonly Case[] = [
  [
    'en',
    'We have technological safeguards in place designed to prevent the unauthorized correlation of this data and we remove the entirety of the IP address after 6 months, cookies and other cross session identifiers after 18 months.',
    'specific',
    ['P6M'],
  ],
  ['en', 'We remove the entirety of the IP address after 6 months.', 'specific', ['P6M']],
  [
    'en',
    'We remove the entirety of the IP address after 6 months, and server logs after 18 months.',
    'specific',
    ['P6M', 'P18M'],
  ],
  [
    'de',
    'Wir entfernen die vollständige IP-Adresse nach 6 Monaten, Cookies und andere sitzungsübergreifende Kennungen nach 18 Monaten.',
    'specific',
    ['P6M'],
  ],
  [
    'nl',
    'We verwijderen het volledige IP-adres na 6 maanden, cookies en andere identificatoren na 18 maanden.',
    'specific',
    ['P6M'],
  ],
  [
    'nb',
    'Vi fjerner hele IP-adressen etter 6 måneder, informasjonskapsler og andre identifikatorer etter 18 måneder.',
    'specific',
    ['P6M'],
  ],
  [
    'sv',
    'Vi tar bort hela IP-adressen efter 6 månader, cookies och andra identifierare efter 18 månader.',
    'specific',
    ['P6M'],
  ],
  [
    'da',
    'Vi fjerner hele IP-adressen efter 6 måneder, cookies og andre identifikatorer efter 18 måneder.',
    'specific',
    ['P6M'],
  ],
  [
    'fr',
    "Nous supprimons l'adresse IP complète après 6 mois, les cookies et autres identifiants après 18 mois.",
    'specific',
    ['P6M'],
  ],
  [
    'es',
    'Eliminamos la dirección IP completa después de 6 meses, las cookies y otros identificadores después de 18 meses.',
    'specific',
    ['P6M'],
  ],
  [
    'it',
    "Rimuoviamo l'indirizzo IP completo dopo 6 mesi, i cookie e altri identificatori dopo 18 mesi.",
    'specific',
    ['P6M'],
  ],
  [
    'pl',
    'Usuwamy cały adres IP po 6 miesiącach, pliki cookie i inne identyfikatory po 18 miesiącach.',
    'specific',
    ['P6M'],
  ],
  [
    'pt',
    'Removemos o endereço IP completo após 6 meses, os cookies e outros identificadores após 18 meses.',
    'specific',
    ['P6M'],
  ],
];

/** Cookie lifetimes stay lifetimes, listed or alone; a qualifier after a comma is no listed period. */
const COOKIE_ONLY: readonly [Lang, string][] = [
  ['en', 'The analytics cookie expires after 13 months, the consent cookie after 6 months.'],
  ['en', 'Cookies expire after 2 years, after 6 months of inactivity.'],
  ['de', 'Das Analyse-Cookie läuft nach 13 Monaten ab, das Einwilligungs-Cookie nach 6 Monaten.'],
  ['fr', 'Le cookie de mesure expire après 13 mois, le cookie de consentement après 6 mois.'],
  ['en', 'You can remove cookies after 6 months in your browser settings.'],
];

describe('periods after "we remove", listed after one verb (fixa17r)', () => {
  it.each(LISTED_PERIODS)('[%s] %s', (lang, text, kind, periods) => {
    const r = practicesOf([text], lang).retention;
    expect(r.kind).toBe(kind);
    expect(r.periods).toEqual(periods);
  });
});

describe('cookie lifetimes stay no period (fixa17r)', () => {
  it.each(COOKIE_ONLY)('[%s] %s', (lang, text) => {
    expect(practicesOf([text], lang).retention.periods).toEqual([]);
  });
});

/** Data kept after the person deletes it or their account: indefinite, unless a criterion or period bounds it. */
const KEPT_AFTER_DELETION: readonly [Lang, string][] = [
  [
    'en',
    'This means that, by default, they are not deleted from our servers ever and will still be accessible after your account is deleted.',
  ],
  [
    'en',
    'Moreover, we keep a complete log of all messages sent on our service, even when both parties later delete their accounts.',
  ],
  [
    'en',
    'However, the posts and content you made during your tenure as a reddit user will not be automatically deleted as part of the account removal process, though your username will be publicly disassociated with all posts.',
  ],
  [
    'de',
    'Wir speichern ein vollständiges Protokoll aller Nachrichten, auch wenn beide Parteien später ihre Konten löschen.',
  ],
  ['de', 'Ihre Beiträge werden nicht mit dem Konto gelöscht und bleiben gespeichert.'],
  [
    'nl',
    'We bewaren een volledig logboek van alle berichten, ook als beide partijen later hun account verwijderen.',
  ],
  [
    'nb',
    'Vi lagrer en fullstendig logg over alle meldinger, også når begge parter senere sletter kontoene sine.',
  ],
  [
    'sv',
    'Vi sparar en fullständig logg över alla meddelanden, även när båda parter senare tar bort sina konton.',
  ],
  ['da', 'Vi gemmer en fuldstændig log over alle beskeder, også når begge parter senere sletter kontoene.'],
  [
    'fr',
    'Nous conservons un journal complet de tous les messages, même si les deux parties suppriment plus tard leurs comptes.',
  ],
  [
    'es',
    'Conservamos un registro completo de todos los mensajes, incluso si ambas partes eliminan más tarde sus cuentas.',
  ],
  [
    'it',
    'Conserviamo un registro completo di tutti i messaggi, anche se entrambe le parti cancellano in seguito i loro account.',
  ],
  [
    'pl',
    'Przechowujemy pełny rejestr wszystkich wiadomości, nawet jeśli obie strony później usuną swoje konta.',
  ],
  [
    'pt',
    'Conservamos um registo completo de todas as mensagens, mesmo se ambas as partes excluírem mais tarde as suas contas.',
  ],
];

/** Bounded by a criterion or a period, or no data kept at all: not indefinite. */
const BOUNDED_AFTER_DELETION: readonly [Lang, string, string, readonly string[]][] = [
  ['en', 'Even after you close your account, we keep invoices as required by law.', 'criteria', []],
  ['en', 'Backups are kept for 30 days even after you delete your account.', 'specific', ['P30D']],
  ['en', 'Even if you delete the app, your account remains active.', 'none', []],
  [
    'en',
    'To cancel your subscription, follow the instructions in your app store account, even if you have already deleted your account.',
    'none',
    [],
  ],
  [
    'it',
    "Per annullare l'abbonamento segui le istruzioni nelle impostazioni, anche se hai già eliminato il tuo account o rimosso l'app.",
    'none',
    [],
  ],
  ['en', 'We do not delete your data until you ask us to.', 'criteria', []],
  [
    'de',
    'Auch nach der Löschung Ihres Kontos speichern wir Rechnungen, solange gesetzliche Aufbewahrungsfristen bestehen.',
    'criteria',
    [],
  ],
  [
    'fr',
    'Même après la suppression de votre compte, nous conservons les factures pendant 10 ans.',
    'specific',
    ['P10Y'],
  ],
];

describe('data kept after the person deletes it is kept indefinitely (fixa17r)', () => {
  it.each(KEPT_AFTER_DELETION)('[%s] %s', (lang, text) => {
    expect(practicesOf([text], lang).retention.kind).toBe('indefinite');
  });
});

describe('kept after deletion but bounded (fixa17r)', () => {
  it.each(BOUNDED_AFTER_DELETION)('[%s] %s', (lang, text, kind, periods) => {
    const r = practicesOf([text], lang).retention;
    expect(r.kind).toBe(kind);
    expect(r.periods).toEqual(periods);
  });
});

/** Keeping words in senses that keep nothing: no criteria from the sentence's purposes or duties. */
const NO_CRITERIA: readonly [Lang, string][] = [
  [
    'en',
    'We will disclose information we maintain when required to do so by law, for example, in response to a court order or a subpoena.',
  ],
  [
    'en',
    'We use Personal Information primarily for our own internal purposes, such as providing, maintaining, evaluating, and improving the Services.',
  ],
  [
    'en',
    'They are required to maintain the privacy of all such information in their possession or control and can only use the information on our behalf for the purpose that we have contracted them.',
  ],
  [
    'en',
    'You have the right to inspect and obtain a copy of any of your health information for as long as we maintain this information in our records.',
  ],
  ['en', 'We operate cameras in store for security and operational purposes.'],
  [
    'en',
    'They are obligated to keep this information confidential and to use it only as needed to perform their functions.',
  ],
  [
    'en',
    'While the plug-ins are needed to view some content, you retain control and choice about the download.',
  ],
  ['en', 'We may share some anonymized search query data with selected third parties for research purposes.'],
  [
    'es',
    'Nuestros proveedores están obligados a mantener la confidencialidad de la información y solo la usan para los fines indicados.',
  ],
  ['it', 'I dati sono mantenuti riservati e usati solo per le finalità indicate.'],
  [
    'pt',
    'Os prestadores são obrigados a manter a confidencialidade dos dados e só os usam para as finalidades indicadas.',
  ],
  [
    'fr',
    'Nos prestataires doivent garder ces informations confidentielles et ne les utilisent que pour les finalités prévues.',
  ],
  ['de', 'Sie haben das Recht, Auskunft über Ihre Daten zu erhalten, solange wir diese Daten speichern.'],
  ['nl', 'U hebt het recht om uw gegevens in te zien zolang wij deze gegevens bewaren.'],
  ['nb', 'Du har rett til innsyn i opplysningene så lenge vi lagrer dem.'],
  ['sv', 'Du har rätt att få tillgång till uppgifterna så länge vi sparar dem.'],
  ['da', 'Du har ret til indsigt i oplysningerne så længe vi opbevarer dem.'],
  ['fr', "Vous avez le droit d'accéder à vos données aussi longtemps que nous les conservons."],
  ['es', 'Tiene derecho a acceder a sus datos mientras los conservemos.'],
  ['it', 'Hai il diritto di accedere ai tuoi dati finché li conserviamo.'],
  ['pl', 'Masz prawo dostępu do swoich danych tak długo, jak je przechowujemy.'],
  ['pt', 'Tem o direito de aceder aos seus dados enquanto os conservarmos.'],
];

/** The same words keeping data, bounded by a purpose, a need or the law: criteria, as before. */
const STILL_CRITERIA: readonly [Lang, string][] = [
  ['en', 'We maintain your information for as long as necessary for the purposes described in this policy.'],
  ['en', 'We keep your information as long as needed to provide the Services.'],
  ['en', 'We retain your data as required by law.'],
  ['en', 'Information we maintain for tax purposes is kept as required by law.'],
  ['en', 'We keep your data for as long as we maintain your account.'],
  ['es', 'Mantendremos sus datos mientras sea necesario para los fines indicados.'],
  ['it', 'I dati saranno mantenuti per il tempo necessario alle finalità indicate.'],
  ['pt', 'Manteremos os seus dados pelo tempo necessário para as finalidades indicadas.'],
  ['de', 'Wir speichern Ihre Daten, solange dies für die genannten Zwecke erforderlich ist.'],
  ['fr', 'Nous conservons vos données aussi longtemps que nécessaire aux finalités prévues.'],
];

describe('keeping words that keep nothing state no criterion (fixa17r)', () => {
  it.each(NO_CRITERIA)('[%s] %s', (lang, text) => {
    expect(practicesOf([text], lang).retention.found).toBe(false);
  });
});

describe('keeping bounded by a purpose, a need or the law stays criteria (fixa17r)', () => {
  it.each(STILL_CRITERIA)('[%s] %s', (lang, text) => {
    expect(practicesOf([text], lang).retention.kind).toBe('criteria');
  });
});
