/**
 * Shipping goods abroad is no transfer of data (session 19, fixq19, from probe19: "We deliver to the UK, Ireland
 * and most countries in the European Union" raised the international flag). Masks in eleven languages: "we
 * deliver / ship", "wir liefern / versenden", "wij leveren", "vi leverer", "nous livrons", "realizamos envíos",
 * "spediamo", "wysyłamy", "enviamos encomendas", up to a data word or a transfer verb; a transfer of data in the
 * same sentence still raises the flag.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

function international(text: string, lang: Lang): boolean {
  return practicesOf([text], lang).international.found;
}

/** Goods shipped or delivered abroad: no international transfer. */
const SHIPPING: readonly [Lang, string][] = [
  ['en', 'We ship to the UK, Ireland and most countries in the European Union.'],
  ['en', 'We deliver worldwide, including to the United States and Canada.'],
  ['de', 'Wir liefern nach Deutschland, Österreich und in die Schweiz.'],
  ['de', 'Wir versenden auch in Länder außerhalb der EU.'],
  ['nl', 'Wij leveren in Nederland, België en de meeste landen van de Europese Unie.'],
  ['nb', 'Vi leverer til hele Norden og de fleste land i EU.'],
  ['sv', 'Vi levererar till hela Norden och de flesta länder i EU.'],
  ['da', 'Vi leverer til hele Norden og de fleste lande i EU.'],
  ['fr', "Nous livrons en France, en Belgique et dans la plupart des pays de l'Union européenne."],
  ['es', 'Realizamos envíos a España, Portugal y a la mayoría de los países de la Unión Europea.'],
  ['it', "Spediamo in Italia, in Svizzera e nella maggior parte dei paesi dell'Unione europea."],
  ['pl', 'Wysyłamy towary do Polski, Niemiec i większości krajów Unii Europejskiej.'],
  ['pt', 'Enviamos encomendas para Portugal, Espanha e a maioria dos países da União Europeia.'],
  ['es', 'Enviamos pedidos a toda la Unión Europea.'],
  ['it', "Spediamo i nostri prodotti in tutta l'Unione europea e in Svizzera."],
];

/** Data transferred abroad: still the flag. */
const TRANSFERS: readonly [Lang, string][] = [
  ['en', 'We transfer your data to our servers in the United States.'],
  ['de', 'Wir übermitteln Ihre Daten an Server in den USA.'],
  ['nl', 'Wij doorgeven uw gegevens aan landen buiten de Europese Economische Ruimte.'],
  ['nb', 'Vi overfører opplysningene dine til land utenfor EØS.'],
  ['sv', 'Vi överför dina uppgifter till länder utanför EU/EES.'],
  ['da', 'Vi overfører dine oplysninger til lande uden for EU/EØS.'],
  ['fr', "Vos données sont transférées vers des pays situés hors de l'Union européenne."],
  ['es', 'Transferimos sus datos a países fuera del Espacio Económico Europeo.'],
  ['it', "Trasferiamo i tuoi dati verso paesi al di fuori dell'Unione europea."],
  ['pl', 'Przekazujemy Twoje dane do państw spoza Europejskiego Obszaru Gospodarczego.'],
  ['pt', 'Transferimos os seus dados para países fora do Espaço Económico Europeu.'],
  ['en', 'We ship orders from our warehouse and transfer your data to our partners in the United States.'],
  [
    'de',
    'Wir versenden Pakete weltweit; Ihre Daten werden dabei an Versanddienstleister in Drittländern übermittelt.',
  ],
];

describe('flags: shipping goods abroad is no international transfer (probe19)', () => {
  it.each(SHIPPING)('[%s] no flag: %s', (lang, text) => {
    expect(international(text, lang)).toBe(false);
  });
  it.each(TRANSFERS)('[%s] international: %s', (lang, text) => {
    expect(international(text, lang)).toBe(true);
  });
});
