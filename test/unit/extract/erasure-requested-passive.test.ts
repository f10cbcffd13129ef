/**
 * Erasure asked for with the account or the data as the subject of a passive (session 17, fixa17g): "You can
 * request that your account be deleted at any time by contacting us", "If you would like your personal
 * information removed from our records" (removed, not only deleted or erased). The passive participle is now read
 * in fr, es, it, pt ("que votre compte soit supprimé", "que su cuenta sea eliminada"); de, nl, nb, sv, da, pl read
 * it already. Not erasure: an e-mail address removed from a mailing list, an order cancelled. An empty list
 * expects no right.
 */
import { describe, expect, it } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const CASES: readonly [Lang, string, readonly Right[]][] = [
  ['en', 'You can request that your account be deleted at any time by contacting us.', ['erasure']],
  [
    'en',
    'If you would like your personal information removed from our records, you can contact us.',
    ['erasure'],
  ],
  ['en', 'If you would like your e-mail address removed from our mailing list, click unsubscribe.', []],
  ['en', 'You can request that your order be cancelled at any time by contacting us.', []],
  [
    'de',
    'Sie können jederzeit verlangen, dass Ihr Konto gelöscht wird, indem Sie uns kontaktieren.',
    ['erasure'],
  ],
  ['de', 'Sie können jederzeit verlangen, dass Ihre Bestellung storniert wird.', []],
  [
    'nl',
    'Je kunt op elk moment vragen dat je account wordt verwijderd door contact met ons op te nemen.',
    ['erasure'],
  ],
  ['nb', 'Du kan når som helst be om at kontoen din blir slettet ved å kontakte oss.', ['erasure']],
  ['sv', 'Du kan när som helst begära att ditt konto raderas genom att kontakta oss.', ['erasure']],
  ['da', 'Du kan til enhver tid anmode om, at din konto bliver slettet, ved at kontakte os.', ['erasure']],
  [
    'fr',
    'Vous pouvez demander à tout moment que votre compte soit supprimé en nous contactant.',
    ['erasure'],
  ],
  ['fr', 'Vous pouvez demander que votre commande soit annulée en nous contactant.', []],
  ['es', 'Puede solicitar en cualquier momento que su cuenta sea eliminada contactándonos.', ['erasure']],
  ['es', 'Puede solicitar que su pedido sea cancelado contactándonos.', []],
  [
    'it',
    'Puoi chiedere in qualsiasi momento che il tuo account venga cancellato contattandoci.',
    ['erasure'],
  ],
  ['it', 'Puoi chiedere che il tuo ordine venga annullato contattandoci.', []],
  [
    'pl',
    'Możesz w każdej chwili zażądać, aby Twoje konto zostało usunięte, kontaktując się z nami.',
    ['erasure'],
  ],
  ['pt', 'Pode solicitar a qualquer momento que a sua conta seja eliminada contactando-nos.', ['erasure']],
  ['pt', 'Pode solicitar que a sua encomenda seja cancelada contactando-nos.', []],
];

describe('erasure asked for as a passive (fixa17g)', () => {
  it.each(CASES)('[%s] %s', (lang, text, rights) => {
    expect([...practicesOf([text], lang).rights.rights].sort()).toEqual([...rights].sort());
  });
});
