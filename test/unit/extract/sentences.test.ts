import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../src/core/text/sentences';
import type { Lang } from '../../../src/core/vocabulary';

describe('splitSentences', () => {
  test.each<[Lang, string, string[]]>([
    ['en', 'We collect data. We share it.', ['We collect data.', 'We share it.']],
    [
      'en',
      'We use tools, e.g. Google Analytics. They help.',
      ['We use tools, e.g. Google Analytics.', 'They help.'],
    ],
    [
      'en',
      'Contact Mr. Smith at privacy@example.com. Thanks!',
      ['Contact Mr. Smith at privacy@example.com.', 'Thanks!'],
    ],
    ['en', 'Visit www.example.com for more. Or call us?', ['Visit www.example.com for more.', 'Or call us?']],
    ['en', '1. What we collect', ['1. What we collect']],
    ['en', 'Children under 16. We do not collect.', ['Children under 16.', 'We do not collect.']],
    [
      'de',
      'Wir speichern z.B. Ihre IP-Adresse. Mehr dazu unten.',
      ['Wir speichern z.B. Ihre IP-Adresse.', 'Mehr dazu unten.'],
    ],
    [
      'de',
      'Gültig ab dem 25. Mai 2018. Wir informieren Sie.',
      ['Gültig ab dem 25. Mai 2018.', 'Wir informieren Sie.'],
    ],
    [
      'de',
      'Gemäß Art. 6 Abs. 1 lit. f DSGVO verarbeiten wir Daten.',
      ['Gemäß Art. 6 Abs. 1 lit. f DSGVO verarbeiten wir Daten.'],
    ],
    ['nb', 'Vi lagrer f.eks. navn. Du kan klage.', ['Vi lagrer f.eks. navn.', 'Du kan klage.']],
    ['sv', 'Vi sparar t.ex. namn. Du kan klaga.', ['Vi sparar t.ex. namn.', 'Du kan klaga.']],
    ['nl', 'Wij bewaren bijv. uw naam. U kunt klagen.', ['Wij bewaren bijv. uw naam.', 'U kunt klagen.']],
    [
      'fr',
      'Nous conservons vos données. « Vos droits » sont décrits ci-dessous.',
      ['Nous conservons vos données.', '« Vos droits » sont décrits ci-dessous.'],
    ],
    ['es', '¿Qué datos tratamos? Tratamos su nombre.', ['¿Qué datos tratamos?', 'Tratamos su nombre.']],
    [
      'pl',
      'Przetwarzamy dane, np. imię. Masz prawo dostępu.',
      ['Przetwarzamy dane, np. imię.', 'Masz prawo dostępu.'],
    ],
    ['en', 'Lowercase after a period. does not split', ['Lowercase after a period. does not split']],
  ])('%s: %s', (lang, text, expected) => {
    expect(splitSentences(text, lang).map((s) => s.text)).toEqual(expected);
  });

  test('every sentence is the verbatim slice of its offsets', () => {
    const text = '  We collect data.   We share it with Stripe, i.e. a processor!  Done?  ';
    const sentences = splitSentences(text, 'en');
    expect(sentences.length).toBe(3);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('empty and blank text give no sentences', () => {
    expect(splitSentences('', 'en')).toEqual([]);
    expect(splitSentences('   ', 'en')).toEqual([]);
  });
});
