import { describe, expect, test } from 'vitest';
import { segmentText } from '../../../src/core/page/from-text';

describe('segmentText, a paragraph per line', () => {
  const text = [
    'Privacy Policy',
    'Effective starting: May 25th, 2018',
    'Your privacy is important to us, and so is being transparent about it.',
    '1. What kind of information do we collect?',
    '1.1. Information you provide',
    'We collect your name and email address when you register.',
    '- When accounts are created: we collect the name.',
    '- When you contact us: we keep the message.',
    '4. How we share information we collect about you.',
    'We share it with service providers.',
    'Host |',
    'Region |',
  ].join('\n');
  const { segments, title } = segmentText(text, 'txt');

  test('the first heading is the title', () => expect(title).toBe('Privacy Policy'));

  test.each([
    ['Privacy Policy', 'heading'],
    ['1. What kind of information do we collect?', 'heading'],
    ['1.1. Information you provide', 'heading'],
    ['4. How we share information we collect about you.', 'heading'],
    ['We collect your name and email address when you register.', 'paragraph'],
    ['When accounts are created: we collect the name.', 'list-item'],
    ['Host', 'table-row'],
  ])('%s is a %s', (line, kind) => {
    expect(segments.find((s) => s.text === line)?.kind).toBe(kind);
  });

  test('segments know their section and sub-headings their parent', () => {
    expect(segments.find((s) => s.text.startsWith('We collect your name'))?.heading).toBe(
      '1.1. Information you provide',
    );
    expect(segments.find((s) => s.text === '1.1. Information you provide')?.heading).toBe(
      '1. What kind of information do we collect?',
    );
  });

  test('ids are positions', () => {
    segments.forEach((s, i) => {
      expect(s.id).toBe(i);
    });
  });
});

describe('segmentText, blank-line separated and Markdown', () => {
  test('blank lines separate blocks; hard-wrapped lines join', () => {
    const { segments } = segmentText(
      'Data we keep\n\nWe keep your data\nfor five years.\n\n- name\n- e-mail',
      'txt',
    );
    expect(segments.map((s) => [s.kind, s.text])).toEqual([
      ['heading', 'Data we keep'],
      ['paragraph', 'We keep your data for five years.'],
      ['list-item', 'name'],
      ['list-item', 'e-mail'],
    ]);
  });

  test('Markdown: front matter, headings, links and emphasis', () => {
    const md =
      '---\nlayout: x\n---\n# Datenschutz\n\nWir speichern **Ihre** Daten [hier](https://x.de).\n\n## Rechte\n\n* Auskunft';
    const { segments, title } = segmentText(md, 'md');
    expect(title).toBe('Datenschutz');
    expect(segments.map((s) => s.text)).toEqual([
      'Datenschutz',
      'Wir speichern Ihre Daten hier.',
      'Rechte',
      'Auskunft',
    ]);
    expect(segments[3]?.heading).toBe('Rechte');
  });

  test('a very long paragraph is cut at sentence ends', () => {
    const long = Array.from({ length: 400 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
    const { segments } = segmentText(long, 'txt');
    expect(segments.length).toBeGreaterThan(2);
    expect(segments.every((s) => s.text.length <= 3000 && s.text.endsWith('.'))).toBe(true);
  });

  test('empty input gives no segments', () => expect(segmentText('  \n\n ', 'txt').segments).toEqual([]));
});

test('Markdown front matter gives the title and the first heading, as a site generator renders it', () => {
  const { segments, title } = segmentText(
    '---\nlayout: page\ntitle: "Integritetspolicy"\n---\n\n## 1. Insamling\n\nVi samlar in.',
    'md',
  );
  expect(title).toBe('Integritetspolicy');
  expect(segments.map((s) => [s.kind, s.text, s.heading])).toEqual([
    ['heading', 'Integritetspolicy', ''],
    ['heading', '1. Insamling', 'Integritetspolicy'],
    ['paragraph', 'Vi samlar in.', '1. Insamling'],
  ]);
});

describe('segmentText, table cells copied one per line', () => {
  test.each([
    ['Host |', 'Host', 'table-row'],
    ['Region|\u00a0\t', 'Region', 'table-row'],
    ['Cookie name | Purpose | Duration |   ', 'Cookie name | Purpose | Duration', 'table-row'],
    [
      'A pipe | in the middle of a sentence, not at its end.',
      'A pipe | in the middle of a sentence, not at its end.',
      'paragraph',
    ],
  ])('%j reads as %j, a %s', (line, text, kind) => {
    const { segments } = segmentText(['Some heading', line, 'We collect data.'].join('\n'), 'txt');
    expect(segments.find((s) => s.text === text)?.kind).toBe(kind);
  });
});

test("Nikola's metadata comment gives the title, as the site generator renders it", () => {
  const { segments, title } = segmentText(
    '<!-- \n.. title: Integritetspolicy\n.. slug: integritetspolicy\n.. description:\n-->\n\nVi samlar in namn och e-post.',
    'md',
  );
  expect(title).toBe('Integritetspolicy');
  expect(segments.map((s) => [s.kind, s.text])).toEqual([
    ['heading', 'Integritetspolicy'],
    ['paragraph', 'Vi samlar in namn och e-post.'],
  ]);
});

test('an empty title names nothing (not the next line), and metadata may end the file', () => {
  expect(segmentText('<!--\n.. title:\n.. slug: integritetspolicy\n-->\n\nVi samlar in.', 'md').title).toBe(
    '',
  );
  expect(segmentText('---\ntitle:\nslug: x\n---\n\nText.', 'md').title).toBe('');
  expect(segmentText('---\ntitle: >\n  Long\n---\n\nText.', 'md').title).toBe('');
  expect(segmentText('---\ntitle: Privacy Policy\n---', 'md').title).toBe('Privacy Policy');
  expect(segmentText('+++\ntitle = "Integritetspolicy"\n+++\n\nText.', 'md').title).toBe('Integritetspolicy');
  expect(segmentText('<!--\n.. title: Integritetspolicy\n-->', 'md')).toMatchObject({
    title: 'Integritetspolicy',
    segments: [{ kind: 'heading', text: 'Integritetspolicy' }],
  });
});
