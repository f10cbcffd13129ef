import { describe, expect, test } from 'vitest';
import type { Lexicon } from '../../../src/core/classify/concepts';
import lexicon from '../../../src/core/classify/concepts.json';
import { describePage, judgePage } from '../../../src/core/detect/verdict';
import { extractPractices } from '../../../src/core/extract/index';
import type { Segment } from '../../../src/core/page/segment';
import { type LabelScores, SEGMENT_LABELS, type SegmentLabel } from '../../../src/core/vocabulary';

function scores(high: SegmentLabel[]): LabelScores {
  return Object.fromEntries(SEGMENT_LABELS.map((l) => [l, high.includes(l) ? 0.9 : 0.05])) as LabelScores;
}

/** A page of `n` body passages; the first `practice` of them describe the given practices. */
function page(
  title: string,
  n: number,
  practice: number,
  text = 'We collect and use your personal data for these purposes.',
) {
  const labels: SegmentLabel[][] = [
    ['collection'],
    ['sharing'],
    ['retention'],
    ['security'],
    ['access'],
    ['choices'],
  ];
  const segments: Segment[] = [
    { id: 0, kind: 'heading', text: title, heading: '', level: 1 },
    ...Array.from({ length: n }, (_, i) => ({
      id: i + 1,
      kind: 'paragraph' as const,
      text,
      heading: title,
      level: 0,
    })),
  ];
  const all = [
    scores([]),
    ...Array.from({ length: n }, (_, i) => scores(i < practice ? (labels[i % 6] ?? []) : ['other'])),
  ];
  return {
    title,
    segments,
    scores: all,
    practices: extractPractices(segments, all, 'en'),
    lexicon: lexicon as Lexicon,
    lang: 'en' as const,
  };
}

describe('judgePage', () => {
  test('a titled page full of practices is a policy', () => {
    const d = judgePage(page('Privacy Policy | Acme', 30, 24));
    expect(d).toMatchObject({ isPolicy: true, kind: 'privacy-policy' });
    expect(d.score).toBeGreaterThan(0.9);
    expect(d.reason).toMatch(
      /the title says "Privacy Policy \| Acme"; 24 of 30 passages describe data practices/,
    );
  });

  test('a page that describes no practice is not a policy, whatever its title', () => {
    const d = judgePage(page('Privacy Policy', 10, 0));
    expect(d.isPolicy).toBe(false);
    expect(d.score).toBeLessThanOrEqual(0.05);
  });

  test('an empty page is not a policy', () => {
    expect(
      judgePage({
        title: '',
        segments: [],
        scores: [],
        practices: extractPractices([], [], 'en'),
        lexicon: lexicon as Lexicon,
        lang: 'en',
      }),
    ).toMatchObject({
      isPolicy: false,
      kind: 'other',
    });
  });

  test('terms of service are named as such', () => {
    expect(judgePage(page('Brukervilkår | Turbok', 20, 2, 'Du er selv ansvarlig for innholdet.')).kind).toBe(
      'terms-of-service',
    );
  });

  test('a page mostly about cookies is a cookie policy, even when titled as a privacy policy', () => {
    const d = judgePage(page('Privatlivspolitik', 10, 1, 'Vi bruger cookies til statistik.'));
    expect(d).toMatchObject({ isPolicy: false, kind: 'cookie-policy' });
  });
});

describe('title features', () => {
  test.each([
    ['Privacy Policy | Acme', 1, 0],
    ['Datenschutzerklärung – Sonnenkorn', 1, 0],
    ['Personvernerklæring', 1, 0],
    ['Klauzula informacyjna RODO', 1, 0],
    ['Behandling af personoplysninger', 1, 0],
    ['Politica sulla privacy – Studio Rossi', 1, 0],
    ['Declaração de Privacidade', 1, 0],
    ['How to write a privacy policy for your small business in five easy steps', 0, 1],
    ['E-Privacy 2009: Towards Global Control', 0, 1],
    ['Shoes', 0, 0],
  ])('%s', (title, titlePolicy, titlePrivacy) => {
    const { features } = describePage(page(title, 3, 1));
    expect([features.titlePolicy, features.titlePrivacy]).toEqual([titlePolicy, titlePrivacy]);
  });
});

describe('titles of other kinds of page, in every language', () => {
  test.each([
    'Databehandleravtale',
    'Databehandleraftale',
    'Personuppgiftsbiträdesavtal',
    'Contrat de sous-traitance',
    'Contrato de encargado del tratamiento',
    'Accordo sul trattamento dei dati',
    'Umowa powierzenia przetwarzania danych',
    'Acordo de tratamento de dados',
    'List of sub-processors',
    'Informationssäkerhet',
    'Bezpieczeństwo',
    'Notizie',
  ])('%s', (title) => {
    const { features } = describePage(page(title, 3, 1));
    expect([features.titlePolicy, features.titleOther]).toEqual([0, 1]);
  });

  test('a newsletter privacy statement is not a news page', () => {
    const { features } = describePage(page('Privacyverklaring nieuwsbrief', 3, 1));
    expect([features.titlePolicy, features.titleOther]).toEqual([1, 0]);
  });
});
