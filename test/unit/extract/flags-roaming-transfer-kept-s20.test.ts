/**
 * international flag: a transfer or storage abroad in a sentence about roaming stays a transfer (session 20, fixr20c,
 * review20c finding 1): the roaming masks apply only where the sentence says no transfer, storage or personal data.
 * Sentences of our own in eleven languages: what must not be read (NOT_READ) and what must be read (READ).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

function read(text: string, lang: Lang): readonly string[] {
  return practicesOf([text], lang).international.found ? ['international'] : [];
}

const NOT_READ: readonly [Lang, string, string][] = [
  ['en', 'international', 'Outside the EU your mobile operator may charge extra roaming fees for calls.'],
  [
    'de',
    'international',
    'Außerhalb der EU kann Ihr Mobilfunkanbieter zusätzliche Roaminggebühren berechnen.',
  ],
  ['nl', 'international', 'Buiten de EU kan je provider roamingkosten rekenen voor bellen.'],
  ['nb', 'international', 'Utenfor EØS kan operatøren din ta roamingavgifter for samtaler.'],
  ['sv', 'international', 'Utanför EU kan din operatör ta ut roamingavgifter för samtal.'],
  ['da', 'international', 'Uden for EU kan dit teleselskab opkræve roaminggebyrer for opkald.'],
  ['fr', 'international', "En dehors de l'UE, votre opérateur peut facturer des frais d'itinérance."],
  ['es', 'international', 'Fuera de la UE, su operador puede cobrar cargos de itinerancia.'],
  ['it', 'international', "Fuori dall'UE il tuo operatore può addebitare costi di roaming."],
  ['pl', 'international', 'Poza UE operator może naliczać opłaty za roaming.'],
  ['pt', 'international', 'Fora da UE, o seu operador pode cobrar tarifas de roaming.'],
];

const READ: readonly [Lang, string, string][] = [
  [
    'en',
    'international',
    'Your personal information is hosted on servers outside the EU, also while you are roaming.',
  ],
  [
    'de',
    'international',
    'Ihre Daten werden auf Servern außerhalb der EU gespeichert, auch wenn Sie Roaming nutzen.',
  ],
  ['nl', 'international', 'Uw gegevens worden opgeslagen buiten de EU, ook als u roaming gebruikt.'],
  ['nb', 'international', 'Opplysningene dine lagres utenfor EØS, også når du bruker roaming.'],
  ['sv', 'international', 'Dina uppgifter lagras utanför EU, även när du använder roaming.'],
  ['da', 'international', 'Dine oplysninger opbevares uden for EU, også når du bruger roaming.'],
  [
    'fr',
    'international',
    "Vos données sont hébergées en dehors de l'UE, y compris lorsque vous êtes en itinérance.",
  ],
  ['es', 'international', 'Sus datos se almacenan fuera de la UE, también cuando usa la itinerancia.'],
  ['it', 'international', "I tuoi dati sono conservati fuori dall'UE, anche quando usi il roaming."],
  ['pl', 'international', 'Twoje dane są przechowywane poza UE, również gdy korzystasz z roamingu.'],
  ['pt', 'international', 'Os seus dados são armazenados fora da UE, também quando utiliza roaming.'],
  [
    'en',
    'international',
    'We may transfer your personal information outside the EEA, for instance while you are roaming.',
  ],
  ['de', 'international', 'Wir übermitteln Ihre Daten außerhalb der EU, etwa wenn Sie Roaming nutzen.'],
  ['nl', 'international', 'Wij geven uw persoonsgegevens door buiten de EU, bijvoorbeeld bij roaming.'],
  ['nb', 'international', 'Vi overfører personopplysninger utenfor EØS, for eksempel ved roaming.'],
  ['sv', 'international', 'Vi överför personuppgifter utanför EU, till exempel vid roaming.'],
  ['da', 'international', 'Vi overfører personoplysninger uden for EU, fx ved roaming.'],
  ['fr', 'international', "Nous transférons vos données en dehors de l'UE, par exemple en cas d'itinérance."],
  ['es', 'international', 'Transferimos sus datos personales fuera de la UE, por ejemplo en itinerancia.'],
  ['it', 'international', "Trasferiamo i tuoi dati personali fuori dall'UE, ad esempio in roaming."],
  ['pl', 'international', 'Przekazujemy Twoje dane osobowe poza UE, na przykład podczas roamingu.'],
  ['pt', 'international', 'Transferimos os seus dados pessoais para fora da UE, por exemplo em roaming.'],
];

describe('international flag: a transfer beside roaming stays read', () => {
  it.each(NOT_READ)('[%s] not %s: %s', (lang, value, text) => {
    expect(read(text, lang)).not.toContain(value);
  });
  it.each(READ)('[%s] %s: %s', (lang, value, text) => {
    expect(read(text, lang)).toContain(value);
  });
});
