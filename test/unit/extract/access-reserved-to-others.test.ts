/**
 * Staff-only access said without a staff noun (session 14's unseen probe): "Access to the data is reserved
 * for the company's doctors" ("L'accesso ai dati sanitari è riservato ai medici fiduciari"), "Only X and Y
 * can view your data" ("Alleen de intercedent ... kunnen uw gegevens inzien"), "Only experts and claims
 * handlers have access to your health data" ("Apenas os peritos e gestores de sinistros têm acesso ...").
 * Access control, no right of access: masks in rights.json, eleven languages. "Only you" and rights granted
 * beside them still read.
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { rightsBoth } from './helpers';

describe('access reserved to others grants no right', () => {
  test.each<[Lang, string]>([
    ['en', "Access to your health data is restricted to the company's medical advisers."],
    ['de', 'Der Zugang zu Ihren Gesundheitsdaten ist den Vertrauensärzten der Gesellschaft vorbehalten.'],
    [
      'nl',
      'De toegang tot uw gezondheidsgegevens is voorbehouden aan de medisch adviseurs van de maatschappij.',
    ],
    ['nb', 'Tilgang til helseopplysningene dine er forbeholdt selskapets rådgivende leger.'],
    ['sv', 'Tillgång till dina hälsouppgifter är förbehållen bolagets förtroendeläkare.'],
    ['da', 'Adgang til dine helbredsoplysninger er forbeholdt selskabets lægekonsulenter.'],
    ['fr', "L'accès à vos données de santé est réservé aux médecins-conseils de la compagnie."],
    ['es', 'El acceso a sus datos de salud está reservado a los médicos de la compañía.'],
    ['pl', 'Dostęp do Twoich danych o zdrowiu jest zastrzeżony dla lekarzy orzeczników firmy.'],
    ['pt', 'O acesso aos seus dados de saúde está reservado aos médicos da companhia.'],
    ['en', 'Only the recruiter who manages your file and their team leader can view your data.'],
    [
      'de',
      'Nur der Personalvermittler, der Ihre Akte betreut, und seine Teamleitung können Ihre Daten einsehen.',
    ],
    [
      'nb',
      'Bare rekruttereren som har ansvar for mappen din og teamlederen har tilgang til opplysningene dine.',
    ],
    ['sv', 'Endast rekryteraren som hanterar ditt ärende och teamledaren har tillgång till dina uppgifter.'],
    ['da', 'Kun rekruttereren, der håndterer din sag, og teamlederen har adgang til dine oplysninger.'],
    ['fr', "Seuls le recruteur qui gère votre dossier et son chef d'équipe ont accès à vos données."],
    ['es', 'Solo el reclutador que gestiona su expediente y su jefe de equipo tienen acceso a sus datos.'],
    [
      'it',
      'Solo il selezionatore che gestisce la tua pratica e il suo responsabile hanno accesso ai tuoi dati.',
    ],
    ['pl', 'Tylko rekruter prowadzący Twoją sprawę i jego kierownik zespołu mają dostęp do Twoich danych.'],
    ['pt', 'Apenas o recrutador que gere o seu processo e o seu chefe de equipa têm acesso aos seus dados.'],
    ['it', "L'accesso ai dati sanitari è riservato ai medici fiduciari della compagnia."],
    ['en', "Access to health data is reserved for the company's medical advisers."],
    ['de', 'Der Zugang zu Gesundheitsdaten ist den Vertrauensärzten der Gesellschaft vorbehalten.'],
    [
      'nl',
      'De toegang tot gezondheidsgegevens is voorbehouden aan de medisch adviseurs van de maatschappij.',
    ],
    ['nb', 'Tilgang til helseopplysninger er forbeholdt selskapets rådgivende leger.'],
    ['sv', 'Tillgång till hälsouppgifter är förbehållen bolagets förtroendeläkare.'],
    ['da', 'Adgang til helbredsoplysninger er forbeholdt selskabets lægekonsulenter.'],
    ['fr', "L'accès aux données de santé est réservé aux médecins-conseils de la compagnie."],
    ['es', 'El acceso a los datos de salud está reservado a los médicos de la compañía.'],
    ['pl', 'Dostęp do danych o zdrowiu jest zastrzeżony dla lekarzy orzeczników firmy.'],
    ['pt', 'O acesso aos dados de saúde está reservado aos médicos da companhia.'],
    ['nl', 'Alleen de intercedent die uw dossier beheert en diens teamleider kunnen uw gegevens inzien.'],
    ['en', 'Only the recruiter who manages your file and their team leader can view your data.'],
    [
      'de',
      'Nur der Personalvermittler, der Ihre Akte betreut, und seine Teamleitung können Ihre Daten einsehen.',
    ],
    ['nb', 'Bare rekruttereren som har ansvar for mappen din og teamlederen kan se opplysningene dine.'],
    ['sv', 'Endast rekryteraren som hanterar ditt ärende och teamledaren kan se dina uppgifter.'],
    ['da', 'Kun rekruttereren, der håndterer din sag, og teamlederen kan se dine oplysninger.'],
    ['fr', "Seuls le recruteur qui gère votre dossier et son chef d'équipe peuvent consulter vos données."],
    ['es', 'Solo el reclutador que gestiona su expediente y su jefe de equipo pueden consultar sus datos.'],
    [
      'it',
      'Solo il selezionatore che gestisce la tua pratica e il suo responsabile possono consultare i tuoi dati.',
    ],
    ['pl', 'Tylko rekruter prowadzący Twoją sprawę i jego kierownik zespołu mogą wglądać w Twoje dane.'],
    [
      'pt',
      'Apenas o recrutador que gere o seu processo e o seu chefe de equipa podem consultar os seus dados.',
    ],
    ['pt', 'Apenas os peritos e gestores de sinistros têm acesso aos seus dados de saúde.'],
    ['en', 'Only claims experts and claims handlers have access to your health data.'],
    ['de', 'Nur Gutachter und Schadenbearbeiter haben Zugang zu Ihren Gesundheitsdaten.'],
    ['nl', 'Alleen experts en schadebehandelaars hebben toegang tot uw gezondheidsgegevens.'],
    ['nb', 'Bare takstmenn og skadebehandlere har tilgang til helseopplysningene dine.'],
    ['sv', 'Endast värderingsmän och skadehandläggare har tillgång till dina hälsouppgifter.'],
    ['da', 'Kun taksatorer og skadebehandlere har adgang til dine helbredsoplysninger.'],
    ['fr', 'Seuls les experts et les gestionnaires de sinistres ont accès à vos données de santé.'],
    ['es', 'Solo los peritos y los tramitadores de siniestros tienen acceso a sus datos de salud.'],
    ['it', 'Solo i periti e i liquidatori hanno accesso ai tuoi dati sanitari.'],
    ['pl', 'Dostęp do Twoich danych o zdrowiu mają wyłącznie rzeczoznawcy i likwidatorzy szkód.'],
  ])('[%s] %s', (lang, text) => {
    const [silent, sure] = rightsBoth(text, lang);
    expect(silent).toEqual([]);
    expect(sure).toEqual([]);
  });
});

describe("the reader's own access still reads", () => {
  test.each<[Lang, string, Right]>([
    ['en', 'Only you can access your data, and you have the right to request a copy of your data.', 'access'],
    ['en', 'You have the right to access your personal data.', 'access'],
    ['de', 'Nur Sie haben Zugang zu Ihren Daten; Sie haben das Recht auf Auskunft.', 'access'],
    ['fr', "Vous avez le droit d'accéder à vos données.", 'access'],
    ['it', 'Ha il diritto di accesso ai suoi dati.', 'access'],
    ['pt', 'Tem o direito de aceder aos seus dados.', 'access'],
    ['nl', 'U hebt het recht uw gegevens in te zien.', 'access'],
    ['pl', 'Masz prawo dostępu do swoich danych.', 'access'],
    ['es', 'Tiene derecho a acceder a sus datos.', 'access'],
  ])('[%s] %s', (lang, text, right) => {
    const [silent, sure] = rightsBoth(text, lang);
    expect(silent).toContain(right);
    expect(sure).toContain(right);
  });
});
