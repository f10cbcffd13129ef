/**
 * international flag: roaming charges outside the EU are no transfer (session 20, fixq20, family D).
 * Sentences of our own in eleven languages: what must not be read (N) and what must stay read (P).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

function read(text: string, lang: Lang): readonly string[] {
  return practicesOf([text], lang).international.found ? ['international'] : [];
}

const NOT_READ: readonly [Lang, string, string][] = [
  ['en', 'international', 'Outside the EU, extra roaming charges may apply for calls and mobile data.'],
  ['de', 'international', 'Außerhalb der EU können zusätzliche Roaming-Gebühren anfallen.'],
  ['nl', 'international', 'Voor bellen buiten de EU rekent je provider mogelijk roamingtarieven.'],
  ['nb', 'international', 'Utenfor EU kan det påløpe ekstra roamingkostnader.'],
  ['sv', 'international', 'Utanför EU kan extra roamingavgifter tillkomma.'],
  ['da', 'international', 'Uden for EU kan dit teleselskab opkræve ekstra roaminggebyrer.'],
  ['fr', 'international', "En dehors de l'UE, des frais d'itinérance peuvent s'appliquer."],
  ['es', 'international', 'Fuera de la UE pueden aplicarse cargos de roaming adicionales.'],
  ['it', 'international', "Fuori dall'UE possono essere applicati costi di roaming aggiuntivi."],
  ['pl', 'international', 'Poza UE mogą obowiązywać dodatkowe opłaty za roaming.'],
  ['pt', 'international', 'Fora da UE podem aplicar-se custos de roaming adicionais.'],
];

const READ: readonly [Lang, string, string][] = [
  ['en', 'international', 'We transfer your personal data to service providers outside the EU.'],
  ['de', 'international', 'Wir übermitteln Ihre Daten an Dienstleister außerhalb der EU.'],
  ['nl', 'international', 'Wij geven uw gegevens door aan dienstverleners buiten de EU.'],
  ['nb', 'international', 'Vi overfører personopplysninger til leverandører utenfor EU.'],
  ['sv', 'international', 'Vi överför personuppgifter till leverantörer utanför EU.'],
  ['da', 'international', 'Vi overfører personoplysninger til leverandører uden for EU.'],
  ['fr', 'international', "Nous transférons vos données à des prestataires situés en dehors de l'UE."],
  ['es', 'international', 'Transferimos tus datos a proveedores situados fuera de la UE.'],
  ['it', 'international', "Trasferiamo i tuoi dati a fornitori situati fuori dall'UE."],
  ['pl', 'international', 'Przekazujemy Twoje dane dostawcom mającym siedzibę poza UE.'],
  ['pt', 'international', 'Transferimos os seus dados para fornecedores localizados fora da UE.'],
];

describe('international flag: roaming charges outside the EU are no transfer', () => {
  it.each(NOT_READ)('[%s] not %s: %s', (lang, value, text) => {
    expect(read(text, lang)).not.toContain(value);
  });
  it.each(READ)('[%s] %s: %s', (lang, value, text) => {
    expect(read(text, lang)).toContain(value);
  });
});
