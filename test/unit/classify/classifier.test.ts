import { describe, expect, it } from 'vitest';
import { loadClassifier } from '../../../src/core/classify/classifier';
import { conceptLexicon as lexicon } from '../../../src/core/classify/concepts/index';
import type { Segment } from '../../../src/core/page/segment';
import { type Lang, SEGMENT_LABELS, type SegmentLabel } from '../../../src/core/vocabulary';
import model from '../../../src/model/classifier.json';

const classifier = loadClassifier(model);

describe('committed classifier', () => {
  it('embeds the current concept lexicon (retrain after editing concepts/)', () => {
    expect(model.lexicon).toEqual(lexicon);
    // toEqual ignores key order; a concept's id is its position
    expect(Object.keys(model.lexicon.concepts)).toEqual(Object.keys(lexicon.concepts));
  });

  it.each<[SegmentLabel, Lang, string]>([
    ['collection', 'en', 'We collect your name, e-mail address and phone number when you create an account.'],
    [
      'collection',
      'de',
      'Wir erheben und speichern Ihren Namen und Ihre E-Mail-Adresse, wenn Sie ein Konto anlegen.',
    ],
    [
      'collection',
      'fr',
      'Nous collectons votre nom, votre adresse e-mail et votre numéro de téléphone lorsque vous créez un compte.',
    ],
    [
      'collection',
      'nl',
      'Wij verzamelen uw naam, e-mailadres en telefoonnummer wanneer u een account aanmaakt.',
    ],
    [
      'sharing',
      'en',
      'We share your personal information with third parties such as advertisers and analytics providers.',
    ],
    [
      'sharing',
      'de',
      'Wir geben Ihre personenbezogenen Daten an Dritte wie Werbepartner und Analyseanbieter weiter.',
    ],
    [
      'sharing',
      'es',
      'Compartimos sus datos personales con terceros, como anunciantes y proveedores de análisis.',
    ],
    [
      'sharing',
      'sv',
      'Vi delar dina personuppgifter med tredje parter, till exempel annonsörer och analysleverantörer.',
    ],
    [
      'retention',
      'en',
      'We retain your personal data for five years after your account is closed, and then delete it.',
    ],
    [
      'retention',
      'nb',
      'Personopplysningene lagres i fem år etter at kontoen er avsluttet, og slettes deretter.',
    ],
    [
      'retention',
      'it',
      'Conserviamo i tuoi dati personali per cinque anni dalla chiusura del conto, poi li cancelliamo.',
    ],
    [
      'retention',
      'pl',
      'Przechowujemy Twoje dane osobowe przez okres pięciu lat od zamknięcia konta, a następnie je usuwamy.',
    ],
    [
      'security',
      'en',
      'We use encryption, firewalls and access controls to protect your data against unauthorized access.',
    ],
    [
      'security',
      'da',
      'Vi bruger kryptering og adgangskontrol for at beskytte dine oplysninger mod uautoriseret adgang.',
    ],
    [
      'security',
      'pt',
      'Utilizamos criptografia e controlos de acesso para proteger os seus dados contra acesso não autorizado.',
    ],
  ])('%s (%s): %s', (label, lang, text) => {
    expect(classifier.score(text, '', lang)[label]).toBeGreaterThan(0.5);
  });

  it('gives a probability for every label', () => {
    const s = classifier.score('Hello world.', '', 'en');
    expect(Object.keys(s).sort()).toEqual([...SEGMENT_LABELS].sort());
    for (const l of SEGMENT_LABELS) {
      expect(s[l]).toBeGreaterThanOrEqual(0);
      expect(s[l]).toBeLessThanOrEqual(1);
    }
  });

  it.each(['', '   ', '...', '§ 12', 'Данные'])('gives finite probabilities for odd input %j', (text) => {
    for (const lang of ['en', 'fr'] as const) {
      const s = classifier.score(text, '', lang);
      for (const l of SEGMENT_LABELS) expect(Number.isFinite(s[l])).toBe(true);
    }
  });

  it('does not call a cooking recipe a data practice', () => {
    const s = classifier.score(
      'Stir the flour into the melted butter and bake for twenty minutes.',
      '',
      'en',
    );
    expect(s.collection).toBeLessThan(0.5);
    expect(s.sharing).toBeLessThan(0.5);
    expect(s.retention).toBeLessThan(0.5);
  });

  it('uses the heading: a bare list item under "Information we share" reads as sharing', () => {
    const item = 'Advertising partners and analytics providers.';
    const alone = classifier.score(item, '', 'en').sharing;
    const underHeading = classifier.score(item, 'Information we share with third parties', 'en').sharing;
    expect(underHeading).toBeGreaterThan(alone);
  });

  it('scoreAll scores segments in order, reading text and heading', () => {
    const segs: Segment[] = [
      { id: 0, kind: 'heading', text: 'Retention', heading: '', level: 2 },
      { id: 1, kind: 'paragraph', text: 'We keep logs for 90 days.', heading: 'Retention', level: 0 },
    ];
    const all = classifier.scoreAll(segs, 'en');
    expect(all).toHaveLength(2);
    const none = { offsets: [], labels: SEGMENT_LABELS.map(() => []) };
    const noContext = loadClassifier({
      ...model,
      context: { full: none, concepts: none },
      hidden: { ...model.hidden, context: none },
    });
    expect(noContext.scoreAll(segs, 'en')[1]).toEqual(
      classifier.score('We keep logs for 90 days.', 'Retention', 'en'),
    );
    expect(all[1]!.retention).toBeGreaterThan(0.5);
  });

  it.each<[Lang, boolean]>([
    ['en', true],
    ['sv', false],
  ])(
    'scoreAll reads a vague list item in the light of its neighbours (%s: %s); the concept view has no context stage',
    (lang, context) => {
      const item = 'Other companies that work with us.';
      const around = {
        en: 'We share your personal information with advertisers and analytics providers.',
        sv: 'Vi delar dina personuppgifter med annonsörer och analysleverantörer.',
      }[lang as 'en' | 'sv'];
      const page = (texts: string[]): Segment[] =>
        texts.map((text, id) => ({ id, kind: 'list-item', text, heading: '', level: 0 }));
      const inPage = classifier.scoreAll(page([around, item, around]), lang)[1]!.sharing;
      const alone = classifier.scoreAll(page([item]), lang)[0]!.sharing;
      if (context) expect(inPage).toBeGreaterThan(alone);
      else expect(inPage).toBe(alone);
    },
  );
});

