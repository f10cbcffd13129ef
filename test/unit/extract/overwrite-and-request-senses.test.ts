/**
 * Review11b findings 6 and 7. Swedish "skrivs över" + a duration is "written over N months" (a contract),
 * so the overwrite reading takes "skrivs över" only with nothing between and no duration right after it;
 * Dutch "overschrijven" is also a bank transfer, so only the participle "overschreven" counts. A future
 * deletion promised on request ("Nous supprimerons vos données lorsque vous nous le demanderez",
 * "quando ce lo chiederai", "cuando nos lo pidas", "quando você nos pedir") is no rule, as its present twin.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang) => practicesOf([text], lang).retention;

describe('another sense of the overwrite word, or a deletion on request: nothing', () => {
  test.each<[Lang, string]>([
    ['sv', 'Avtalet skrivs normalt över 12 månader.'],
    ['sv', 'Avtalet skrivs över 12 månader.'],
    ['nl', 'U kunt het bedrag binnen 14 dagen overschrijven naar onze rekening.'],
    ['nl', 'Wij overschrijven het bedrag na 14 dagen naar uw rekening.'],
    ['fr', 'Nous supprimerons vos données lorsque vous nous le demanderez.'],
    ['it', 'Cancelleremo i tuoi dati quando ce lo chiederai.'],
    ['it', 'Elimineremo il tuo account quando ce lo chiederai.'],
    ['es', 'Eliminaremos tu cuenta cuando nos lo pidas.'],
    ['pt', 'Excluiremos sua conta quando você nos pedir.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).toBe('none');
  });
});

describe('the overwrite of stored data: unchanged', () => {
  test.each<[Lang, string, string]>([
    ['sv', 'Säkerhetskopior skrivs över efter 30 dagar.', 'P30D'],
    ['nl', 'Back-ups worden na 30 dagen overschreven.', 'P30D'],
  ])('%s: %s', (lang, text, iso) => {
    expect(retentionOf(text, lang).periods).toEqual([iso]);
  });
});
