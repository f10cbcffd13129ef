import { describe, expect, it } from 'vitest';
import { compileAutomaton, conceptNames } from '../../../src/core/classify/concepts';
import { conceptLexicon as lexicon } from '../../../src/core/classify/concepts/index';
import { normalizeText } from '../../../src/core/classify/normalize';
import { countConcepts, ScanResult, scanText } from '../../../src/core/classify/text-scan';
import { markSpecialTokens } from '../../../src/core/classify/tokenize';
import { LANGUAGES } from '../../../src/core/vocabulary';

const TEXTS = [
  'We collect your personal data and share it with third parties for 30 days.',
  'Wir speichern Ihre personenbezogenen Daten bis zu 6 Monate; Datenspeicherung in der EU.',
  'Vi lagrer opplysningene i fem år. Kontakt personvern@example.no eller https://example.no/personvern',
  'Données personnelles à caractère — conservées 3 ans, partagées avec nos sous-traitants.',
  'Przechowujemy dane przez pięć lat, łącznie z adresem e-mail 😀 and 2024 cookies',
  '',
  '   ',
  'qqqemailqqq qqqurlqqq 1999 42',
];

describe('countConcepts', () => {
  it('counts the tokens and concept hits that scanText finds, in every language', () => {
    const scan = new ScanResult();
    for (const lang of LANGUAGES) {
      const automaton = compileAutomaton(lexicon, lang);
      for (const raw of TEXTS) {
        const text = markSpecialTokens(normalizeText(raw));
        scanText(text, automaton, 0, 0, scan);
        const expected = new Int32Array(conceptNames(lexicon).length);
        for (let k = 0; k < scan.hits; k++) expected[scan.hitConcept[k]!]!++;
        const counts = new Int32Array(expected.length);
        expect(countConcepts(text, automaton, counts)).toBe(scan.tokens);
        expect(Array.from(counts)).toEqual(Array.from(expected));
      }
    }
  });
});

describe('compileAutomaton', () => {
  it('compiles a language once per lexicon and shares the result', () => {
    expect(compileAutomaton(lexicon, 'de')).toBe(compileAutomaton(lexicon, 'de'));
    expect(compileAutomaton(lexicon, 'de')).not.toBe(compileAutomaton(lexicon, 'nl'));
  });
});
