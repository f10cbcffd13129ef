import { describe, expect, it } from 'vitest';
import { extractPractices } from '../../../src/core/extract/index';
import type { Lang, Recipient } from '../../../src/core/vocabulary';
import { recipientsOf, segments, sureScores } from './helpers';

type Case = { lang: Lang; text: string };

/** Recipients read with silent scores and with a classifier sure the sentence is about sharing. */
function bothWays(text: string, lang: Lang): [readonly Recipient[], readonly Recipient[]] {
  const sure = extractPractices(segments([text]), sureScores(1, 'sharing'), lang).sharing.recipients;
  return [recipientsOf(text, lang), sure];
}

/** Buyers on a marketplace are other users answering an ad, not a company's acquirer. */
const MARKET_BUYERS: readonly Case[] = [
  { lang: 'sv', text: 'Annonser på marknadsplatsen kan besvaras av köpare från hela Norden.' },
  { lang: 'en', text: 'Listings on the marketplace can be answered by buyers from all over Europe.' },
  { lang: 'de', text: 'Anzeigen auf dem Marktplatz können von Käufern aus ganz Europa beantwortet werden.' },
  { lang: 'da', text: 'Annoncer på markedspladsen kan besvares af købere fra hele Norden.' },
];

/** The buyer of the business, data sent to it: still an acquirer. */
const ACQUIRERS: readonly Case[] = [
  { lang: 'en', text: 'In the event of a merger or sale, your data may be transferred to the buyer.' },
  { lang: 'sv', text: 'Vid en försäljning av verksamheten kan uppgifterna överlämnas till köparen.' },
  {
    lang: 'de',
    text: 'Im Falle eines Verkaufs des Unternehmens können Ihre Daten an den Käufer übermittelt werden.',
  },
  { lang: 'en', text: 'We may share your data with a prospective buyer of our business.' },
  { lang: 'sv', text: 'Dina uppgifter kan överföras till en köpare av verksamheten.' },
  { lang: 'da', text: 'Dine oplysninger kan overføres til en eventuel køber af virksomheden.' },
];

/** Publishing a new version of the policy discloses no one's data. */
const POLICY_PUBLISHED: readonly Case[] = [
  {
    lang: 'sv',
    text: 'Om vi ändrar den här integritetspolicyn publicerar vi den nya versionen här och anger datumet för den senaste ändringen.',
  },
  { lang: 'nb', text: 'Hvis vi endrer denne personvernerklæringen, publiserer vi den nye versjonen her.' },
  {
    lang: 'da',
    text: 'Hvis vi ændrer denne privatlivspolitik, offentliggør vi den nye version her og angiver datoen.',
  },
  {
    lang: 'de',
    text: 'Wir veröffentlichen die neue Fassung dieser Datenschutzerklärung auf unserer Website.',
  },
];

/** Goods sold for dealers: the dealers receive no data. */
const GOODS_FOR_DEALERS: readonly Case[] = [
  {
    lang: 'de',
    text: 'Wir verkaufen gebrauchte Elektrogeräte im Auftrag unserer Händler und erheben dafür eine Provision.',
  },
  { lang: 'en', text: 'We sell used electronics on behalf of our dealers and charge a commission for it.' },
  {
    lang: 'fr',
    text: "Nous vendons des appareils d'occasion pour le compte de nos revendeurs et percevons une commission.",
  },
  {
    lang: 'sv',
    text: 'Vi säljer begagnad elektronik på uppdrag av våra återförsäljare och tar ut en provision.',
  },
];

/** Data sold to dealers: they are recipients. */
const DATA_TO_DEALERS: readonly Case[] = [
  { lang: 'de', text: 'Wir verkaufen Ihre Daten an unsere Händler.' },
  { lang: 'en', text: 'We sell your email address to our dealers.' },
  { lang: 'fr', text: 'Nous vendons vos données à nos revendeurs.' },
  { lang: 'sv', text: 'Vi säljer dina uppgifter till våra återförsäljare.' },
];

describe('recipients probe15 and its review read falsely', () => {
  it.each(MARKET_BUYERS)('[$lang] marketplace buyers are no acquirers: $text', ({ lang, text }) => {
    for (const found of bothWays(text, lang)) expect(found).not.toContain('acquirers');
  });
  it.each(ACQUIRERS)('[$lang] the buyer of the business is an acquirer: $text', ({ lang, text }) => {
    expect(recipientsOf(text, lang)).toContain('acquirers');
  });
  it.each(POLICY_PUBLISHED)(
    '[$lang] a published policy version reaches no users: $text',
    ({ lang, text }) => {
      for (const found of bothWays(text, lang)) expect(found).not.toContain('other-users');
    },
  );
  it('[de sv] a profile published or shown to others still reaches other users', () => {
    expect(
      recipientsOf('Ihr Profil wird veröffentlicht und ist für andere Nutzer sichtbar.', 'de'),
    ).toContain('other-users');
    expect(recipientsOf('Ditt användarnamn publiceras på topplistan.', 'sv')).toContain('other-users');
  });
  it.each(GOODS_FOR_DEALERS)('[$lang] goods sold for dealers share nothing: $text', ({ lang, text }) => {
    for (const found of bothWays(text, lang)) expect(found).toEqual([]);
  });
  it.each(DATA_TO_DEALERS)('[$lang] data sold to dealers reaches them: $text', ({ lang, text }) => {
    expect(recipientsOf(text, lang)).toContain('business-partners');
  });
});
