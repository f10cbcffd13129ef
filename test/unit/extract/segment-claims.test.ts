import { describe, expect, test } from 'vitest';
import { extractPractices, extractSegmentClaims, sumClaims } from '../../../src/core/extract/index';
import type { Lang } from '../../../src/core/vocabulary';
import { type Block, segments, silentScores } from './helpers';

function claimsOf(blocks: readonly Block[], lang: Lang) {
  const segs = segments(blocks);
  return extractSegmentClaims(segs, silentScores(segs.length), lang).map(sumClaims);
}

const COLLECTION_LIST: Block[] = [
  { kind: 'heading', text: 'Privacy policy' },
  { text: 'We collect your IP address and the following data:', heading: 'Data we collect' },
  { kind: 'list-item', text: 'Name;', heading: 'Data we collect' },
  { kind: 'list-item', text: 'Kept for at most 12 months.', heading: 'Data we collect' },
];

describe('claims of each segment, read in the page', () => {
  test('a list item is read after its introduction, and credited only with what it says', () => {
    const [heading, intro, item, period] = claimsOf(COLLECTION_LIST, 'en');
    expect(heading?.dataTypes).toEqual([]);
    expect(intro?.dataTypes).toEqual(['ip-address']);
    expect(item?.dataTypes).toEqual(['name']);
    expect(period?.dataTypes).toEqual([]);
  });

  test('the segments together say what the report says', () => {
    const segs = segments([
      ...COLLECTION_LIST,
      'We share your email address with our payment processors and with Kvalitex AS, our hosting provider.',
      'We do not sell your personal information.',
    ]);
    const scores = silentScores(segs.length);
    const practices = extractPractices(segs, scores, 'en');
    const all = sumClaims(extractSegmentClaims(segs, scores, 'en').flat());
    // The page has something to agree on in each: data, recipients, selling, retention.
    expect(practices.sharing.recipients).not.toEqual([]);
    expect(practices.sharing.sells).toBe(false);
    expect(practices.retention.kind).toBe('specific');
    expect(all.dataTypes).toEqual(practices.collection.dataTypes);
    expect(all.recipients).toEqual(practices.sharing.recipients);
    expect(all.sells).toBe(practices.sharing.sells);
    expect(all.retention).toEqual({ kind: practices.retention.kind, periods: practices.retention.periods });
  });

  test('recipients, selling and retention are kept where they were read', () => {
    const [, share, keep] = claimsOf(
      [
        { kind: 'heading', text: 'Politique de confidentialité' },
        'Nous transmettons vos données à nos prestataires. Nous ne vendons jamais vos données.',
        'Nous conservons vos données pendant 3 ans.',
      ],
      'fr',
    );
    expect(share?.recipients).toEqual(['service-providers']);
    expect(share?.sells).toBe(false);
    expect(share?.retention.kind).toBe('none');
    expect(keep?.recipients).toEqual([]);
    expect(keep?.retention).toEqual({ kind: 'specific', periods: ['P3Y'] });
  });

  test('an unknown name listed in a sharing list is credited to its own item', () => {
    const claims = claimsOf(
      [
        { kind: 'heading', text: 'Privacy policy' },
        { text: 'We share data with these processors:', heading: 'Processors' },
        { kind: 'list-item', text: 'Kvalitex AS', heading: 'Processors' },
        { kind: 'list-item', text: 'Blomqvist & Co', heading: 'Processors' },
      ],
      'en',
    );
    expect(claims[2]?.recipients).toEqual(['service-providers']);
    expect(claims[3]?.recipients).toEqual(['service-providers']);
  });
});

describe('list items of a list about sharing or keeping data', () => {
  const list = (heading: string, intro: string, item: string): Block[] => [
    { kind: 'heading', text: 'Política de privacidad' },
    { kind: 'heading', text: heading },
    { text: intro, heading },
    { kind: 'list-item', text: item, heading },
  ];

  test('a service described by what it handles names no data collected', () => {
    const claims = claimsOf(
      list(
        'Con quién compartimos tus datos',
        'Utilizamos proveedores externos para operar nuestros formularios, entre ellos:',
        'Mailchimp — gestión de correo electrónico y envío de la guía descargable',
      ),
      'es',
    );
    expect(claims[3]?.dataTypes).toEqual([]);
  });

  test.each<[Lang, string, string, string, string]>([
    ['en', 'Sharing your data', 'We share the following data with our delivery partner:', 'Name', 'name'],
    [
      'de',
      'Weitergabe an Dritte',
      'Wir geben folgende Daten an unseren Versanddienstleister weiter:',
      'Name',
      'name',
    ],
  ])(
    '%s: an item that is only a data word names it, in a list of data shared',
    (lang, heading, intro, item, type) => {
      const claims = claimsOf(
        [
          { kind: 'heading', text: 'Privacy' },
          { kind: 'heading', text: heading },
          { text: intro, heading },
          { kind: 'list-item', text: item, heading },
        ],
        lang,
      );
      expect(claims[3]?.dataTypes).toEqual([type]);
    },
  );

  test('an item of a list of collected data still names it', () => {
    const claims = claimsOf(
      list('Datos que recogemos', 'Recogemos los siguientes datos:', 'Correo electrónico'),
      'es',
    );
    expect(claims[3]?.dataTypes).toEqual(['email']);
  });
});
