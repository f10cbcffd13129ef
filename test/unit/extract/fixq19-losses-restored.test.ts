/**
 * What fixq19's narrowings lost, restored (session 19, fixr19q). A bare "No. We do not sell." under a question
 * about selling data, and a denial of "your info" or of "anything about you", read sells=false again; the
 * operator delivering its services with providers abroad, or shipping goods while its servers stand abroad, is
 * an international transfer again; withdrawing consent to advertising "after a purchase" is withdraw-consent
 * again. Each with the negatives fixq19 fixed kept unread.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const sells = (blocks: Parameters<typeof practicesOf>[0], lang: Lang) =>
  practicesOf(blocks, lang).sharing.sells;

/** A section heading asking about selling data, then a bare denial. */
const BARE_ANSWERS: readonly [Lang, string, string][] = [
  ['en', 'Do we sell your data?', 'No. We do not sell.'],
  ['de', 'Verkaufen wir Ihre Daten?', 'Nein. Wir verkaufen nicht.'],
  ['nl', 'Verkopen wij uw gegevens?', 'Nee. Wij verkopen niet.'],
  ['nb', 'Selger vi dataene dine?', 'Nei. Vi selger ikke.'],
  ['sv', 'Säljer vi dina uppgifter?', 'Nej. Vi säljer inte.'],
  ['da', 'Sælger vi dine data?', 'Nej. Vi sælger ikke.'],
  ['fr', 'Vendons-nous vos données ?', 'Non. Nous ne vendons pas.'],
  ['es', '¿Vendemos sus datos?', 'No. No vendemos.'],
  ['it', 'Vendiamo i tuoi dati?', 'No. Non vendiamo.'],
  ['pl', 'Czy sprzedajemy Twoje dane?', 'Nie. Nie sprzedajemy.'],
  ['pt', 'Vendemos os seus dados?', 'Não. Não vendemos.'],
];

/** The question and its bare answer in one paragraph. */
const ASKED_THEN_DENIED: readonly [Lang, string][] = [
  ['en', "Do we sell your personal information? No, we don't sell."],
  ['de', 'Verkaufen wir Ihre Daten? Nein, wir verkaufen nicht.'],
  ['es', '¿Vendemos sus datos? No, no vendemos.'],
];

/** What is not sold said as "info" or "about you". */
const THINGS_DENIED: readonly [Lang, string][] = [
  ['en', "We don't sell your info."],
  ['en', 'We do not sell anything about you.'],
  ['de', 'Wir verkaufen Ihre Infos nicht.'],
  ['nl', 'Wij verkopen je info niet.'],
  ['da', 'Vi sælger ikke noget om dig.'],
  ['fr', 'Nous ne vendons rien vous concernant.'],
  ['fr', 'Nous ne vendons pas vos infos.'],
  ['es', 'No vendemos nada sobre usted.'],
  ['it', 'Non vendiamo nulla che ti riguardi.'],
  ['pl', 'Nie sprzedajemy niczego o Tobie.'],
  ['pt', 'Não vendemos nada sobre si.'],
];

/** Goods questions, goods headings and goods denials stay unread. */
const GOODS: readonly [Lang, string, string][] = [
  ['en', 'Do you sell beer?', 'No. We do not sell to minors.'],
  ['en', 'Alcohol', 'We do not sell to minors.'],
  ['en', 'Do we sell alcohol?', 'No. We do not sell.'],
  ['en', 'Do we sell your data?', 'No. We do not sell alcohol to minors.'],
  ['en', '', 'We do not sell alcohol to you.'],
  ['de', '', 'Wir verkaufen keinen Alkohol an Sie.'],
  ['de', 'Verkaufen wir Bier?', 'Nein. Wir verkaufen nicht.'],
  ['fr', 'Vendons-nous de la bière ?', 'Non. Nous ne vendons pas.'],
  ['pt', '', 'Não vendemos álcool a menores.'],
];

describe('a bare denial under a question about selling data (fixr19q)', () => {
  it.each(BARE_ANSWERS)('%s: "%s" then "%s" reads sells=false', (lang, heading, text) => {
    expect(sells([{ text, heading }], lang)).toBe(false);
  });
  it.each(ASKED_THEN_DENIED)('%s: %s', (lang, text) => {
    expect(sells([text], lang)).toBe(false);
  });
});

