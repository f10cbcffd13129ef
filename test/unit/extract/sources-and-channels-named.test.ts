/**
 * A data source or channel is no named recipient (audit13 nl-1, sv-1). "Persoonsgegevens die je met ons deelt,
 * ... via social media (zoals LinkedIn en Instagram)": the reader sends data to the operator through LinkedIn;
 * "träningsinformation från Apple Health, Google Fit eller Garmin": Apple Health is where the data comes from.
 * A company named after a tool word ("via", "such as", "från") counts neither where the words before it say
 * the data's source ("data from", "Daten aus") nor in a sentence about data the reader gives the operator
 * ("you share with us", "die Sie uns mitteilen"); the verb of sharing inside those words discloses nothing.
 * A company data is passed to stays named.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf, recipientsOf } from './helpers';

const namedOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing.named;

describe('the channel the reader gives data through is no recipient', () => {
  test.each<[Lang, string]>([
    [
      'nl',
      'Overige persoonsgegevens die je bewust met ons deelt, bijvoorbeeld telefonisch, correspondentie, via e-mail of social media (zoals LinkedIn en Instagram)',
    ],
    ['en', 'Other information you share with us by email or social media (such as LinkedIn and Instagram).'],
    ['de', 'Daten, die Sie uns per E-Mail oder über soziale Netzwerke wie LinkedIn mitteilen.'],
    ['nb', 'Opplysninger du deler med oss på e-post eller via sosiale medier som LinkedIn.'],
    ['sv', 'Uppgifter som du delar med oss via e-post eller sociala medier som LinkedIn.'],
    ['da', 'Oplysninger, som du deler med os via e-mail eller sociale medier som LinkedIn.'],
    [
      'fr',
      'Les informations que vous nous communiquez par e-mail ou via les réseaux sociaux comme LinkedIn.',
    ],
    ['es', 'Los datos que nos facilitas por correo o a través de redes sociales como LinkedIn.'],
    ['it', 'I dati che ci fornisci via e-mail o tramite social network come LinkedIn.'],
    ['pl', 'Dane, które nam przekazujesz e-mailem lub przez media społecznościowe, takich jak LinkedIn.'],
    ['pt', 'Os dados que nos fornece por e-mail ou através de redes sociais como o LinkedIn.'],
  ])('[%s] %s', (lang, text) => {
    expect(namedOf(text, lang)).toEqual([]);
    expect(recipientsOf(text, lang)).toEqual([]);
  });
});

describe('the source data comes from is no recipient', () => {
  test.each<[Lang, string]>([
    [
      'sv',
      'Hälsodata: steg, aktiviteter och träningsinformation från Apple Health, Google Fit eller Garmin – endast om du ger tillåtelse.',
    ],
    ['en', 'Health data from Apple Health, Google Fit or Garmin, only if you allow it.'],
    ['de', 'Gesundheitsdaten aus Apple Health oder Google Fit, nur wenn Sie es erlauben.'],
    ['nl', 'Gezondheidsgegevens uit Apple Health of Google Fit, alleen met je toestemming.'],
    ['nb', 'Helsedata fra Apple Health eller Google Fit, bare hvis du gir tillatelse.'],
    ['da', 'Helbredsdata fra Apple Health eller Google Fit, kun hvis du giver tilladelse.'],
    ['fr', 'Données de santé provenant de Apple Health ou Google Fit, uniquement avec votre accord.'],
    ['es', 'Datos de salud procedentes de Apple Health o Google Fit, solo con tu permiso.'],
    ['it', 'Dati sanitari provenienti da Apple Health o Google Fit, solo con il tuo consenso.'],
    ['pl', 'Dane zdrowotne z Apple Health lub Google Fit, tylko za Twoją zgodą.'],
    ['pt', 'Dados de saúde provenientes de Apple Health ou Google Fit, apenas com a sua autorização.'],
  ])('[%s] %s', (lang, text) => {
    expect(namedOf(text, lang)).toEqual([]);
  });
});

describe('a company data is passed to stays named', () => {
  test.each<[Lang, string, string]>([
    ['sv', 'Vi delar data med Apple.', 'Apple'],
    ['en', 'Information you share with us is passed to LinkedIn.', 'LinkedIn'],
    ['en', 'We share your data with service providers such as LinkedIn.', 'LinkedIn'],
    ['en', 'We use Google to host our fonts.', 'Google'],
    ['sv', 'Vi använder tjänster från Google.', 'Google'],
    ['nl', 'Wij delen je gegevens met LinkedIn.', 'LinkedIn'],
    ['de', 'Wir übermitteln Ihre Daten an LinkedIn.', 'LinkedIn'],
  ])('[%s] %s', (lang, text, name) => {
    expect(namedOf(text, lang)).toContain(name);
  });
});
