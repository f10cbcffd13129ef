import { describe, expect, it } from 'vitest';
import { disguisedEmailsIn } from '../../../src/core/extract/emails';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

type Case = { lang: Lang; text: string; emails: readonly string[] };

function emails(text: string, lang: Lang): readonly string[] {
  return practicesOf([text], lang).contact.emails;
}

/** A no-reply sender is nobody to write to: the address beside it is the contact. */
const NO_REPLY: readonly Case[] = [
  {
    lang: 'en',
    text: 'Our newsletter is sent from noreply@lakeside-fc.org; questions about your data go to privacy@lakeside-fc.org.',
    emails: ['privacy@lakeside-fc.org'],
  },
  {
    lang: 'de',
    text: 'Unser Newsletter wird von no-reply@sv-seedorf.de versendet; Fragen zu Ihren Daten richten Sie an datenschutz@sv-seedorf.de.',
    emails: ['datenschutz@sv-seedorf.de'],
  },
  {
    lang: 'nl',
    text: 'Onze nieuwsbrief wordt verstuurd vanaf noreply@vv-meerdorp.nl; vragen over je gegevens stuur je naar privacy@vv-meerdorp.nl.',
    emails: ['privacy@vv-meerdorp.nl'],
  },
  {
    lang: 'nb',
    text: 'Nyhetsbrevet sendes fra ikke-svar@sjo-il.no; spørsmål om opplysningene dine sender du til personvern@sjo-il.no.',
    emails: ['personvern@sjo-il.no'],
  },
  {
    lang: 'sv',
    text: 'Nyhetsbrevet skickas från noreply@sjo-if.se; frågor om dina uppgifter skickar du till integritet@sjo-if.se.',
    emails: ['integritet@sjo-if.se'],
  },
  {
    lang: 'da',
    text: 'Nyhedsbrevet sendes fra noreply@soe-if.dk; spørgsmål om dine oplysninger sendes til persondata@soe-if.dk.',
    emails: ['persondata@soe-if.dk'],
  },
  {
    lang: 'fr',
    text: "Notre lettre d'information est envoyée depuis ne-pas-repondre@fc-lac.fr ; pour toute question sur vos données, écrivez à rgpd@fc-lac.fr.",
    emails: ['rgpd@fc-lac.fr'],
  },
  {
    lang: 'es',
    text: 'Nuestro boletín se envía desde no-responder@cdlago.es; las consultas sobre sus datos, a privacidad@cdlago.es.',
    emails: ['privacidad@cdlago.es'],
  },
  {
    lang: 'it',
    text: 'La nostra newsletter viene inviata da noreply@asdlago.it; per domande sui tuoi dati scrivi a privacy@asdlago.it.',
    emails: ['privacy@asdlago.it'],
  },
  {
    lang: 'pl',
    text: 'Newsletter wysyłamy z adresu nie-odpowiadaj@mks-jezioro.pl; pytania dotyczące Twoich danych kieruj na rodo@mks-jezioro.pl.',
    emails: ['rodo@mks-jezioro.pl'],
  },
  {
    lang: 'pt',
    text: 'A nossa newsletter é enviada a partir de nao-responder@gdlago.pt; as questões sobre os seus dados devem ser enviadas para privacidade@gdlago.pt.',
    emails: ['privacidade@gdlago.pt'],
  },
];

/** Addresses that only look like it stay: "nora@", "notes@", "newsletter@" (a box one can write to). */
const LOOK_ALIKES: readonly Case[] = [
  {
    lang: 'en',
    text: 'Write to nora@example.org or notes@example.org.',
    emails: ['nora@example.org', 'notes@example.org'],
  },
  { lang: 'de', text: 'Abmeldung jederzeit an newsletter@verein.de.', emails: ['newsletter@verein.de'] },
  { lang: 'en', text: 'Contact noreplyguy@example.org with questions.', emails: ['noreplyguy@example.org'] },
];

