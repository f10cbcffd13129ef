/**
 * A short heading that names one right with the word "right" ("📋 Prawo dostępu", "Right of access", "Recht
 * auf Löschung") gives that right to a sentence under it that grants without naming one ("Możesz zażądać
 * informacji o przetwarzanych danych", session 12's card audit, pl dawnotemu). Narrowly: a heading naming
 * several rights or none with the word "right" ("Access", "Account deletion"), a sentence that grants
 * nothing, or a sentence naming its own right, gives no right from the heading.
 */
import { describe, expect, test } from 'vitest';
import { extractPractices } from '../../../src/core/extract/index';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { segments, silentScores } from './helpers';

/** The rights of one paragraph under a heading, the model silent. */
function rightsUnder(heading: string, text: string, lang: Lang): readonly Right[] {
  const segs = segments([
    { text: heading, kind: 'heading' },
    { text, heading },
  ]);
  return extractPractices(segs, silentScores(segs.length), lang).rights.rights;
}

describe('a heading naming one right gives it to a granting sentence', () => {
  test.each<[Lang, string, string, Right[]]>([
    ['pl', '📋 Prawo dostępu', 'Możesz zażądać informacji o przetwarzanych danych', ['access']],
    ['pl', '⏸️ Prawo ograniczenia', 'Możesz ograniczyć przetwarzanie danych', ['restriction']],
    ['pl', '📦 Prawo przenoszenia', 'Możesz otrzymać swoje dane w formacie elektronicznym', ['portability']],
    ['en', 'Right of access', 'You can ask us for a copy.', ['access']],
    ['de', 'Recht auf Löschung', 'Sie können dies jederzeit verlangen.', ['erasure']],
    ['fr', "Droit d'opposition", 'Vous pouvez nous écrire à tout moment.', ['objection']],
    ['es', 'Derecho de acceso', 'Puede solicitarlo por correo.', ['access']],
  ])('%s: %s / %s', (lang, heading, text, expected) => {
    expect(rightsUnder(heading, text, lang)).toEqual(expected);
  });

  test.each<[Lang, string, string]>([
    ['en', 'Access', 'You can ask us for a copy.'],
    ['en', 'Right of access and erasure', 'You can write to us.'],
    ['pl', '📋 Prawo dostępu', 'Dane przechowujemy w Polsce.'],
    ['en', 'Account deletion', 'You can do this in the settings.'],
  ])('no right from the heading: %s: %s / %s', (lang, heading, text) => {
    expect(rightsUnder(heading, text, lang)).toEqual([]);
  });
});
