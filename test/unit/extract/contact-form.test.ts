/**
 * A contact form is the channel, not the content (test/lang-eval/README.md: communications are the
 * messages, contact-form content): named alone it gives no communications, named beside the message or
 * other data sent through it, it does.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const typesOf = (text: string, lang: Lang): readonly DataType[] =>
  practicesOf(
    [
      { text: 'Données collectées', kind: 'heading' },
      { text, heading: 'Données collectées' },
    ],
    lang,
  ).collection.dataTypes;

describe('a contact form named alone is no communications', () => {
  test.each<[Lang, string]>([
    ['fr', 'Netlify, Inc. — hébergement du site et traitement des soumissions du formulaire de contact.'],
    ['de', 'Für die Nutzung des Kontaktformulars ist Ihre Einwilligung erforderlich.'],
    ['es', 'Utilizamos un formulario de contacto en nuestra web.'],
  ])('%s: %s', (lang, text) => {
    expect(typesOf(text, lang)).not.toContain('communications');
  });
});

describe('the content sent through it is', () => {
  test.each<[Lang, string]>([
    ['fr', 'Les messages envoyés via le formulaire de contact sont conservés un an.'],
    ['pl', 'Wysyłając wiadomość przez formularz kontaktowy, przekazujesz nam treść wiadomości.'],
    ['nb', 'Vi lagrer meldinger og henvendelser sendt via kontaktskjemaet.'],
  ])('%s: %s', (lang, text) => {
    expect(typesOf(text, lang)).toContain('communications');
  });
});
