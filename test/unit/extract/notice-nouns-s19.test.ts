/**
 * Session 19 (fixp19b): a notice noun right after a duration ("one month's written notice", "en måneds
 * varsel", "un mois de préavis", "30-dniowym wyprzedzeniem") is a notice period, never a retention period,
 * also beside a real period in the same clause. Real periods still read; a range reads both bounds.
 */
import { describe, expect, test } from 'vitest';
import { extractPractices } from '../../../src/core/extract/index';
import type { Lang } from '../../../src/core/vocabulary';
import { segments, sureScores } from './helpers';

const periods = (text: string, lang: Lang) =>
  extractPractices(segments([text]), sureScores(1, 'retention'), lang).retention.periods;

describe('a notice period beside a real period is dropped', () => {
  test.each<[Lang, string, string]>([
    ['en', 'We keep your data for 2 years. Either party may terminate on one month’s written notice.', 'P2Y'],
    [
      'en',
      'We keep your data for 2 years. You may cancel by giving at least one month’s prior notice.',
      'P2Y',
    ],
    [
      'en',
      'We keep your data for 2 years and will give you one month’s notice before we change this policy.',
      'P2Y',
    ],
    [
      'en',
      'We retain your membership data for 12 months after you leave, and require one month’s notice of cancellation.',
      'P12M',
    ],
    [
      'de',
      'Wir speichern Ihre Daten 2 Jahre und kündigen Änderungen einen Monat Vorankündigung vorher an.',
      'P2Y',
    ],
    [
      'nl',
      'Wij bewaren uw gegevens 2 jaar. Het abonnement kan met een maand opzegging worden beëindigd.',
      'P2Y',
    ],
    ['nb', 'Vi lagrer dataene i 2 år og gir én måneds varsel ved endringer.', 'P2Y'],
    ['sv', 'Vi sparar uppgifterna i 2 år och ger en månads varsel vid ändringar.', 'P2Y'],
    ['da', 'Vi gemmer dine data i 2 år og giver en måneds varsel ved ændringer.', 'P2Y'],
    [
      'fr',
      'Nous conservons vos données 3 ans et vous donnons un mois de préavis avant toute modification.',
      'P3Y',
    ],
    ['es', 'Conservamos sus datos 3 años y le daremos 30 días de preaviso antes de cualquier cambio.', 'P3Y'],
    ['it', 'Conserviamo i dati per 3 anni e daremo 30 giorni di preavviso per ogni modifica.', 'P3Y'],
    [
      'pt',
      'Conservamos os dados durante 3 anos e daremos 30 dias de aviso prévio de qualquer alteração.',
      'P3Y',
    ],
    ['pl', 'Przechowujemy dane przez 3 lata i informujemy o zmianach z 30-dniowym wyprzedzeniem.', 'P3Y'],
  ])('%s: %s', (lang, text, period) => {
    expect(periods(text, lang)).toEqual([period]);
  });
});

describe('real periods still read', () => {
  test.each<[Lang, string, string[]]>([
    [
      'de',
      'Wir speichern Ihre Daten bis zum Ende der Kündigungsfrist; die Kündigungsfrist beträgt 3 Monate.',
      ['P3M'],
    ],
    ['en', 'We delete your data 30 days after you give notice of cancellation.', ['P30D']],
    ['en', 'We keep your data for 30 days. Notice of changes is posted here.', ['P30D']],
    ['fr', 'Vos données sont conservées de 10 semaines à 3 ans selon le service.', ['P10W', 'P3Y']],
    ['en', 'We keep your data for 3 to 5 years.', ['P3Y', 'P5Y']],
  ])('%s: %s', (lang, text, expected) => {
    expect(periods(text, lang)).toEqual(expected);
  });
});
