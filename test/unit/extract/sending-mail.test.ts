/**
 * Sending the person e-mails or newsletters means their address is processed (test/lang-eval/README.md,
 * `email`): "vous envoyer nos alertes par courriel", "enviar e-mails con nuestros boletines", "enviar
 * newsletters", "l'invio della newsletter" name the e-mail address (data-types.json `email`). A notice of
 * changes "by e-mail" or a contact invitation still names none (the channel masks).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const typesOf = (text: string, lang: Lang) => practicesOf([text], lang).collection.dataTypes;

describe('sending e-mails or newsletters processes the address', () => {
  test.each<[Lang, string]>([
    ['fr', 'Nous utilisons vos données pour vous envoyer nos alertes par courriel.'],
    ['fr', 'Nous utilisons vos données pour vous envoyer notre newsletter.'],
    ['es', 'Usamos su información para enviar e-mails con nuestros boletines.'],
    ['es', 'Tratamos sus datos para el envío de boletines.'],
    ['pt', 'Utilizamos os seus dados para enviar newsletters e informações sobre os nossos serviços.'],
    ['it', "Trattiamo i suoi dati per l'invio della newsletter."],
  ])('%s: %s', (lang, text) => {
    expect(typesOf(text, lang)).toContain('email');
  });

  test.each<[Lang, string]>([
    ['fr', 'Pour exercer vos droits, contactez-nous par courriel.'],
    ['es', 'Le informaremos de los cambios por correo electrónico.'],
  ])('the channel alone names no address (%s)', (lang, text) => {
    expect(typesOf(text, lang)).not.toContain('email');
  });
});
