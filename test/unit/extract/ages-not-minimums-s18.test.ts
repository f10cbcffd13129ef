/**
 * Session 18 (fixp18x): ages that are no minimum, and a minimum said of others. "enfants accueillis, âgés de
 * 10 semaines à 3 ans" read 10 (weeks are an infant's age); "Uczniowie ... do 12. roku życia mogą brać udział
 * w lekcjach tylko w obecności rodzica" read 12 (a parent present at a lesson is no parent who consents, so
 * the band's upper age limits no one); "Teilnehmende an unserem Umfragepanel müssen mindestens achtzehn Jahre
 * alt sein" read nothing (a required age of participants, not of "Sie"). "Kinder bis 16 Jahre brauchen die
 * Einwilligung der Eltern" keeps 16, as children.ts says (consent needed up to an age), and its twins agree.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const minAge = (text: string, lang: Lang) => practicesOf([text], lang).children.minAge;

describe('an age in weeks or months is no minimum age', () => {
  test.each<[Lang, string]>([
    [
      'fr',
      'Nous collectons les informations relatives aux enfants accueillis, âgés de 10 semaines à 3 ans, et à leurs parents.',
    ],
    [
      'en',
      'We collect information about the children in our care, aged 10 weeks to 3 years, and their parents.',
    ],
    [
      'de',
      'Wir erfassen Angaben zu den betreuten Kindern im Alter von 10 Wochen bis 3 Jahren und zu ihren Eltern.',
    ],
    ['en', 'We collect data about children aged 12 months and their parents.'],
  ])('%s: %s', (lang, text) => {
    expect(minAge(text, lang)).toBeNull();
  });

  test.each<[Lang, string, number]>([
    ['fr', 'Nous collectons les informations des enfants âgés de 14 ans et plus.', 14],
    ['en', 'We do not collect data from children under 13 years of age.', 13],
  ])('an age in years still reads: %s: %s', (lang, text, age) => {
    expect(minAge(text, lang)).toBe(age);
  });
});

describe("a band's age beside a parent who is present is no minimum age", () => {
  test.each<[Lang, string]>([
    [
      'pl',
      'Uczniowie szkoły muzycznej do 12. roku życia mogą brać udział w lekcjach tylko w obecności rodzica.',
    ],
    ['de', 'Kinder bis 12 Jahre dürfen nur in Begleitung eines Elternteils am Unterricht teilnehmen.'],
    ['en', 'Children up to 12 may attend lessons only in the presence of a parent.'],
  ])('%s: %s', (lang, text) => {
    expect(minAge(text, lang)).toBeNull();
  });
});

describe("a band's age with parents' consent stays (twins of 'Kinder bis 16 Jahre')", () => {
  test.each<[Lang, string]>([
    ['de', 'Kinder bis 16 Jahre brauchen die Einwilligung der Eltern.'],
    ['en', "Children up to 16 need their parents' consent."],
    ['nl', 'Kinderen tot en met 16 jaar hebben toestemming van hun ouders nodig.'],
    ['nb', 'Barn til og med 16 år trenger samtykke fra foreldrene.'],
    ['sv', 'Barn till och med 16 år behöver föräldrarnas samtycke.'],
    ['da', 'Børn til og med 16 år skal have forældrenes samtykke.'],
    ['fr', "Les enfants jusqu'à 16 ans ont besoin du consentement de leurs parents."],
    ['es', 'Los niños hasta 16 años necesitan el consentimiento de sus padres.'],
    ['it', 'I bambini fino a 16 anni hanno bisogno del consenso dei genitori.'],
    ['pl', 'Dzieci do 16. roku życia potrzebują zgody rodziców.'],
    ['pt', 'As crianças até 16 anos precisam do consentimento dos pais.'],
  ])('%s: %s', (lang, text) => {
    expect(minAge(text, lang)).toBe(16);
  });
});

describe('a required age of participants, in words or digits', () => {
  test.each<[Lang, string]>([
    ['de', 'Teilnehmende an unserem Umfragepanel müssen mindestens achtzehn Jahre alt sein.'],
    ['de', 'Teilnehmende an unserem Umfragepanel müssen mindestens 18 Jahre alt sein.'],
    ['en', 'Participants in our survey panel must be at least eighteen years old.'],
    ['nl', 'Deelnemers aan ons enquêtepanel moeten minstens achttien jaar oud zijn.'],
    ['nb', 'Deltakere i vårt undersøkelsespanel må være minst atten år gamle.'],
    ['sv', 'Deltagare i vår enkätpanel måste vara minst arton år gamla.'],
    ['da', 'Deltagere i vores undersøgelsespanel skal være mindst atten år gamle.'],
    ['fr', 'Les participants à notre panel doivent avoir au moins dix-huit ans.'],
    ['fr', "Les participants à notre panel doivent être âgés d'au moins 18 ans."],
    ['es', 'Los participantes de nuestro panel deben tener al menos dieciocho años.'],
    ['it', 'I partecipanti al nostro panel devono avere almeno diciotto anni.'],
    ['pl', 'Uczestnicy naszego panelu muszą mieć co najmniej osiemnaście lat.'],
    ['pt', 'Os participantes do nosso painel devem ter pelo menos dezoito anos.'],
  ])('%s: %s', (lang, text) => {
    expect(minAge(text, lang)).toBe(18);
  });

  test.each<[Lang, string]>([
    ['es', 'Los candidatos deben tener al menos 15 años de experiencia en el sector.'],
    ['fr', "Les candidats doivent avoir au moins 15 ans d'expérience."],
    ['it', 'I candidati devono avere almeno 15 anni di esperienza.'],
    ['de', 'Der Kontoinhaber muss mindestens 18 Jahre alt sein.'],
    ['en', 'The account holder must be at least 18 years old.'],
    ['en', 'Players must be at least 16 years old to play in the first team.'],
  ])('no such age: %s: %s', (lang, text) => {
    expect(minAge(text, lang)).toBeNull();
  });
});

// session 18, fixr18c: en "up to N" near a child word is an age only as "up to the age of N", "up to N years
// old / of age" or "up to N need/must/require" (the twins all need their year word); a count, a percentage
// or a duration after "up to" is none.
describe('"up to N" without an age unit is no minimum age (en)', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'Kids can save up to 20 drawings, and we collect this personal information only to show them back.',
    ],
    ['en', 'Children can invite up to 10 friends; we do not share their personal data.'],
    ['en', 'Kids Club members get up to 15% off, and we use their personal information to send vouchers.'],
    ['en', 'Kids Sale Up To 20% Off. This policy explains how we use personal information.'],
    ['en', "We keep children's personal data for up to 13 years."],
    ['en', 'Children can upload up to 16 photos; we use their personal data only for this.'],
  ])('%s: %s', (lang, text) => {
    expect(minAge(text, lang)).toBeNull();
  });
  test.each<[Lang, string, number]>([
    [
      'en',
      "Children up to the age of 16 need their parents' consent before we collect personal information.",
      16,
    ],
    ['en', 'Children up to 13 years old need parental consent before we collect personal information.', 13],
    ['en', "Children up to 16 need their parents' consent.", 16],
  ])('%s: %s', (lang, text, age) => {
    expect(minAge(text, lang)).toBe(age);
  });
});
