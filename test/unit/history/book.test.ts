import { describe, expect, it } from 'vitest';
import { bookSize, emptyBook, parseBook, recordVisit } from '../../../src/core/history/book';
import { fingerprintOf } from '../../../src/core/history/fingerprint';
import type { Report } from '../../../src/core/report';
import { sampleReport } from '../background/report-fixture';
import { AT, reportWith } from './helpers';

const SITE = 'kestrel.example/privacy';
const print = (report: Report, day: number, site = SITE, analyser = '1') =>
  fingerprintOf(report, { site, analyser, seenAt: AT(day) });

const v1 = () =>
  reportWith((p) => {
    p.sharing.recipients = ['service-providers'];
    p.retention = { found: true, kind: 'specific', periods: ['P2Y'], evidence: [] };
  });
const v2 = () =>
  reportWith((p) => {
    p.sharing.recipients = ['service-providers', 'advertisers'];
    p.retention = { found: true, kind: 'specific', periods: ['P5Y'], evidence: [] };
  });

describe('recordVisit', () => {
  it('says nothing on the first visit, nor on a second visit to the same version', () => {
    const first = recordVisit(emptyBook(), print(v1(), 1));
    expect(first.note).toBeNull();
    const second = recordVisit(first.book, print(v1(), 3));
    expect(second.note).toBeNull();
    expect(second.book.sites[SITE]?.current.seenAt).toBe(AT(3));
  });

  it('says what changed and since when, then keeps saying it (no longer fresh) for that version', () => {
    let { book } = recordVisit(emptyBook(), print(v1(), 1));
    ({ book } = recordVisit(book, print(v1(), 4)));
    const changed = recordVisit(book, print(v2(), 10));
    expect(changed.note).toEqual({
      since: AT(4),
      changedAt: AT(10),
      fresh: true,
      changes: [
        { kind: 'shares', added: ['advertisers'], removed: [] },
        {
          kind: 'retention',
          from: { kind: 'specific', periods: ['P2Y'] },
          to: { kind: 'specific', periods: ['P5Y'] },
        },
      ],
    });
    const again = recordVisit(changed.book, print(v2(), 12));
    expect(again.note).toMatchObject({ since: AT(4), changedAt: AT(10), fresh: false });
    expect(again.note?.changes).toHaveLength(2);
  });

  it('a wording-only change is a change with no practice changes', () => {
    const { book } = recordVisit(emptyBook(), print(sampleReport(), 1));
    const reworded = reportWith((p) => {
      p.collection.evidence = [{ segment: 1, text: 'We also gather your e-mail address.', score: 1 }];
    });
    expect(recordVisit(book, print(reworded, 2)).note).toMatchObject({ changes: [], fresh: true });
  });

  it('does not compare readings of two different analysers (an update of Plainly is no policy change)', () => {
    const { book } = recordVisit(emptyBook(), print(v1(), 1, SITE, '1'));
    const next = recordVisit(book, print(v2(), 2, SITE, '2'));
    expect(next.note).toBeNull();
    expect(next.book.sites[SITE]?.previous).toBeNull();
  });

  it('keeps policies apart by address', () => {
    const { book } = recordVisit(emptyBook(), print(v1(), 1, 'a.example/privacy'));
    const other = recordVisit(book, print(v2(), 2, 'b.example/privacy'));
    expect(other.note).toBeNull();
    expect(bookSize(other.book)).toBe(2);
  });

  it('is bounded: the least recently seen policies are forgotten first', () => {
    let book = emptyBook();
    for (let day = 1; day <= 8; day++) ({ book } = recordVisit(book, print(v1(), day, `s${day}.example`), 5));
    // Seeing s2 again makes it recent; the next new site pushes out s4 (s1, s3 went before).
    ({ book } = recordVisit(book, print(v1(), 9, 's2.example'), 5));
    ({ book } = recordVisit(book, print(v1(), 10, 's9.example'), 5));
    expect(Object.keys(book.sites).sort()).toEqual([
      's2.example',
      's6.example',
      's7.example',
      's8.example',
      's9.example',
    ]);
  });
});

describe('parseBook', () => {
  it('reads back what it wrote', () => {
    const { book } = recordVisit(emptyBook(), print(v1(), 1));
    expect(parseBook(JSON.parse(JSON.stringify(book)))).toEqual(book);
  });

  it('drops what does not check out, and starts empty from nonsense', () => {
    const { book } = recordVisit(emptyBook(), print(v1(), 1));
    const tampered = {
      version: 1,
      sites: {
        ...book.sites,
        'x.example': { current: { site: 'x.example' }, previous: null, changedAt: null },
        'y.example': book.sites[SITE],
      },
    };
    expect(Object.keys(parseBook(tampered).sites)).toEqual([SITE]);
    expect(parseBook(undefined)).toEqual(emptyBook());
    expect(parseBook({ version: 7, sites: {} })).toEqual(emptyBook());
    expect(parseBook('[]')).toEqual(emptyBook());
  });

  it('applies the bound to a book stored by a version with a larger one', () => {
    let book = emptyBook();
    for (let day = 1; day <= 6; day++)
      ({ book } = recordVisit(book, print(v1(), day, `s${day}.example`), 10));
    expect(bookSize(parseBook(book, 3))).toBe(3);
  });
});
