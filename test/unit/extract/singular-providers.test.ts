/**
 * A single provider ("salvo a nuestro proveedor de alojamiento", "salvo ao nosso fornecedor de alojamento"): the
 * Spanish and Portuguese plural terms ("proveedores?", "fornecedores?") match "proveedore(s)", never the singular
 * "proveedor", so one provider named alone was no one. The singular is read only where it cannot be the operator
 * itself ("el prestador de servicios de la sociedad de la información" is the site's owner in a Spanish legal
 * notice): after a first-person possessive with "de servicios" ("nuestro proveedor de servicios", "nosso
 * prestador de serviços"; bare "nuestro proveedor" may sell coffee) or with what it provides ("proveedor de alojamiento", "fornecedor de hospedagem"). French and Italian singulars ("notre
 * hébergeur", "nostro fornitore") were read; their sentences are here so they stay read.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf, recipientsOf } from './helpers';

describe('one provider is a service provider', () => {
  test.each<[Lang, string]>([
    [
      'es',
      'No cedemos tus datos a terceros, salvo a nuestro proveedor de alojamiento y a las autoridades cuando lo exija la ley, y nunca los vendemos.',
    ],
    ['es', 'Compartimos tus datos con nuestro proveedor de servicios.'],
    ['es', 'Compartimos tus datos con el proveedor de alojamiento.'],
    ['es', 'No cedemos datos a terceros, salvo a nuestro proveedor de servicios de correo electrónico.'],
    [
      'pt',
      'Não cedemos os seus dados a terceiros, salvo ao nosso fornecedor de alojamento e às autoridades quando a lei o exija.',
    ],
    ['pt', 'Compartilhamos seus dados com nosso fornecedor de serviços.'],
    [
      'pt',
      'O nosso fornecedor de cloud pode tratar dados nos Estados Unidos com base em cláusulas contratuais-tipo.',
    ],
    ['es', 'Nuestro proveedor de cloud puede tratar datos en los Estados Unidos.'],
    ['pt', 'Os dados ficam em um servidor de terceiros na Irlanda.'],
    [
      'fr',
      "Nous ne transmettons pas vos données à des tiers, sauf à notre hébergeur et aux autorités lorsque la loi l'exige.",
    ],
    ['fr', "Nous ne transmettons pas vos données à des tiers, sauf à notre prestataire d'hébergement."],
    [
      'it',
      'Non cediamo i tuoi dati a terzi, salvo al nostro fornitore di hosting e alle autorità quando richiesto dalla legge.',
    ],
    ['it', 'Non cediamo i tuoi dati a terzi, tranne al nostro fornitore di servizi.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('service-providers');
  });

  test('the authorities beside it stay, and the sale is still denied', () => {
    const p = practicesOf(
      [
        'No cedemos tus datos a terceros, salvo a nuestro proveedor de alojamiento y a las autoridades cuando lo exija la ley, y nunca los vendemos.',
      ],
      'es',
    );
    expect(p.sharing.recipients).toEqual(expect.arrayContaining(['service-providers', 'authorities']));
    expect(p.sharing.sells).toBe(false);
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['es', 'El prestador de servicios de la sociedad de la información es Ejemplo S.L.'],
    ['es', 'El proveedor no cede datos personales a terceros.'],
    ['es', 'No cedemos tus datos a ningún proveedor de alojamiento.'],
    ['pt', 'O prestador de serviços não compartilha dados com terceiros.'],
    // Review 12: "our provider" of anything (coffee, energy) is no service provider; bare, it says nothing.
    ['es', 'Nuestro proveedor de café es local.'],
    ['pt', 'O nosso fornecedor de energia é a EDP.'],
    ['es', 'Nuestro proveedor no tiene acceso a sus datos.'],
    ['pt', 'O nosso fornecedor não recebe os seus dados.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('service-providers');
  });
});
