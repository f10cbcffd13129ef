/**
 * Health read from what a wearable measures, from medical reports and sick leave (session 14's unseen
 * probe, fix15b).
 *
 * "The watch records your heart rate, sleep stages and blood oxygen levels", "Uret måler din puls, dit
 * søvnmønster og dit stressniveau": vital signs a device measures are health data (GDPR art. 4(15): data
 * concerning health). The health terms named only diagnoses, records and conditions; they now name heart
 * rate, a possessive pulse, blood pressure / oxygen / sugar, sleep phases and patterns, stress level, ECG,
 * menstrual cycle, medical reports ("relatórios médicos"), sick leave and sickness benefit ("sjukersättning",
 * "Krankmeldung", "arrêt maladie"), and "data about your health" ("uppgifter om din hälsa"), in eleven
 * languages. A device that measures or transmits ("the watch measures", "Uret måler", "der Tracker zeichnet
 * ... auf") states a collection as "we collect" does (cues/collection.json).
 *
 * Not health: "information about health and safety" (workplace safety; read as health on main), a wrist ("om je pols", nl, left out), survey results (pl "wyniki badań" only medical), a
 * device measuring time, a denial.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('vital signs, medical reports and sick leave read health', () => {
  test.each<[Lang, string]>([
    ['en', 'The watch records your heart rate, sleep stages and blood oxygen levels.'],
    ['de', 'Der Tracker zeichnet während des Laufens Ihre Route per GPS sowie Ihre Herzfrequenz auf.'],
    ['da', 'Uret måler din puls, dit søvnmønster og dit stressniveau.'],
    ['sv', 'Vi behandlar uppgifter om din hälsa, till exempel om du har beviljats sjukersättning.'],
    ['pt', 'Na participação de um sinistro de acidentes pessoais, recolhemos relatórios médicos.'],
    ['nl', 'Het horloge meet je hartslag en je slaappatroon.'],
    ['nb', 'Klokka måler pulsen din og søvnmønsteret ditt.'],
    ['sv', 'Klockan mäter din puls och ditt blodtryck.'],
    ['fr', 'La montre mesure votre fréquence cardiaque et la qualité du sommeil.'],
    ['es', 'El reloj mide su frecuencia cardíaca y su presión arterial.'],
    ['it', 'Raccogliamo la frequenza cardiaca e le fasi del sonno.'],
    ['pl', 'Zegarek mierzy tętno, poziom stresu i saturację.'],
    ['pt', 'O relógio mede a sua frequência cardíaca e a pressão arterial.'],
    ['en', 'We process information about sick leave and medical reports.'],
    ['de', 'Wir verarbeiten Ihre Krankmeldungen und ärztliche Berichte.'],
    ['fr', 'Nous traitons les arrêts maladie et les rapports médicaux de nos salariés.'],
  ])('%s: %s', (lang, text) => {
    expect(typesBoth(text, lang)[1]).toContain('health');
  });

  test.each<[Lang, string]>([
    ['nl', 'Draag het horloge om je pols tijdens het sporten.'],
    ['pl', 'Zbieramy wyniki badań satysfakcji klientów.'],
    ['de', 'Die Uhr misst die Zeit bis zum nächsten Termin.'],
    ['en', 'We do not collect your heart rate.'],
    ['en', 'We use Pulse Secure to connect our offices.'],
    ['es', 'Vendemos jarabe de glucosa y otros ingredientes.'],
    ['en', 'We collect information about health and safety incidents at our sites.'],
  ])('no health, %s: %s', (lang, text) => {
    expect(typesBoth(text, lang)[1]).not.toContain('health');
  });
});