describe('a denial of "your info" or "anything about you" (fixr19q)', () => {
  it.each(THINGS_DENIED)('%s: %s reads sells=false', (lang, text) => {
    expect(sells([text], lang)).toBe(false);
  });
});

describe('goods questions and goods denials stay unread (fixr19q)', () => {
  it.each(GOODS)('%s: "%s" then "%s" says nothing', (lang, heading, text) => {
    expect(sells([{ text, heading }], lang)).toBe(null);
  });
});

const international = (text: string, lang: Lang) => practicesOf([text], lang).international.found;

/** The operator delivering its services with providers abroad, or storing data abroad beside its shipping. */
const SERVICES_ABROAD: readonly [Lang, string][] = [
  ['en', 'We deliver our services using providers located outside the EEA.'],
  ['en', 'We deliver the service with the help of subprocessors in the United States.'],
  ['en', 'We ship orders from our warehouse, and our servers are located in the United States.'],
  ['de', 'Wir liefern unsere Dienste über Server in den USA.'],
  ['de', 'Wir liefern unsere Leistungen mit Dienstleistern außerhalb der EU.'],
  ['nl', 'Wij leveren onze diensten met hulp van partijen buiten de EER.'],
  ['nb', 'Vi leverer tjenesten ved hjelp av leverandører utenfor EØS.'],
  ['sv', 'Vi levererar tjänsten med hjälp av leverantörer utanför EES.'],
  ['da', 'Vi leverer tjenesten ved hjælp af leverandører uden for EØS.'],
  ['fr', "Nous livrons nos services à l'aide de prestataires situés hors de l'UE."],
  ['it', 'Consegniamo i nostri servizi tramite fornitori situati al di fuori dello SEE.'],
  ['pl', 'Dostarczamy nasze usługi za pomocą dostawców spoza EOG.'],
];

/** Goods shipped abroad stay no transfer. */
const GOODS_ABROAD: readonly [Lang, string][] = [
  ['en', 'We ship to the UK, Ireland and most countries in the European Union.'],
  ['en', 'We deliver our products to most countries outside the EU.'],
  ['en', 'We ship to customers located in the United States and Canada.'],
  ['en', 'We ship all orders processed before noon to countries outside the EU.'],
  ['de', 'Wir liefern unsere Produkte auch in Länder außerhalb der EU.'],
  ['nl', 'Wij leveren onze producten ook buiten de EU.'],
  ['nb', 'Vi leverer varene våre også til land utenfor EØS.'],
  ['sv', 'Vi levererar våra varor även till länder utanför EES.'],
  ['da', 'Vi leverer vores varer også til lande uden for EØS.'],
  ['fr', "Nous livrons nos produits dans la plupart des pays de l'Union européenne."],
  ['it', "Spediamo i nostri prodotti anche al di fuori dell'UE."],
  ['pl', 'Wysyłamy nasze produkty również poza UE.'],
  ['pt', 'Enviamos as encomendas também para fora da UE.'],
  ['es', 'Realizamos envíos también fuera de la UE.'],
];

describe('services delivered with providers abroad are a transfer again (fixr19q)', () => {
  it.each(SERVICES_ABROAD)('%s: %s', (lang, text) => {
    expect(international(text, lang)).toBe(true);
  });
  it.each(GOODS_ABROAD)('%s: %s stays no transfer', (lang, text) => {
    expect(international(text, lang)).toBe(false);
  });
});

const rights = (text: string, lang: Lang) => practicesOf([text], lang).rights.rights;

describe('consent to advertising withdrawn after a purchase is withdraw-consent again (fixr19q)', () => {
  it.each([
    ['de', 'Den Erhalt von Werbung per E-Mail nach einem Kauf können Sie jederzeit widerrufen.'],
    ['nl', 'U kunt uw inschrijving voor de nieuwsbrief na een aankoop altijd intrekken.'],
  ] as [Lang, string][])('%s: %s', (lang, text) => {
    expect(rights(text, lang)).toContain('withdraw-consent');
  });
  it.each([
    ['de', 'Sie können Ihre Bestellung innerhalb von 14 Tagen widerrufen.'],
    ['nl', 'Je kunt je aankoop binnen 14 dagen herroepen.'],
  ] as [Lang, string][])('%s: %s stays unread', (lang, text) => {
    expect(rights(text, lang)).not.toContain('withdraw-consent');
  });
});
