/**
 * Recipients a reader's probe of fresh sentences found unread (probe11 S2, S4-S7): sponsors and insurers are
 * business partners (the labelling rule names them), tax authorities by their names and a legal
 * obligation as the exception ("es sei denn, wir sind gesetzlich dazu verpflichtet") are authorities,
 * couriers and debt collectors are service providers, what is "published on our website" is shown to other
 * users (the other languages' twins read already), regional invoicing, payment and newsletter services are
 * named, a group's companies are affiliates and "the other members" who see a profile are other users.
 * Each with near sentences that must not change.
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Recipient } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const sharingOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing;

describe('the kind a sentence names', () => {
  test.each<[Lang, string, Recipient]>([
    [
      'en',
      'With your consent, we share your contact details with our sponsors so they can send you offers.',
      'business-partners',
    ],
    ['en', 'We pass your data on to our sponsors.', 'business-partners'],
    [
      'de',
      'Mit Ihrer Einwilligung geben wir Ihre Kontaktdaten an unsere Sponsoren weiter.',
      'business-partners',
    ],
    [
      'de',
      'Bei einem Unfall im Training geben wir Ihre Daten an unsere Versicherung weiter.',
      'business-partners',
    ],
    ['nl', 'Met uw toestemming geven wij uw contactgegevens door aan onze sponsors.', 'business-partners'],
    ['nb', 'Med ditt samtykke deler vi kontaktopplysningene dine med sponsorene våre.', 'business-partners'],
    ['nb', 'Ved en ulykke gir vi opplysningene dine til forsikringsselskapet vårt.', 'business-partners'],
    ['sv', 'Med ditt samtycke delar vi dina kontaktuppgifter med våra sponsorer.', 'business-partners'],
    ['sv', 'Vid en olycka lämnar vi dina uppgifter till vårt försäkringsbolag.', 'business-partners'],
    ['da', 'Med dit samtykke deler vi dine kontaktoplysninger med vores sponsorer.', 'business-partners'],
    ['fr', 'Avec votre accord, nous transmettons vos coordonnées à nos sponsors.', 'business-partners'],
    [
      'it',
      'Con il tuo consenso comunichiamo i tuoi dati di contatto ai nostri sponsor.',
      'business-partners',
    ],
    [
      'it',
      'In caso di incidente comunichiamo i tuoi dati alla nostra compagnia assicurativa.',
      'business-partners',
    ],
    ['pl', 'Za Twoją zgodą przekazujemy Twoje dane kontaktowe naszym sponsorom.', 'business-partners'],
    [
      'pt',
      'Com o seu consentimento, compartilhamos seus dados de contato com nossos patrocinadores.',
      'business-partners',
    ],
    ['en', 'We share your data with HMRC.', 'authorities'],
    ['de', 'Wir übermitteln Ihre Daten an das Finanzamt.', 'authorities'],
    ['nb', 'Vi gir opplysningene til Skatteetaten.', 'authorities'],
    ['sv', 'Vi lämnar uppgifterna till Skatteverket.', 'authorities'],
    ['fr', 'Nous transmettons vos factures au service des impôts.', 'authorities'],
    ['pt', 'Comunicamos as faturas à Autoridade Tributária e Aduaneira.', 'authorities'],
    [
      'de',
      'Eine Weitergabe an Dritte erfolgt nicht, es sei denn, wir sind gesetzlich dazu verpflichtet.',
      'authorities',
    ],
    [
      'en',
      'We do not share your data with third parties unless we are legally required to do so.',
      'authorities',
    ],
    ['en', 'We pass your name and address to the courier.', 'service-providers'],
    ['en', 'We share your name and address with the courier.', 'service-providers'],
    ['nl', 'Wij geven uw naam en adres door aan de koerier.', 'service-providers'],
    ['fr', 'Nous transmettons votre adresse au livreur.', 'service-providers'],
    ['en', 'We may pass your details to a debt collection agency.', 'service-providers'],
    ['de', 'Wir übermitteln Ihre Daten an ein Inkassounternehmen.', 'service-providers'],
    [
      'fr',
      "En cas d'impayé, vos données sont transmises à une société de recouvrement.",
      'service-providers',
    ],
    ['es', 'En caso de impago, comunicaremos sus datos a una empresa de recobro.', 'service-providers'],
    [
      'it',
      'In caso di mancato pagamento comunichiamo i suoi dati a una società di recupero crediti.',
      'service-providers',
    ],
    ['pl', 'W razie zaległości przekazujemy dane firmie windykacyjnej.', 'service-providers'],
    [
      'pt',
      'Em caso de inadimplência, compartilhamos seus dados com empresas de cobrança.',
      'service-providers',
    ],
    ['en', 'Results of club competitions, including names, are published on our website.', 'other-users'],
    ['nl', 'Uw gegevens kunnen worden gedeeld met andere vennootschappen binnen ons concern.', 'affiliates'],
    [
      'es',
      'Tu foto de perfil y los comentarios que publiques serán visibles para los demás socios.',
      'other-users',
    ],
    [
      'pt',
      'A sua foto de perfil e os comentários que publicar ficam visíveis para os demais membros.',
      'other-users',
    ],
  ])('%s: %s', (lang, text, kind) => {
    expect(sharingOf(text, lang).recipients).toContain(kind);
  });
});

describe('regional services are named', () => {
  test.each<[Lang, string, string]>([
    ['fr', 'Les cotisations sont réglées en ligne via HelloAsso.', 'HelloAsso'],
    ['es', 'Utilizamos Holded como software de facturación.', 'Holded'],
    ['pl', 'Faktury wystawiamy w systemie Fakturownia.', 'Fakturownia'],
    ['nl', 'Wij versturen onze facturen met Moneybird.', 'Moneybird'],
    ['it', 'Emettiamo le fatture con Fatture in Cloud.', 'Fatture in Cloud'],
    ['pt', 'Os pagamentos são feitos por MB Way.', 'MB Way'],
  ])('%s: %s', (lang, text, name) => {
    const s = sharingOf(text, lang);
    expect(s.named).toContain(name);
    expect(s.recipients).toContain('service-providers');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['en', 'You may complain to HMRC.'],
    ['en', 'Our insurer: Allianz Insurance plc, 57 Ladymead, Guildford.'],
    ['de', 'Unsere Versicherung: Allianz Versicherungs-AG, Königinstraße 28, 80802 München.'],
    ['en', 'By using this website you agree to be legally bound by these terms.'],
    ['en', 'This event is sponsored by our local bakery.'],
    ['es', 'Los socios pueden consultar el reglamento del club.'],
    ['en', 'We share your order details within our team to provide our delivery services.'],
    ['fr', 'Nous partageons vos données au sein de notre équipe pour assurer nos services de livraison.'],
    ['en', 'This privacy policy was published on 1 May 2024.'],
    ['en', 'Any changes to this policy will be published on this page.'],
  ])('%s: %s', (lang, text) => {
    expect(sharingOf(text, lang).recipients).toEqual([]);
  });

  test('"the other members" are not business partners', () => {
    const r = sharingOf('Tu foto de perfil será visible para los demás socios.', 'es').recipients;
    expect(r).not.toContain('business-partners');
  });
});
