/**
 * Spanish and Portuguese nouns and adjectives ending in a consonant take "-es" in the plural ("filial" /
 * "filiales", "regulador" / "reguladores", "legal" / "legales"), so a term written "filiales?" matches "filiale(s)"
 * and never the singular. The singular is read now where it means what the plural does: a subsidiary, a
 * distributor, a regulator or a legal procedure as recipients, a device identifier, a tracking pixel, a fingerprint
 * and a work e-mail as data, a legal obligation as a retention criterion. Left as they were: singulars that are
 * often the operator or the customer ("el prestador", "el comprador", pt "operador", "contador").
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const practices = (text: string, lang: Lang) => practicesOf([text], lang);

describe('the singular of a "-es" plural', () => {
  test.each<[Lang, string, string]>([
    ['es', 'Compartimos tus datos con nuestra filial en México.', 'affiliates'],
    ['es', 'Cedemos tus datos a la sociedad matriz del grupo.', 'affiliates'],
    ['es', 'Compartimos tus datos con nuestro distribuidor en tu zona.', 'business-partners'],
    ['pt', 'Partilhamos os seus dados com o distribuidor da sua região.', 'business-partners'],
    ['es', 'Podremos comunicar tus datos a un organismo regulador cuando la ley lo exija.', 'authorities'],
    ['pt', 'Podemos compartilhar seus dados com o órgão regulador competente.', 'authorities'],
  ])('%s: %s', (lang, text, recipient) => {
    expect(practices(text, lang).sharing.recipients).toContain(recipient);
  });

  test.each<[Lang, string, string]>([
    ['es', 'Recogemos el identificador del dispositivo.', 'device-info'],
    ['pt', 'Coletamos o identificador do dispositivo.', 'device-info'],
    ['es', 'Utilizamos un píxel de seguimiento en nuestra web.', 'cookies'],
    ['es', 'Para fichar registramos tu huella dactilar.', 'biometric'],
    ['es', 'Te pedimos tu nombre y tu correo profesional.', 'email'],
  ])('%s: %s', (lang, text, type) => {
    expect(practices(text, lang).collection.dataTypes).toContain(type);
  });

  test('es: kept while a legal obligation lasts is a criterion', () => {
    const r = practices(
      'Conservamos las facturas mientras exista una obligación legal de hacerlo.',
      'es',
    ).retention;
    expect(r.kind).toBe('criteria');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['es', 'El prestador de servicios de la sociedad de la información es Ejemplo S.L.'],
    ['es', 'El comprador recibe una confirmación del pedido.'],
  ])('%s: %s', (lang, text) => {
    expect(practices(text, lang).sharing.recipients).toEqual([]);
  });
});
