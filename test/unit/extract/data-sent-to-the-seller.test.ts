/**
 * pt "enviamos os seus dados para o vendedor": "para" leads the data to the party after "enviamos", as "ao"
 * does (session 18). Sending to the reader's own e-mail, a parcel to an address, or data for a purpose names
 * no recipient.
 */
import { describe, expect, test } from 'vitest';
import { practicesOf } from './helpers';

const recipientsOf = (text: string) => practicesOf([text], 'pt').sharing.recipients;

describe('pt: data sent "para" a seller or carrier', () => {
  test.each([
    ['Enviamos os seus dados para o vendedor.', 'business-partners'],
    ['Enviamos os seus dados para a transportadora, que entrega a encomenda.', 'service-providers'],
  ])('%s', (text, kind) => {
    expect(recipientsOf(text)).toContain(kind);
  });
  test.each([
    'Enviamos os seus dados para o seu e-mail.',
    'Enviamos a sua encomenda para a morada indicada.',
    'Enviamos os seus dados para fins de faturação.',
  ])('%s names no one', (text) => {
    expect(recipientsOf(text)).toEqual([]);
  });
});
