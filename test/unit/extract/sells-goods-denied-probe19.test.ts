/**
 * A denied sale of goods is no promise about data (session 19, fixq19, from probe19): "We do not sell alcohol to
 * anyone under 18", "Non vendiamo prodotti a base di tabacco ai minori" read sells=false. A denial now needs data
 * as what is not sold: a data noun or a named datum in its clause, a pronoun for it beside the sell word ("we
 * never sell it", "nous ne les vendons jamais"), a pass-on word, or a party the sale would go to ("to third
 * parties"). Goods named right after a sell word admit no sale either ("den Verkauf von Produkten").
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

function sells(text: string, lang: Lang): boolean | null {
  return practicesOf([text], lang).sharing.sells;
}

/** Sales of goods denied, to minors or at all: no statement about selling data. */
const GOODS_DENIED: readonly [Lang, string][] = [
  ['en', 'We do not sell alcohol to anyone under the age of 18.'],
  ['en', "We don't sell tobacco products or e-cigarettes to minors."],
  ['en', 'Energy drinks are not sold to children under 16 in our stores.'],
  ['de', 'Wir verkaufen keinen Alkohol an Personen unter 18 Jahren.'],
  ['de', 'Tabakwaren verkaufen wir nicht an Minderjährige.'],
  ['de', 'Energydrinks werden in unseren Filialen nicht an Kinder unter 16 Jahren verkauft.'],
  ['nl', 'Wij verkopen geen alcohol aan personen onder de 18 jaar.'],
  ['nl', 'Tabaksproducten verkopen wij niet aan minderjarigen.'],
  ['nl', 'Energiedrankjes worden in onze winkels niet verkocht aan kinderen onder de 16 jaar.'],
  ['nb', 'Vi selger ikke alkohol til personer under 18 år.'],
  ['nb', 'Vi selger ikke tobakksvarer eller snus til mindreårige.'],
  ['nb', 'Energidrikk selges ikke til barn under 16 år i våre butikker.'],
  ['sv', 'Vi säljer inte tobak eller snus till den som är under 18 år.'],
  ['sv', 'Energidrycker säljs inte till barn under 15 år i våra butiker.'],
  ['sv', 'Vi säljer aldrig folköl till minderåriga.'],
  ['da', 'Vi sælger ikke alkohol til personer under 18 år.'],
  ['da', 'Tobak og e-cigaretter sælges ikke til mindreårige.'],
  ['da', 'Vi sælger aldrig energidrikke til børn under 16 år.'],
  ['fr', "Nous ne vendons pas d'alcool aux mineurs de moins de 18 ans."],
  ['fr', 'Les produits du tabac ne sont pas vendus aux personnes de moins de 18 ans.'],
  ['fr', 'Nous ne vendons jamais de boissons énergisantes aux enfants.'],
  ['es', 'No vendemos bebidas alcohólicas a menores de 18 años.'],
  ['es', 'No vendemos tabaco a menores de edad.'],
  ['es', 'En nuestras tiendas no se venden bebidas energéticas a niños.'],
  ['it', 'Non vendiamo alcolici ai minori di 18 anni.'],
  ['it', 'Le sigarette elettroniche non sono vendute ai minorenni.'],
  ['it', 'Non vendiamo mai bevande energetiche ai bambini.'],
  ['pl', 'Nie sprzedajemy alkoholu osobom poniżej 18 roku życia.'],
  ['pl', 'Wyrobów tytoniowych nie sprzedajemy osobom niepełnoletnim.'],
  ['pl', 'Napoje energetyczne nie są sprzedawane dzieciom.'],
  ['pt', 'Não vendemos bebidas alcoólicas a menores de 18 anos.'],
  ['pt', 'Não vendemos produtos de tabaco a menores.'],
  ['pt', 'Nas nossas lojas não são vendidas bebidas energéticas a crianças.'],
  ['it', 'La birra non è venduta ai minori.'],
  ['es', 'La cerveza no se vende a menores.'],
  ['pt', 'A cerveja não é vendida a menores de 18 anos.'],
  ['de', 'Wir verkaufen Ihnen keinen Alkohol, wenn Sie jünger als 18 Jahre sind.'],
  ['nl', 'Wij verkopen het product niet aan kinderen.'],
];

