import { describe, expect, test } from 'vitest';
import { conceptLexicon } from '../../../src/core/classify/concepts/index';
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
    lexicon: conceptLexicon,
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
    const d = judgePage(page('Privacy Policy', 10, 0, 'Read the conditions of our shop before you order.'));
    expect(d.isPolicy).toBe(false);
    expect(d.score).toBeLessThanOrEqual(0.05);
  });

  test('a short policy that says it collects nothing is not capped as one that describes nothing', () => {
    const text = 'We collect no personal data: the only data we receive is what you send us by e-mail.';
    const d = judgePage(page('Privacy Policy', 5, 0, text));
    expect(d.score).toBeGreaterThan(0.05);
    expect(d.isPolicy).toBe(true);
  });

  test('an empty page is not a policy', () => {
    expect(
      judgePage({
        title: '',
        segments: [],
        scores: [],
        practices: extractPractices([], [], 'en'),
        lexicon: conceptLexicon,
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

  test('a page mostly about cookies whose other passages describe other practices is a privacy policy', () => {
    const cookies = page('Privacy Policy', 4, 1, 'We use analytics cookies to count visits to this website.');
    const others: [string, SegmentLabel][] = [
      [
        'When you send the contact form, we collect your name and e-mail address to answer you.',
        'collection',
      ],
      ['We share your personal data with our hosting provider, who stores it for us.', 'collection'],
      ['You have the right to access, rectify and erase your personal data at any time.', 'other'],
    ];
    const segments: Segment[] = [
      ...cookies.segments,
      ...others.map(([text], i) => ({ id: 5 + i, kind: 'paragraph' as const, text, heading: '', level: 0 })),
    ];
    const all = [...cookies.scores, ...others.map(([, label]) => scores([label]))];
    const input = { ...cookies, segments, scores: all, practices: extractPractices(segments, all, 'en') };
    // Mostly about cookies, and few practice kinds: without its other passages, a cookie policy.
    expect(describePage(input).features).toMatchObject({ cookieShare: 4 / 7, coverage: 1 / 6 });
    expect(judgePage(input)).toMatchObject({ isPolicy: true, kind: 'privacy-policy' });
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
    ['Personuppgifts- och datahanteringspolicy', 1, 0],
    ['Privatlivs- og datapolitik', 1, 0],
    ['Personvern- og informasjonssikkerhetserklæring', 1, 0],
    ['Foto- och videopolicy', 0, 0],
    ['How to write a privacy policy for your small business in five easy steps', 0, 1],
    ['E-Privacy 2009: Towards Global Control', 0, 1],
    ['Shoes', 0, 0],
  ])('%s', (title, titlePolicy, titlePrivacy) => {
    const { features } = describePage(page(title, 3, 1));
    expect([features.titlePolicy, features.titlePrivacy]).toEqual([titlePolicy, titlePrivacy]);
  });
});

describe("a site's privacy page, not an article about the law", () => {
  test.each([
    ['Personvern - Synkope', 1],
    ['Your Privacy', 1],
    ['Datenschutz', 1],
    ['GDPR is alive!', 0],
    ["Che cos'è il GDPR?", 0],
    ['Personvern, personopplysningsloven og GDPR', 0],
    ['Privacy Policy | Acme', 0],
    ['Privacy Act 1988', 0],
    ['Datenschutz-Grundverordnung', 0],
    ['Das neue Datenschutzgesetz', 0],
    ['EU-US Privacy Shield', 0],
    ['Dataskyddsförordningen', 0],
    ['The Privacy Act, 1988', 0],
    ['(Privacy Act)', 0],
    ['Personopplysningslov', 0],
  ])('%s', (title, titlePrivacyPage) => {
    expect(describePage(page(title, 3, 1)).features.titlePrivacyPage).toBe(titlePrivacyPage);
  });
});

describe('the headings that name the document', () => {
  /** The headings (text, level) placed after `bodyBefore` of the page's three passages. */
  function withHeadings(headings: [string, number][], bodyBefore = 0) {
    const base = page('Casulo', 3, 1);
    const heads = headings.map(([text, level], i) => ({
      id: 100 + i,
      kind: 'heading' as const,
      text,
      heading: '',
      level,
    }));
    const body = base.segments.slice(1);
    // The page opens with a menu heading ("Shop"), as many do, above the site's first passages.
    const menu: Segment = { id: 0, kind: 'heading', text: 'Shop', heading: '', level: 5 };
    const segments = [menu, ...body.slice(0, bodyBefore), ...heads, ...body.slice(bodyBefore)];
    const at = (s: Segment) => base.scores[base.segments.findIndex((b) => b.id === s.id)] ?? scores([]);
    return { ...base, title: 'Casulo', segments, scores: segments.map(at) };
  }

  test('a heading above the first passage names the document', () => {
    expect(describePage(withHeadings([['Política de privacidade', 2]])).features.titlePolicy).toBe(1);
  });

  test('a top-level heading names the document, after the menu headings and a teaser', () => {
    const d = describePage(withHeadings([['Aviso de Privacidad', 1]], 1));
    expect(d.features.titlePolicy).toBe(1);
    expect(d.namedBy).toBe('Aviso de Privacidad');
  });

  test('a top-level heading after most of the body heads a section, not the document', () => {
    expect(describePage(withHeadings([['Privacy Policy', 1]], 3)).features.titlePolicy).toBe(0);
    expect(describePage(withHeadings([['Privacy Policy', 1]], 2)).features.titlePolicy).toBe(0);
  });

  test('a lower heading further down does not', () => {
    expect(describePage(withHeadings([['Privacy policy', 3]], 1)).features.titlePolicy).toBe(0);
  });

  test('the reason quotes the heading that named the page, not the title', () => {
    const input = withHeadings([['Política de privacidade', 2]]);
    const many = { ...page('Casulo', 30, 24), title: 'Casulo' };
    const named = { ...many, segments: [input.segments[1] as Segment, ...many.segments.slice(1)] };
    const d = judgePage({ ...named, scores: [scores([]), ...many.scores.slice(1)] });
    expect(d.reason).toMatch(/^a heading says "Política de privacidade"; /);
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
