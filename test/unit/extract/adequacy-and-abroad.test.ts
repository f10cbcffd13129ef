/**
 * Probe15: a transfer said as a provider in a third country with an adequacy finding ("vår leverantör i
 * Kanada, som enligt EU-kommissionen har en adekvat skyddsnivå"), and data moved abroad in fr es it pt ("vos
 * données peuvent être transférées à l'étranger"), read no transfer. The Commission finding adequate
 * protection, a processor or service provider in a named third country, and data (a data noun with a verb of
 * moving, storing or processing) sent abroad are strong international terms now, eleven languages. Goods
 * and people abroad ("livraison à l'étranger", "si vous voyagez à l'étranger"), a goods supplier in a third
 * country and a denied transfer say nothing.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

describe('a transfer read', () => {
  test.each<[Lang, string]>([
    [
      'sv',
      'Dina uppgifter lagras inom EU/EES, men vissa supportärenden hanteras av vår leverantör i Kanada, som enligt EU-kommissionen har en adekvat skyddsnivå.',
    ],
    [
      'en',
      'Some requests are handled by our service provider in Canada, which the European Commission recognises as offering adequate protection.',
    ],
    ['de', 'Die EU-Kommission hat Kanada ein angemessenes Datenschutzniveau bescheinigt.'],
    ['nl', 'De Europese Commissie heeft vastgesteld dat Canada een passend beschermingsniveau biedt.'],
    ['nb', 'EU-kommisjonen har fastslått at Canada har et tilstrekkelig beskyttelsesnivå.'],
    ['da', 'EU-Kommissionen har vurderet, at Canada har et tilstrækkeligt beskyttelsesniveau.'],
    ['fr', 'La Commission européenne reconnaît au Canada un niveau de protection adéquat.'],
    ['es', 'La Comisión Europea considera que Canadá ofrece un nivel de protección adecuado.'],
    ['it', 'La Commissione europea riconosce al Canada un livello di protezione adeguato.'],
    ['pt', 'A Comissão Europeia reconhece ao Canadá um nível de proteção adequado.'],
    ['en', 'Some data is hosted by a sub-processor in India.'],
    ['da', 'Vi bruger en databehandler i Indien til support.'],
    ['fr', "Vos données peuvent être transférées à l'étranger."],
    ['es', 'Sus datos pueden ser transferidos al extranjero.'],
    ['it', "I tuoi dati possono essere trasferiti all'estero."],
    ['pt', 'Os seus dados podem ser transferidos para o estrangeiro.'],
    ['de', 'Ihre Daten können ins Ausland übermittelt werden.'],
    ['nl', 'Uw gegevens kunnen naar het buitenland worden doorgegeven.'],
    ['nb', 'Personopplysningene dine kan bli overført til utlandet.'],
    ['sv', 'Dina uppgifter kan komma att överföras till utlandet.'],
    ['da', 'Dine oplysninger kan blive overført til udlandet.'],
    ['pl', 'Twoje dane mogą być przekazywane za granicę.'],
    ['en', 'Your data may be transferred abroad.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'international', 'audiences')).toEqual([true, true]);
  });
});

describe('goods, people, a goods supplier and a denied transfer say nothing', () => {
  test.each<[Lang, string]>([
    ['fr', "Nous proposons la livraison à l'étranger."],
    ['fr', "Si vous voyagez à l'étranger, votre carte fonctionne."],
    ['fr', "Vos données ne sont jamais transférées à l'étranger."],
    ['es', 'Realizamos envíos al extranjero.'],
    ['it', "Spediamo i prodotti all'estero."],
    ['pt', 'Se viajar para o estrangeiro, avise-nos.'],
    ['sv', 'Vår leverantör i Kina tillverkar skorna.'],
    ['en', 'Our supplier in China makes the shoes.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'international', 'other')[0]).toBe(false);
  });
});
