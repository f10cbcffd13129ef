import { expect, test } from 'vitest';
import { guessLanguage, identifyLanguage } from '../../../src/core/lang/identify';

test.each([
  [
    'en',
    'We collect your name and e-mail address when you create an account, and we share it with our service providers.',
  ],
  [
    'de',
    'Wir erheben Ihre personenbezogenen Daten nur, wenn Sie uns diese bei der Registrierung mitteilen, und geben sie nicht an Dritte weiter.',
  ],
  [
    'nl',
    'Wij verzamelen uw persoonsgegevens wanneer u een account aanmaakt en wij bewaren deze gegevens niet langer dan nodig is.',
  ],
  [
    'nb',
    'Vi samler inn personopplysninger når du oppretter en brukerprofil hos oss, og vi lagrer dem ikke lenger enn nødvendig.',
  ],
  [
    'da',
    'Vi indsamler dine personoplysninger, når du opretter en konto hos os, og vi gemmer dem ikke længere end nødvendigt.',
  ],
  [
    'sv',
    'Vi samlar in dina personuppgifter när du skapar ett konto hos oss och vi sparar dem inte längre än vad som behövs.',
  ],
  [
    'fr',
    'Nous collectons vos données personnelles lorsque vous créez un compte et nous ne les conservons pas plus longtemps que nécessaire.',
  ],
  [
    'es',
    'Recopilamos sus datos personales cuando usted crea una cuenta y no los conservamos más tiempo del necesario para el tratamiento.',
  ],
  [
    'it',
    'Raccogliamo i tuoi dati personali quando crei un account e non li conserviamo più a lungo del necessario per il trattamento.',
  ],
  [
    'pl',
    'Zbieramy Twoje dane osobowe, kiedy zakładasz konto, i nie przechowujemy ich dłużej, niż jest to konieczne dla celów przetwarzania.',
  ],
  [
    'pt',
    'Coletamos seus dados pessoais quando você cria uma conta e não os conservamos por mais tempo do que o necessário para o tratamento.',
  ],
])('%s', (lang, text) => {
  expect(identifyLanguage(text)).toBe(lang);
});

test('text without any known word falls back to English with no confidence', () => {
  expect(guessLanguage('12345 --- ###')).toEqual({ lang: 'en', confidence: 0 });
});

/**
 * One short sentence holds few stopwords, and some are shared (nb/da/sv "du" is also French, pl "i" is
 * also nb/da/sv/it): the letters only some languages write (ø å ł ã...) and the Scandinavian pronouns
 * and prepositions decide these, which were read as fr, pl or en before.
 */
test.each([
  ['nb', 'Du kan slette kontoen din i appen.'],
  ['nb', 'Du må være minst 13 år for å bruke appen.'],
  ['nb', 'Bildene oppbevares i fem år.'],
  ['da', 'Vi gemmer dine oplysninger så længe du har en konto.'],
  ['sv', 'Du kan själv ta bort dina bilder i appen.'],
  ['pl', 'Możesz usunąć swoje zdjęcia w aplikacji.'],
  ['es', 'Puedes borrar tu contraseña en la aplicación.'],
  ['pt', 'Guardamos as informações durante cinco anos.'],
  ['it', 'Puoi cancellare le tue foto in qualsiasi momento.'],
])('a short %s sentence: %s', (lang, text) => {
  expect(identifyLanguage(text)).toBe(lang);
});