/** Disguised addresses, read in normal form. */
const DISGUISED: readonly Case[] = [
  {
    lang: 'en',
    text: 'You can reach us at privacy [at] greenfield [dot] org.',
    emails: ['privacy@greenfield.org'],
  },
  {
    lang: 'de',
    text: 'Sie erreichen uns per E-Mail unter datenschutz(at)tsv-musterdorf.de.',
    emails: ['datenschutz@tsv-musterdorf.de'],
  },
  {
    lang: 'nl',
    text: 'Je kunt ons mailen via privacy [at] hockeyclub-oranje.nl.',
    emails: ['privacy@hockeyclub-oranje.nl'],
  },
  { lang: 'nb', text: 'Du når oss på post (at) bergen-il.no.', emails: ['post@bergen-il.no'] },
  { lang: 'en', text: 'Write to Privacy (at) Example (dot) org.', emails: ['privacy@example.org'] },
  { lang: 'de', text: 'Kontakt: Datenschutz(at)Verein.de', emails: ['datenschutz@verein.de'] },
  { lang: 'sv', text: 'Du når oss på info [at] umea-ik [punkt] se.', emails: ['info@umea-ik.se'] },
  {
    lang: 'da',
    text: 'Du kan skrive til os på kontakt [at] aarhus-if.dk.',
    emails: ['kontakt@aarhus-if.dk'],
  },
  {
    lang: 'fr',
    text: 'Vous pouvez nous écrire à contact [arobase] asnantes [point] fr.',
    emails: ['contact@asnantes.fr'],
  },
  {
    lang: 'es',
    text: 'Puedes escribirnos a info [arroba] cdsevilla [punto] es.',
    emails: ['info@cdsevilla.es'],
  },
  {
    lang: 'it',
    text: 'Puoi scriverci a segreteria [chiocciola] asdbergamo.it.',
    emails: ['segreteria@asdbergamo.it'],
  },
  {
    lang: 'pl',
    text: 'Możesz do nas napisać na adres kontakt [małpa] mks-leszno [kropka] pl.',
    emails: ['kontakt@mks-leszno.pl'],
  },
  { lang: 'pt', text: 'Pode escrever-nos para geral [at] gdbraga [ponto] pt.', emails: ['geral@gdbraga.pt'] },
];

/** Brackets that are no address: "meet us (at) the club", a bare " at ", a bracket without a domain. */
const NOT_ADDRESSES: readonly string[] = [
  'Meet our team (at) the clubhouse every Monday.',
  'Contact privacy at greenfield dot org.',
  'The fee (at) 5 EUR is due [at] once.',
  'Write to privacy [at] greenfield.',
  // Review 12: a spaced "(at)" before a capitalised domain is prose.
  'Prices (at) Amazon.com may differ.',
  'The event was held (at) Stockholm.se venue.',
  'Die Preise (at) Zalando.de können abweichen.',
];

describe('contact e-mails: no-reply senders and disguised addresses', () => {
  it.each(NO_REPLY)('a no-reply sender is no contact: $lang', ({ lang, text, emails: expected }) => {
    expect(emails(text, lang)).toEqual(expected);
  });
  it.each(LOOK_ALIKES)('look-alikes stay: $lang $text', ({ lang, text, emails: expected }) => {
    expect([...emails(text, lang)].sort()).toEqual([...expected].sort());
  });
  it.each(DISGUISED)(
    'a disguised address reads in normal form: $lang $text',
    ({ lang, text, emails: expected }) => {
      expect(emails(text, lang)).toEqual(expected);
    },
  );
  it.each(NOT_ADDRESSES)('no address: %s', (text) => {
    expect(disguisedEmailsIn(text)).toEqual([]);
  });
  it('a disguised address and the same address written plainly are one contact', () => {
    const page = ['Write to privacy@greenfield.org.', 'Or: privacy [at] greenfield [dot] org.'];
    expect(practicesOf(page, 'en').contact.emails).toEqual(['privacy@greenfield.org']);
  });
});