/** Denials of selling data, said with a data noun, a pronoun or a party: still denials. */
const DATA_DENIED: readonly [Lang, string][] = [
  ['en', 'We do not sell your personal information to anyone.'],
  ['en', 'Your data belongs to you: we never sell it.'],
  ['de', 'Wir verkaufen Ihre personenbezogenen Daten nicht.'],
  ['de', 'Ihre Daten gehören Ihnen; wir verkaufen sie niemals.'],
  ['nl', 'Wij verkopen uw persoonsgegevens niet aan derden.'],
  ['nl', 'Uw gegevens zijn van u: wij verkopen ze nooit.'],
  ['nb', 'Vi selger ikke personopplysningene dine til noen.'],
  ['nb', 'Opplysningene dine tilhører deg, og vi selger dem aldri.'],
  ['sv', 'Vi säljer aldrig dina personuppgifter.'],
  ['sv', 'Dina uppgifter är dina, och vi säljer dem inte.'],
  ['da', 'Vi sælger ikke dine personoplysninger til tredjeparter.'],
  ['da', 'Dine oplysninger er dine, og vi sælger dem aldrig.'],
  ['fr', 'Nous ne vendons pas vos données personnelles.'],
  ['fr', 'Vos informations vous appartiennent : nous ne les vendons jamais.'],
  ['es', 'No vendemos tus datos personales a terceros.'],
  ['es', 'Tus datos son tuyos y nunca los vendemos.'],
  ['it', 'Non vendiamo i tuoi dati personali a terzi.'],
  ['it', 'I tuoi dati sono tuoi: non li vendiamo mai.'],
  ['pl', 'Nie sprzedajemy Twoich danych osobowych.'],
  ['pl', 'Twoje dane należą do Ciebie i nigdy ich nie sprzedajemy.'],
  ['pt', 'Não vendemos os seus dados pessoais a terceiros.'],
  ['pt', 'Os seus dados são seus e nunca os vendemos.'],
  ['en', 'We do not sell, rent or trade them.'],
  ['en', 'We will never sell to third parties.'],
  ['fr', 'Nous ne vendons aucune donnée.'],
  ['fr', 'Ces informations ne sont jamais vendues à des tiers.'],
  ['it', 'Non li abbiamo mai venduti e non li venderemo.'],
  ['pl', 'Nie sprzedajemy ich podmiotom trzecim.'],
  ['de', 'Wir geben Ihre Daten nicht weiter und verkaufen sie auch nicht.'],
  ['sv', 'Vi samlar in uppgifter för leveransen men säljer dem aldrig.'],
];

/** Goods sold, named right after the sell word: no sale of data, whatever the sentence names later. */
const GOODS_SOLD: readonly [Lang, string][] = [
  ['de', 'Beiträge dürfen nicht den Verkauf von Produkten bewerben; wir schützen die Daten aller Nutzer.'],
  [
    'en',
    'Our partners are authorised to sell our products, and we collect your name and address for delivery.',
  ],
  ['nl', 'Verkopers verkopen hun producten via ons platform en wij verwerken daarbij gegevens.'],
];

/** A sale of goods and data together: still a sale. */
const STILL_SOLD: readonly [Lang, string][] = [
  ['en', 'We sell your tickets and your personal data to partners.'],
  ['de', 'Wir verkaufen Produkte und Ihre Kundendaten an Partner.'],
];

describe('selling: denials of goods are no denial of selling data (probe19)', () => {
  it.each(GOODS_DENIED)('[%s] no denial: %s', (lang, text) => {
    expect(sells(text, lang)).toBeNull();
  });
  it.each(DATA_DENIED)('[%s] still a denial: %s', (lang, text) => {
    expect(sells(text, lang)).toBe(false);
  });
  it.each(GOODS_SOLD)('[%s] no sale: %s', (lang, text) => {
    expect(sells(text, lang)).toBeNull();
  });
  it.each(STILL_SOLD)('[%s] still a sale: %s', (lang, text) => {
    expect(sells(text, lang)).toBe(true);
  });
});
