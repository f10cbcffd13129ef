/**
 * serviceMentions finds the aliases of third-parties.json in one walk with the page's other lexicons; it
 * must find what matching the two alias alternations (exact one-word names as written, the others in
 * any case) gave, written here as the reference.
 */
import { describe, expect, it } from 'vitest';
import { escapeRegExp, LATIN_LETTERS, lowerSameLength } from '../../../src/core/extract/lexicon';
import parties from '../../../src/core/extract/lexicon/third-parties.json';
import { type Mention, type Service, serviceMentions } from '../../../src/core/extract/service-mentions';
import { LANGUAGES } from '../../../src/core/vocabulary';
import { mulberry32 } from '../../../tools/train/random';
import { sentencesOf } from './corpus';

const NAME_CHAR = `[A-Z${LATIN_LETTERS}]`;
const looseKey = (text: string): string => text.toLowerCase().replace(/[\s-]+/g, ' ');

function referenceIndex() {
  const exactMap = new Map<string, Service | null>();
  const looseMap = new Map<string, Service | null>();
  // A name that is also an ordinary phrase is matched only as written (`asWritten`), as serviceMentions does.
  const add = (alias: string, service: Service | null, asWritten = false): void => {
    const map = !asWritten && /[\s-]|\p{Ll}\p{Lu}|\d|\.\p{L}/u.test(alias.trim()) ? looseMap : exactMap;
    const key = map === looseMap ? looseKey(alias) : alias;
    if (!map.has(key)) map.set(key, service);
  };
  for (const s of parties.services) {
    const needsCue = 'needsCue' in s && s.needsCue === true;
    const asWritten = 'asWritten' in s && s.asWritten === true;
    for (const a of s.aliases) add(a, { name: s.name, category: s.category, needsCue }, asWritten);
  }
  for (const a of parties.ignore) add(a, null);
  const source = (aliases: string[], loose: boolean): string =>
    `(?<!${NAME_CHAR})(?:${aliases
      .sort((a, b) => b.length - a.length)
      .map((a) =>
        loose
          ? a
              .split(/[\s-]+/)
              .map(escapeRegExp)
              .join('[\\s-]+')
          : escapeRegExp(a),
      )
      .join('|')})(?!${NAME_CHAR})`;
  return {
    exact: new RegExp(source([...exactMap.keys()], false), 'g'),
    exactMap,
    loose: new RegExp(source([...looseMap.keys()], true), 'g'),
    looseMap,
  };
}

const REF = referenceIndex();

function reference(text: string): Mention[] {
  const all: Mention[] = [];
  for (const m of text.matchAll(REF.exact)) {
    all.push({ service: REF.exactMap.get(m[0]) ?? null, start: m.index, end: m.index + m[0].length });
  }
  for (const m of lowerSameLength(text).matchAll(REF.loose)) {
    all.push({
      service: REF.looseMap.get(looseKey(m[0])) ?? null,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of all) if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

describe('serviceMentions', () => {
  it.each([
    'We use Google Analytics, Zoom and zoom, Stripe’s API and MAILCHIMP.',
    'Ghost(Pro) and ghost(Pro); non-Google services; Google-Analytics.',
    'Kelvin \u212aZoom\u212a and \u212aGoogle Analytics; İZoom',
    'Hosted at Amazon Web Services (AWS), paid via PayPal (Europe) or Klarna.',
    'Meta Platforms Ireland Limited and facebook pixel',
  ])('finds what the alias alternations find in %j', (text) => {
    for (const lang of LANGUAGES) expect(serviceMentions(text, lang)).toEqual(reference(text));
  });

  it('finds what the alias alternations find in real sentences', () => {
    for (const lang of LANGUAGES) {
      for (const text of sentencesOf(lang, 60))
        expect(serviceMentions(text, lang), text).toEqual(reference(text));
    }
  });

  it('finds what the alias alternations find in random texts of alias words, at every kind of boundary', () => {
    const words = [...new Set(parties.services.flatMap((s) => s.aliases).flatMap((a) => a.split(/\s+/)))];
    const joins = [' ', ' ', '-', ', ', '. ', "'s ", '’', '', '/', ' (', ') ', '\u212a', 'İ', 'x'];
    const next = mulberry32(13);
    for (let n = 0; n < 400; n++) {
      let text = '';
      const count = 1 + Math.floor(next() * 6);
      for (let i = 0; i < count; i++) {
        let word = words[Math.floor(next() * words.length)] ?? '';
        if (next() < 0.2) word = next() < 0.5 ? word.toLowerCase() : word.toUpperCase();
        text += word + (joins[Math.floor(next() * joins.length)] ?? ' ');
      }
      for (const lang of ['en', 'de'] as const)
        expect(serviceMentions(text, lang), text).toEqual(reference(text));
    }
  });

  it('has no alias that could match nothing', () => {
    for (const a of [...parties.services.flatMap((s) => s.aliases), ...parties.ignore]) {
      expect(/[A-Za-z0-9]/.test(a), a).toBe(true);
    }
  });

  it('matches a many-word alias holding an accent, an ampersand, a comma or a bracket as written', () => {
    // The loose aliases were once escaped with the global escape(), which percent-encodes such characters.
    const named = (text: string, lang: 'es' | 'de' | 'en') =>
      serviceMentions(text, lang).map((m) => text.slice(m.start, m.end));
    expect(named('Alojamiento: 1&1 IONOS.', 'es')).toEqual(['1&1 IONOS']);
    expect(named('Zahlungen über PayPal (Europe) S.à r.l.', 'de')).toEqual(['PayPal (Europe)']);
    expect(named('Files are stored with Box, Inc. in the US.', 'en')).toEqual(['Box, Inc.']);
  });

  it('reads Spanish "correos electrónicos" (e-mails) as no mention of the courier Correos', () => {
    for (const text of ['Correos electrónicos', 'Correos electronicos', 'envío de correos electrónicos']) {
      expect(
        serviceMentions(text, 'es').filter((m) => m.service),
        text,
      ).toEqual([]);
    }
    expect(serviceMentions('Enviamos los pedidos con Correos.', 'es').map((m) => m.service?.name)).toEqual([
      'Correos',
    ]);
  });
});
