/**
 * International transfers said as "transfer to countries outside it" after the EEA is named (session 20, fixt20):
 * nl "doorgifte naar landen daarbuiten", de "Übermittlung in Länder außerhalb davon", nb/da "overføring til
 * land(e) utenfor/uden for dette", sv "till länder utanför detta", fr "vers des pays situés en dehors de
 * celui-ci", es "a países fuera de él", it "verso paesi al di fuori di esso", pl "do krajów spoza niego", pt
 * "para países fora dele" read the international flag (en "transfers to countries outside it" was read). A
 * transfer word must stand before the countries; denied transfers and money transfers stay unread.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const international = (text: string, lang: Lang) => practicesOf([text], lang).international.found;

const READ: readonly [Lang, string][] = [
  [
    'nl',
    'Wij bewaren gegevens binnen de EER; doorgifte naar landen daarbuiten gebeurt alleen met waarborgen.',
  ],
  ['en', 'We host data in the EEA; transfers to countries outside it rely on standard safeguards.'],
  [
    'de',
    'Wir speichern Daten im EWR; eine Übermittlung in Länder außerhalb davon erfolgt nur mit Garantien.',
  ],
  ['nb', 'Vi lagrer data innenfor EØS; overføring til land utenfor dette skjer bare med garantier.'],
  [
    'sv',
    'Vi lagrar uppgifter inom EES; överföring till länder utanför detta sker endast med skyddsåtgärder.',
  ],
  ['da', 'Vi opbevarer data inden for EØS; overførsel til lande uden for dette sker kun med garantier.'],
  [
    'fr',
    'Nous hébergeons les données dans l’EEE ; les transferts vers des pays situés en dehors de celui-ci sont encadrés.',
  ],
  ['es', 'Alojamos los datos en el EEE; las transferencias a países fuera de él se realizan con garantías.'],
  ['it', 'Ospitiamo i dati nel SEE; i trasferimenti verso paesi al di fuori di esso avvengono con garanzie.'],
  ['pl', 'Dane przechowujemy w EOG; przekazywanie do krajów spoza niego odbywa się z zabezpieczeniami.'],
  ['pt', 'Alojamos os dados no EEE; as transferências para países fora dele ocorrem com garantias.'],
];

const NOT_READ: readonly [Lang, string][] = [
  ['nl', 'Wij geven uw gegevens niet door naar landen daarbuiten.'],
  ['de', 'Wir übermitteln keine Daten in Länder außerhalb davon.'],
  ['de', 'Wir liefern Waren in Länder außerhalb davon.'],
  ['nb', 'Vi overfører ikke opplysninger til land utenfor dette området.'],
  ['sv', 'Vi överför inte uppgifter till länder utanför detta område.'],
  ['da', 'Vi overfører ikke oplysninger til lande uden for dette område.'],
  ['fr', 'Nous ne transférons pas vos données vers des pays situés en dehors de celui-ci.'],
  ['es', 'No transferimos sus datos a países fuera de él.'],
  ['es', 'Las transferencias bancarias a países fuera de él pueden tener comisiones.'],
  ['it', 'Non trasferiamo i suoi dati verso paesi al di fuori di esso.'],
  ['it', 'I trasferimenti di denaro verso paesi al di fuori di esso hanno un costo.'],
  ['pl', 'Nie przekazujemy danych do krajów spoza niego.'],
  ['pl', 'Przekazy pieniężne do krajów spoza niego są płatne.'],
  ['pt', 'Não transferimos os seus dados para países fora dele.'],
  ['pt', 'As transferências bancárias para países fora dele têm custos adicionais.'],
];

describe('a transfer to countries outside the area just named is international', () => {
  it.each(READ)('%s: %s', (lang, text) => {
    expect(international(text, lang)).toBe(true);
  });
});

describe('a denied transfer or a money transfer to countries outside it is not', () => {
  it.each(NOT_READ)('%s: %s', (lang, text) => {
    expect(international(text, lang)).toBe(false);
  });
});
