/**
 * Two invented recipients. (1) Telling the reader about "offers from our partners" ("Angebote unserer
 * Partner", "offres de nos partenaires", "ofertach naszych partnerów") gives the partners nothing: the parties
 * right after the offers are read like those after "data about" (whose offers, not who receives data), and a
 * partner data is passed to stays one. (2) A bank collecting in a sentence that only speaks of collecting
 * ("Banken har rett til å innhente opplysninger fra offentlige registre") is the operator or the reader's own
 * bank, no processor; public registers are a source of data in every language. A bank data is shared with
 * stays a service provider.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe("partners' offers told about are no recipient", () => {
  test.each<[Lang, string]>([
    [
      'de',
      'Im Newsletter informieren wir Sie über Angebote unserer Partner; Ihre E-Mail-Adresse selbst geben wir dabei nicht weiter.',
    ],
    [
      'en',
      'In our newsletter we tell you about offers from our partners; we do not pass on your email address.',
    ],
    [
      'nl',
      'In de nieuwsbrief informeren wij u over aanbiedingen van onze partners; uw e-mailadres geven wij daarbij niet door.',
    ],
    ['nb', 'I nyhetsbrevet informerer vi deg om tilbud fra våre partnere; e-postadressen din deler vi ikke.'],
    [
      'sv',
      'I nyhetsbrevet informerar vi dig om erbjudanden från våra partner; din e-postadress delar vi inte.',
    ],
    ['da', 'I nyhedsbrevet informerer vi dig om tilbud fra vores partnere; din e-mailadresse deler vi ikke.'],
    [
      'fr',
      'Dans la newsletter, nous vous informons des offres de nos partenaires ; nous ne transmettons pas votre adresse e-mail.',
    ],
    [
      'es',
      'En el boletín le informamos de ofertas de nuestros socios; no cedemos su dirección de correo electrónico.',
    ],
    [
      'it',
      'Nella newsletter ti informiamo sulle offerte dei nostri partner; non cediamo il tuo indirizzo email.',
    ],
    [
      'pl',
      'W newsletterze informujemy o ofertach naszych partnerów; nie przekazujemy Twojego adresu e-mail.',
    ],
    [
      'pt',
      'Na newsletter informamos sobre ofertas dos nossos parceiros; não partilhamos o seu endereço de email.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('business-partners');
  });
});

describe('a bank collecting from public registers is no recipient', () => {
  test.each<[Lang, string]>([
    [
      'nb',
      'Banken har rett til å innhente opplysninger fra offentlige registre for å oppfylle kravene i hvitvaskingsloven.',
    ],
    [
      'de',
      'Die Bank ist berechtigt, Informationen aus öffentlichen Registern einzuholen, um die Anforderungen des Geldwäschegesetzes zu erfüllen.',
    ],
    [
      'sv',
      'Banken har rätt att hämta in uppgifter från offentliga register för att uppfylla kraven i penningtvättslagen.',
    ],
    [
      'da',
      'Banken har ret til at indhente oplysninger fra offentlige registre for at opfylde kravene i hvidvaskloven.',
    ],
    [
      'fr',
      'La banque peut recueillir des informations auprès des registres publics afin de respecter ses obligations de lutte contre le blanchiment.',
    ],
    [
      'es',
      'El banco puede obtener información de registros públicos para cumplir la normativa de prevención del blanqueo.',
    ],
    [
      'it',
      'La banca può raccogliere informazioni da registri pubblici per adempiere agli obblighi antiriciclaggio.',
    ],
    [
      'pl',
      'Bank może pozyskiwać informacje z rejestrów publicznych w celu wypełnienia obowiązków ustawowych.',
    ],
    [
      'pt',
      'O banco pode recolher informações de registos públicos para cumprir as obrigações de prevenção do branqueamento de capitais.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('service-providers');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string, string]>([
    [
      'de',
      'Wir geben Ihre E-Mail-Adresse an unsere Partner weiter, damit diese Ihnen Angebote senden.',
      'business-partners',
    ],
    ['en', 'We share your email address with our partners so they can send you offers.', 'business-partners'],
    [
      'fr',
      'Nous transmettons votre adresse e-mail à nos partenaires afin qu’ils vous envoient leurs offres.',
      'business-partners',
    ],
    ['nb', 'Vi deler opplysninger med banken som behandler betalingen.', 'service-providers'],
    ['en', 'Our hosting provider collects your IP address.', 'service-providers'],
  ])('%s: %s', (lang, text, kind) => {
    expect(recipientsOf(text, lang)).toContain(kind);
  });
});
