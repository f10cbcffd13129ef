/**
 * review16c: a spoken "at" word after a preposition, article or placeholder is no address ("Síguenos en arroba
 * luzverde punto es", "è una chiocciola verde punto it", "nombre arroba dominio punto com"); the missing
 * spoken twins (sv "prick", nb "alfakrøll", ".nu") read.
 */
import { expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { emailsOf } from './helpers';

test.each<[Lang, string, string[]]>([
  ['es', 'Síguenos en arroba luzverde punto es para ver nuestras ofertas.', []],
  ['pt', 'Siga-nos no Instagram em arroba luzverde ponto pt para novidades.', []],
  ['it', 'Il logo è una chiocciola verde punto it, come il nostro dominio.', []],
  ['es', 'Una arroba castellana punto es una medida antigua de peso.', []],
  ['pl', 'Nasza maskotka to małpa Bongo kropka pl nie jest domeną.', []],
  ['es', 'Las direcciones de correo tienen la forma nombre arroba dominio punto com.', []],
  ['sv', 'Skicka din begäran till gdpr snabel-a campus prick se.', ['gdpr@campus.se']],
  ['nb', 'Send spørsmål til personvern alfakrøll firma punktum no.', ['personvern@firma.no']],
  ['sv', 'Skicka din begäran till gdpr snabel-a foreningen punkt nu.', ['gdpr@foreningen.nu']],
  ['es', 'Escríbenos a privacidad arroba luzverde punto es.', ['privacidad@luzverde.es']],
  ['pt', 'Contacte privacidade arroba luzverde ponto pt.', ['privacidade@luzverde.pt']],
])('[%s] %s', (lang, text, emails) => {
  expect(emailsOf(text, lang)).toEqual(emails);
});
