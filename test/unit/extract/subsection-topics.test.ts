/**
 * A subsection whose heading names no topic, only whose data it lists ("2.1 Dati dei Biologi",
 * "Forældre"), inside a section about collection ("2. Categorie di Dati Trattati", "2. Hvilke kategorier af
 * persondata behandler vi"), is about collection: its items read as data collected with no introducing
 * sentence. Only collection is inherited, and never from the page title (level 1).
 */
import { describe, expect, test } from 'vitest';
import { topicsOf } from '../../../src/core/extract/context';
import { extractPractices } from '../../../src/core/extract/index';
import type { Segment, SegmentKind } from '../../../src/core/page/segment';
import type { Lang } from '../../../src/core/vocabulary';
import { silentScores } from './helpers';

type Line = [kind: SegmentKind, level: number, text: string];

/** Segments of an outline: each heading's `heading` is the last heading above it of a lower level. */
function outline(lines: readonly Line[]): Segment[] {
  const open: { level: number; text: string }[] = [];
  return lines.map(([kind, level, text], id) => {
    if (kind !== 'heading') return { id, kind, text, heading: open.at(-1)?.text ?? '', level: 0 };
    while ((open.at(-1)?.level ?? 0) >= level) open.pop();
    const heading = open.at(-1)?.text ?? '';
    open.push({ level, text });
    return { id, kind, text, heading, level };
  });
}

function practices(lines: readonly Line[], lang: Lang) {
  const segs = outline(lines);
  return extractPractices(segs, silentScores(segs.length), lang);
}

describe('a subsection of a collection section is about collection', () => {
  test('it: the items under "Dati dei Biologi" are collected', () => {
    const p = practices(
      [
        ['heading', 1, 'Informativa Privacy'],
        ['heading', 2, '2. Categorie di Dati Trattati'],
        ['heading', 3, '2.1 Dati dei Biologi (utenti registrati)'],
        ['list-item', 0, 'Nome e cognome'],
        ['list-item', 0, 'Dati di accesso (email, password cifrata)'],
      ],
      'it',
    );
    expect(p.collection.dataTypes).toEqual(expect.arrayContaining(['email', 'credentials']));
  });

  test('da: the paragraph under "Forældre" is collected', () => {
    const p = practices(
      [
        ['heading', 1, 'Privatlivspolitik'],
        ['heading', 2, '2. Hvilke kategorier af persondata behandler vi'],
        ['heading', 3, 'Forældre'],
        ['paragraph', 0, 'Login-oplysninger (e-mail og krypteret kodeord eller valgfrit Google-login).'],
      ],
      'da',
    );
    expect(p.collection.dataTypes).toContain('email');
  });

  test('en: a subsection of a section about something else says nothing of collection', () => {
    const p = practices(
      [
        ['heading', 1, 'Security policy'],
        ['heading', 2, 'Coordinated disclosure'],
        ['heading', 3, 'Safe harbor'],
        ['list-item', 0, 'E-mail, password'],
      ],
      'en',
    );
    expect(p.collection.dataTypes).toEqual([]);
  });

  test('en: the page title is no section: its level-2 sections inherit nothing from it', () => {
    const p = practices(
      [
        ['heading', 1, 'Information we collect'],
        ['heading', 2, 'Staff'],
        ['list-item', 0, 'E-mail, password'],
      ],
      'en',
    );
    expect(p.collection.dataTypes).toEqual([]);
  });

  test('en: a subsection that names its own topic keeps it', () => {
    const p = practices(
      [
        ['heading', 1, 'Privacy policy'],
        ['heading', 2, 'Information we collect'],
        ['heading', 3, 'Sharing with partners'],
        ['list-item', 0, 'E-mail, password'],
      ],
      'en',
    );
    expect(p.collection.dataTypes).toEqual([]);
  });
});

describe('headings naming the categories of personal data processed', () => {
  test.each<[Lang, string]>([
    ['da', '2. Hvilke kategorier af persondata behandler vi'],
    ['da', 'Kategorier af persondata'],
    ['nb', 'Hvilke kategorier av personopplysninger behandler vi?'],
    ['nb', 'Kategorier av personopplysninger'],
    ['sv', 'Kategorier av personuppgifter'],
  ])('%s: %s', (lang, heading) => {
    expect(topicsOf(heading, lang).has('collection')).toBe(true);
  });
});
