import { describe, expect, it } from 'vitest';
import { ConceptCounts, loadClassifier } from '../../../src/core/classify/classifier';
import { headingsWithIntro } from '../../../src/core/classify/list-intro';
import type { Segment, SegmentKind } from '../../../src/core/page/segment';
import model from '../../../src/model/classifier.json';

const seg = (id: number, kind: SegmentKind, text: string, heading: string): Segment => ({
  id,
  kind,
  text,
  heading,
  level: kind === 'heading' ? 2 : 0,
});

describe('list items read with their introduction', () => {
  it('puts the paragraph before a list after the heading of each of its items', () => {
    const page = [
      seg(0, 'heading', 'Data', ''),
      seg(1, 'paragraph', 'We collect the following:', 'Data'),
      seg(2, 'list-item', 'Name;', 'Data'),
      seg(3, 'list-item', 'E-mail.', 'Data'),
      seg(4, 'paragraph', 'Questions?', 'Data'),
    ];
    expect(headingsWithIntro(page)).toEqual([
      '',
      'Data',
      'Data\nWe collect the following',
      'Data\nWe collect the following',
      'Data',
    ]);
  });

  it('reads only a paragraph that introduces the list (a colon), and only its last sentence', () => {
    const page = [
      seg(0, 'paragraph', 'Wij bewaren uw gegevens maximaal twee jaar.', 'Rechten'),
      seg(1, 'list-item', 'Het recht op inzage.', 'Rechten'),
      seg(2, 'paragraph', 'Wij bewaren uw gegevens twee jaar. U heeft de volgende rechten:', 'Rechten'),
      seg(3, 'list-item', 'Het recht op inzage.', 'Rechten'),
    ];
    expect(headingsWithIntro(page)).toEqual([
      'Rechten',
      'Rechten',
      'Rechten',
      'Rechten\nU heeft de volgende rechten',
    ]);
  });

  it('reads an item in one sentence with its introduction, whatever the case of its first letter', () => {
    const c = loadClassifier(model);
    const intro = seg(0, 'paragraph', 'Wij bewaren uw gegevens als volgt:', 'Bewaartermijnen');
    const item = (text: string) =>
      c.scoreAll([intro, seg(1, 'list-item', text, 'Bewaartermijnen')], 'nl')[1]!;
    // Retention pools sentences: were the colon read, 'Klantgegevens' (capitalised) would start a sentence
    // of its own after the introduction, and 'klantgegevens' would not.
    expect(item('Klantgegevens: 7 jaar.').retention).toBeCloseTo(
      item('klantgegevens: 7 jaar.').retention,
      12,
    );
    expect(item('Klantgegevens: 7 jaar.').retention).toBeGreaterThan(
      c.scoreAll([seg(1, 'list-item', 'Klantgegevens: 7 jaar.', 'Bewaartermijnen')], 'nl')[0]!.retention,
    );
  });

  it('ends the introduction at a new section or a table row', () => {
    const page = [
      seg(0, 'paragraph', 'We collect the following:', 'Data'),
      seg(1, 'list-item', 'Name;', 'Sharing'),
      seg(2, 'paragraph', 'We share with:', 'Sharing'),
      seg(3, 'table-row', 'Hosting | Acme', 'Sharing'),
      seg(4, 'list-item', 'Acme', 'Sharing'),
    ];
    expect(headingsWithIntro(page)).toEqual(['Data', 'Sharing', 'Sharing', 'Sharing', 'Sharing']);
  });

  it('changes the scores of list items in the concept view only', () => {
    const c = loadClassifier(model);
    const page = [
      seg(0, 'paragraph', 'Wij delen uw persoonsgegevens met de volgende derde partijen:', ''),
      seg(1, 'list-item', 'Mailchimp', ''),
    ];
    const alone = c.score('Mailchimp', '', 'nl').sharing;
    const inList = c.scoreAll(page, 'nl')[1]!.sharing;
    expect(inList).toBeGreaterThan(alone);
    const en = [
      seg(0, 'paragraph', 'We share your personal data with the following third parties:', ''),
      seg(1, 'list-item', 'Mailchimp', ''),
    ];
    const lonePage = c.scoreAll([en[0]!, seg(1, 'paragraph', 'Mailchimp', '')], 'en')[1]!.sharing;
    // the full view reads the item as it reads a paragraph: only the context stage sees the neighbour
    expect(c.scoreAll(en, 'en')[1]!.sharing).toBeCloseTo(lonePage, 12);
  });

  it('leaves the concept counts of the item its own (the introduction is not counted twice)', () => {
    const c = loadClassifier(model);
    const intro = seg(0, 'paragraph', 'Wij verzamelen de volgende persoonsgegevens:', 'Gegevens');
    const asItem = new ConceptCounts();
    const asParagraph = new ConceptCounts();
    c.scoreAll([intro, seg(1, 'list-item', 'Uw e-mailadres en naam.', 'Gegevens')], 'nl', asItem);
    c.scoreAll([intro, seg(1, 'paragraph', 'Uw e-mailadres en naam.', 'Gegevens')], 'nl', asParagraph);
    expect(Array.from(asItem.counts)).toEqual(Array.from(asParagraph.counts));
    expect(Array.from(asItem.tokens)).toEqual(Array.from(asParagraph.tokens));
  });
});
