/**
 * "Data under our responsibility" (sob nossa responsabilidade, sous notre responsabilité, bajo nuestra
 * responsabilidad, sotto la nostra responsabilità) says whose care the data is in, not that the operator
 * disclaims liability: the sentence's recipients still count ("... will under no circumstances be sold
 * (except for court orders)" names the authorities). A disclaimer of responsibility still names none.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('data under our responsibility is no disclaimer', () => {
  test.each<[Lang, string]>([
    [
      'pt',
      'Os dados que estiverem sob nossa responsabilidade (tais como e-mail e nome para newsletter) são confidenciais e não serão vendidos, cedidos, locados ou emprestados, sob nenhuma hipótese (com exceção dos casos de ordens judiciais, os quais serão analisados antes do devido cumprimento).',
    ],
    [
      'fr',
      "Les données sous notre responsabilité (telles que l'e-mail et le nom) sont confidentielles et ne seront en aucun cas vendues ou cédées (sauf en cas de décisions de justice).",
    ],
    [
      'es',
      'Los datos bajo nuestra responsabilidad (como el correo electrónico y el nombre) no serán vendidos ni cedidos bajo ninguna circunstancia (salvo en caso de órdenes judiciales).',
    ],
    [
      'it',
      "I dati sotto la nostra responsabilità (come e-mail e nome) non saranno in nessun caso venduti o ceduti (salvo in caso di ordini dell'autorità giudiziaria).",
    ],
    [
      'en',
      'The data under our responsibility (such as e-mail and name) will under no circumstances be sold or passed on (except for court orders).',
    ],
    [
      'de',
      'Die Daten in unserer Verantwortung (wie E-Mail und Name) werden unter keinen Umständen verkauft oder weitergegeben (außer bei gerichtlichen Anordnungen).',
    ],
  ])('%s: the court orders are recipients', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });

  test.each<[Lang, string]>([
    ['pt', 'Não assumimos qualquer responsabilidade pelos dados que você fornece a parceiros e terceiros.'],
    ['fr', 'Nous déclinons toute responsabilité quant aux données que vous transmettez à des partenaires.'],
    ['es', 'No asumimos ninguna responsabilidad por los datos que usted comparta con socios o terceros.'],
    ['it', 'Non ci assumiamo alcuna responsabilità per i dati che condividi con partner commerciali.'],
  ])('%s: a disclaimer names no recipient', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });
});
