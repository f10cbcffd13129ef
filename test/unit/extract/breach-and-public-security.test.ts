/**
 * Security look-alikes and breach notification (session 12's second unseen probe).
 *
 * Public order is no data security: es "Fuerzas y Cuerpos de Seguridad" (the police), de
 * "Sicherheitsbehörden", fr "sécurité publique", "Social Security" raised the security flag where the model
 * filed the sentence under security; these names are masked, eleven languages.
 *
 * A promise to notify a personal-data breach (nl "Bij een datalek informeren wij u en de Autoriteit
 * Persoonsgegevens binnen 72 uur", da "brud på persondatasikkerheden, anmelder vi det til Datatilsynet", pl
 * "O naruszeniu ochrony danych zawiadomimy organ nadzorczy") is how the operator handles a security
 * incident, a security practice (OPP-115's Data Security; the classifier's security concepts hold "breach"):
 * the breach noun and "we notify/report" in one sentence, eleven languages. A breach named without the
 * operator's promise (the user's complaint about an infringement) says nothing.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

const security = (text: string, lang: Lang) => flagBoth(text, lang, 'security', 'security');

describe('the police and public security are no data security', () => {
  test.each<[Lang, string]>([
    [
      'es',
      'Sus datos podrán comunicarse a la Agencia Tributaria y a las Fuerzas y Cuerpos de Seguridad cuando exista una obligación legal.',
    ],
    ['en', 'We may disclose information to the Social Security Administration where the law requires it.'],
    ['en', 'We may share data with police and security forces where required by law.'],
    [
      'de',
      'Ihre Daten können an Sicherheitsbehörden übermittelt werden, wenn eine gesetzliche Pflicht besteht.',
    ],
    ['nl', 'Wij kunnen gegevens verstrekken aan politie en veiligheidsdiensten als de wet dat verplicht.'],
    ['nb', 'Opplysninger kan utleveres til Politiets sikkerhetstjeneste når loven krever det.'],
    ['sv', 'Uppgifter kan lämnas ut till Säkerhetspolisen när lagen kräver det.'],
    ['da', 'Oplysninger kan videregives af hensyn til statens sikkerhed, når loven kræver det.'],
    [
      'fr',
      'Vos données peuvent être communiquées aux autorités chargées de la sécurité publique si la loi l’exige.',
    ],
    ['it', 'I dati possono essere comunicati alle autorità di pubblica sicurezza se previsto dalla legge.'],
    [
      'pl',
      'Dane mogą być udostępniane organom odpowiedzialnym za bezpieczeństwo publiczne, gdy wymaga tego prawo.',
    ],
    ['pt', 'Os dados podem ser comunicados às forças de segurança quando a lei o exigir.'],
  ])('%s: %s', (lang, text) => {
    expect(security(text, lang)).toEqual([false, false]);
  });

  test.each<[Lang, string]>([
    [
      'es',
      'Aplicamos medidas de seguridad técnicas y organizativas y solo comunicamos datos a los Cuerpos de Seguridad.',
    ],
    [
      'de',
      'Wir schützen Ihre Daten durch Verschlüsselung; an Sicherheitsbehörden geben wir sie nur auf Anordnung.',
    ],
  ])('a security measure beside it still reads, %s: %s', (lang, text) => {
    expect(security(text, lang)).toEqual([true, true]);
  });
});

describe('a promise to notify a data breach is security', () => {
  test.each<[Lang, string]>([
    ['nl', 'Bij een datalek informeren wij u en de Autoriteit Persoonsgegevens binnen 72 uur.'],
    ['da', 'Sker der et brud på persondatasikkerheden, anmelder vi det til Datatilsynet inden for 72 timer.'],
    ['pl', 'O naruszeniu ochrony danych zawiadomimy organ nadzorczy w ciągu 72 godzin.'],
    [
      'en',
      'In the event of a personal data breach, we will notify the supervisory authority within 72 hours.',
    ],
    ['de', 'Bei einer Datenpanne informieren wir Sie und die Aufsichtsbehörde innerhalb von 72 Stunden.'],
    ['nb', 'Ved brudd på personopplysningssikkerheten varsler vi Datatilsynet innen 72 timer.'],
    ['sv', 'Vid en personuppgiftsincident anmäler vi det till IMY inom 72 timmar.'],
    ['fr', 'En cas de violation de données, nous notifierons la CNIL dans les 72 heures.'],
    [
      'es',
      'En caso de brecha de seguridad, notificaremos a la autoridad de control en un plazo de 72 horas.',
    ],
    ['it', 'In caso di violazione dei dati, informeremo il Garante entro 72 ore.'],
    ['pt', 'Em caso de violação de dados, notificaremos a CNPD no prazo de 72 horas.'],
  ])('%s: %s', (lang, text) => {
    expect(security(text, lang)[0]).toBe(true);
  });
});

describe('a breach or infringement without the promise says nothing', () => {
  test.each<[Lang, string]>([
    ['en', 'You can report a suspected data breach to the supervisory authority.'],
    ['de', 'Sie können sich bei einer Datenschutzverletzung bei der Aufsichtsbehörde beschweren.'],
    ['nl', 'U kunt een datalek melden bij de Autoriteit Persoonsgegevens.'],
    ['pl', 'Informujemy, że przysługuje Pani/Panu prawo wniesienia skargi do Prezesa UODO.'],
    ['fr', 'Vous pouvez signaler une violation de données à la CNIL.'],
  ])('%s: %s', (lang, text) => {
    expect(security(text, lang)[0]).toBe(false);
  });
});
