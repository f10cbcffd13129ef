/** review15a finding 4: an "only" that governs another clause does not hide the reader's own access right. */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { rightsBoth } from './helpers';

const ACCESS: readonly { lang: Lang; text: string }[] = [
  { lang: 'en', text: 'We only use your data for this purpose and you can access your data at any time.' },
  {
    lang: 'en',
    text: 'We use your data solely for the purposes above and you can access your data at any time.',
  },
  {
    lang: 'de',
    text: 'Wir verarbeiten Ihre Daten nur für diese Zwecke und Sie können jederzeit Einsicht in Ihre Daten nehmen.',
  },
  {
    lang: 'es',
    text: 'Usamos sus datos solo para este fin y usted puede acceder a sus datos en cualquier momento.',
  },
  {
    lang: 'it',
    text: 'Trattiamo i dati solo per queste finalità e Lei può accedere ai suoi dati in qualsiasi momento.',
  },
  {
    lang: 'da',
    text: 'Vi bruger kun dine oplysninger til dette formål, og du kan få adgang til dine oplysninger når som helst.',
  },
  {
    lang: 'nb',
    text: 'Vi bruker bare opplysningene til dette formålet, og du kan få tilgang til dine opplysninger når som helst.',
  },
  {
    lang: 'sv',
    text: 'Vi använder bara uppgifterna för detta ändamål och du kan få tillgång till dina uppgifter när som helst.',
  },
  {
    lang: 'en',
    text: 'Only you and our support staff can access your data; you can request a copy at any time.',
  },
];

describe('access granted beside an "only" of another clause (review15a)', () => {
  it.each(ACCESS)('[$lang] $text', ({ lang, text }) => {
    expect(rightsBoth(text, lang)[1]).toContain('access');
  });
  it('staff access is still no right', () => {
    expect(rightsBoth('Only our doctors can access your data.', 'en')[1]).not.toContain('access');
  });
});

/** review15a finding 6: de "auf Anfrage" is a grant cue only where data are asked for, not prices or forms. */
describe('de "auf Anfrage" grants a right only of data', () => {
  it('reads the access said with the data first', () => {
    const text = 'Welche Daten wir über Sie gespeichert haben, teilen wir Ihnen auf Anfrage kostenlos mit.';
    expect(rightsBoth(text, 'de')[0]).toContain('access');
  });
  it.each([
    'Auskunft über unsere Preise erhalten Sie auf Anfrage.',
    'Das Widerrufsformular senden wir Ihnen auf Anfrage zu.',
  ])('grants nothing in %s', (text) => {
    expect(rightsBoth(text, 'de')[0]).toEqual([]);
  });
});

/**
 * review15a finding 6: "consent ... can be withdrawn" needs consent as the subject of its own clause: no
 * coordinator in the gap ("No consent is needed and your money can be withdrawn") and no "with your consent"
 * before it ("Con il tuo consenso il pacco può essere ritirato").
 */
describe('consent that can be withdrawn is the subject of its clause', () => {
  it.each<[Lang, string]>([
    ['en', 'Your consent to marketing e-mails can be withdrawn at any time.'],
    ['it', 'Il consenso al trattamento per finalità di marketing può essere revocato in qualsiasi momento.'],
    ['de', 'Ihre Einwilligung in den Versand des Newsletters kann jederzeit widerrufen werden.'],
    ['fr', 'Votre consentement au traitement de vos données peut être retiré à tout moment.'],
  ])('[%s] %s grants withdrawal', (lang, text) => {
    expect(rightsBoth(text, lang)[0]).toContain('withdraw-consent');
  });
  it.each<[Lang, string]>([
    ['en', 'No consent is needed and your money can be withdrawn at any ATM.'],
    ['it', 'Con il tuo consenso il pacco può essere ritirato da un vicino.'],
  ])('[%s] %s grants nothing', (lang, text) => {
    expect(rightsBoth(text, lang)[0]).not.toContain('withdraw-consent');
  });
});

/** review15a finding 6: erasure said with an enclitic is of the reader's data, not of a cart or a browser history. */
describe('enclitic erasure of a cart or a history is no right', () => {
  it.each<[Lang, string]>([
    ['es', 'Puede borrar el historial de su navegador en cualquier momento.'],
    ['it', 'Puoi cancellarli dal carrello in qualsiasi momento.'],
    ['pt', 'Pode apagá-los do carrinho a qualquer momento.'],
  ])('[%s] %s', (lang, text) => {
    expect(rightsBoth(text, lang)[0]).not.toContain('erasure');
  });
  it('still reads es "borrarlos" of the reader\'s data', () => {
    expect(
      rightsBoth('Puede solicitar sus datos personales y borrarlos cuando lo desee.', 'es')[0],
    ).toContain('erasure');
  });
});
