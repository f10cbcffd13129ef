/**
 * "Nobody except X", "an niemanden außer", "met niemand anders dan", "nikomu poza", "ninguém além da": a
 * denial of sharing with an exception names what is shared, the recipient and the named service. The words
 * for nobody (negation.json) deny as "not" does where they are the object ("with nobody", "an niemanden") or stand
 * before an exception ("nobody except"), and
 * the exception shapes that begin with them ("nikomu poza", "ninguém além de", "nadie más que", "nessun
 * altro che", "a não ser") end the denial's clause. Norwegian "gir ... til", Swedish "lämnar ... till" and
 * Danish "giver ... til" with "vi" and the data pass data on (probe11 S3).
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Recipient } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const sharingOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing;

describe('nobody except: what is shared', () => {
  test.each<[Lang, string, Recipient[]]>([
    [
      'de',
      'Wir geben Ihre Daten an niemanden weiter, außer an unseren Zahlungsdienstleister und, soweit gesetzlich vorgeschrieben, an das Finanzamt.',
      ['service-providers', 'authorities'],
    ],
    [
      'de',
      'Wir geben Ihre Daten an niemanden weiter, außer an unseren Zahlungsdienstleister.',
      ['service-providers'],
    ],
    [
      'nl',
      'Wij geven uw gegevens aan niemand door, behalve aan onze betaalprovider en, waar de wet dat vereist, aan de Belastingdienst.',
      ['service-providers', 'authorities'],
    ],
    ['nl', 'Wij delen uw gegevens met niemand, behalve met onze betaalprovider.', ['service-providers']],
    [
      'nb',
      'Vi gir ikke opplysningene dine til noen andre enn betalingsleverandøren vår og, når loven krever det, Skatteetaten.',
      ['service-providers', 'authorities'],
    ],
    [
      'nb',
      'Vi gir ikke opplysningene dine til noen, unntatt betalingsleverandøren vår.',
      ['service-providers'],
    ],
    ['sv', 'Vi lämnar inte dina uppgifter till någon annan än Skatteverket.', ['authorities']],
    ['da', 'Vi giver dine oplysninger til Skattestyrelsen.', ['authorities']],
    [
      'pl',
      'Nie przekazujemy Twoich danych nikomu poza operatorem płatności oraz, gdy wymaga tego prawo, urzędowi skarbowemu.',
      ['service-providers', 'authorities'],
    ],
    [
      'pt',
      'Não compartilhamos seus dados com ninguém, exceto com nosso intermediador de pagamento e, quando a lei exigir, com a Receita Federal.',
      ['service-providers', 'authorities'],
    ],
  ])('%s: %s', (lang, text, kinds) => {
    expect(sharingOf(text, lang).recipients.sort()).toEqual([...kinds].sort());
  });

  test.each<[Lang, string]>([
    ['en', 'We share your data with nobody except Stripe, which handles our payments.'],
    ['de', 'Wir geben Ihre Daten an niemand anderen als Stripe weiter.'],
    ['nl', 'Wij delen uw gegevens met niemand anders dan Stripe, dat de betalingen voor ons afhandelt.'],
    ['nb', 'Vi deler opplysningene dine med ingen andre enn Stripe.'],
    ['es', 'No compartimos tus datos con nadie más que con Stripe.'],
    ['it', 'Non comunichiamo i tuoi dati a nessun altro che Stripe.'],
    ['pl', 'Nie udostępniamy Twoich danych nikomu poza Stripe, który obsługuje dla nas płatności.'],
    ['pt', 'Não compartilhamos seus dados com ninguém além da Stripe, que processa os pagamentos para nós.'],
    ['pt', 'Não compartilhamos seus dados com ninguém a não ser a Stripe.'],
  ])('the named service: %s: %s', (lang, text) => {
    const s = sharingOf(text, lang);
    expect(s.named).toContain('Stripe');
    expect(s.recipients).toContain('service-providers');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string, Recipient[]]>([
    ['en', 'We share your data with our service providers, except advertisers.', ['service-providers']],
    ['de', 'Wir geben Ihre Daten an niemanden weiter.', []],
    ['nl', 'Wij delen uw gegevens met niemand.', []],
    [
      'pl',
      'Przekazujemy dane dostawcom usług poza Europejskim Obszarem Gospodarczym.',
      ['service-providers'],
    ],
    ['pt', 'Compartilhamos seus dados com parceiros, a não ser que você se oponha.', ['business-partners']],
    ['nb', 'Du gir oss opplysningene til bestillingen.', []],
    ['sv', 'Du lämnar dina uppgifter till oss när du handlar.', []],
  ])('%s: %s', (lang, text, kinds) => {
    expect(sharingOf(text, lang).recipients.sort()).toEqual([...kinds].sort());
  });

  test('nobody but us reads the data: the operator itself, no one named', () => {
    expect(sharingOf('Niemand außer uns hat Zugriff auf Ihre Daten.', 'de').recipients).toEqual([]);
  });
});