describe('loadClassifier validation', () => {
  const broken: Array<[string, unknown, RegExp]> = [
    ['null', null, /JSON object/],
    ['an array', [], /JSON object/],
    ['a wrong format', { ...model, format: 'other' }, /format/],
    ['a wrong version', { ...model, version: 99 }, /version/],
    ['other labels', { ...model, labels: ['a', 'b'] }, /labels/],
    ['a short bias', { ...model, bias: [0, 1] }, /bias/],
    ['a non-finite scale', { ...model, scale: model.scale.map(() => Number.NaN) }, /scale/],
    ['a bad pooling', { ...model, pooling: model.pooling.map(() => -1) }, /pooling/],
    ['an unknown language', { ...model, trainedLangs: ['xx'] }, /trainedLangs/],
    ['a missing config', { ...model, config: undefined }, /config/],
    ['a bad lexicon', { ...model, lexicon: { concepts: { a: { en: 3 } } } }, /lexicon/],
    ['too many rows', { ...model, rows: model.rows + 1 }, /truncated/],
    ['missing weights', { ...model, weights: undefined }, /weights/],
    ['a missing context', { ...model, context: undefined }, /context/],
    [
      'context weights of the wrong width',
      {
        ...model,
        context: { ...model.context, full: { offsets: [-1], labels: SEGMENT_LABELS.map(() => [1]) } },
      },
      /context\.full/,
    ],
    [
      'a context reading neighbours by a non-positive number of words',
      {
        ...model,
        context: { ...model.context, full: { ...model.context.full, neighbours: { words: 0, merge: true } } },
      },
      /context\.full\.neighbours/,
    ],
  ];
  it.each(broken)('rejects %s', (_, input, message) => {
    expect(() => loadClassifier(input)).toThrow(message);
  });
});
