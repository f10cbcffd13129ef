import { describe, expect, it } from 'vitest';
import type { PolicyChange } from '../../../src/core/history/changes';
import { changeLines, changeNote } from '../../../src/popup/change-text';
import { english, i18nFor } from './i18n-fixture';

const lines = (changes: PolicyChange[], i18n = english) => changeLines(changes, i18n);

describe('what changed, in words', () => {
  it('says what is collected and shared now', () => {
    expect(
      lines([
        { kind: 'collects', added: ['health', 'location'], removed: ['phone'] },
        { kind: 'shares', added: ['advertisers'], removed: [] },
        { kind: 'named', added: [], removed: ['Stripe'] },
      ]),
    ).toEqual([
      'Now also collects: Health data and Location',
      'No longer mentions collecting: Phone number',
      'Now also shares with: Advertisers',
      'No longer names: Stripe',
    ]);
  });

  it('says how long data is kept now and before', () => {
    expect(
      lines([
        {
          kind: 'retention',
          from: { kind: 'specific', periods: ['P2Y'] },
          to: { kind: 'specific', periods: ['P5Y'] },
        },
        {
          kind: 'retention',
          from: { kind: 'specific', periods: ['P2Y'] },
          to: { kind: 'criteria', periods: [] },
        },
        {
          kind: 'retention',
          from: { kind: 'none', periods: [] },
          to: { kind: 'specific', periods: ['P3M', 'P1Y'] },
        },
        { kind: 'retention', from: { kind: 'indefinite', periods: [] }, to: { kind: 'none', periods: [] } },
      ]),
    ).toEqual([
      'Keeps data 5 years instead of 2 years',
      'Keeps data as long as needed instead of 2 years',
      'Now says how long it keeps data: 3 months to 1 year',
      'No longer says how long it keeps data (before: with no time limit)',
    ]);
  });

  it('names only the durations that differ when some stay the same', () => {
    const specific = (...periods: string[]) => ({ kind: 'specific' as const, periods });
    expect(
      lines([
        { kind: 'retention', from: specific('P30D', 'P2Y'), to: specific('P30D', 'P5Y') },
        { kind: 'retention', from: specific('P30D'), to: specific('P30D', 'P10Y') },
        { kind: 'retention', from: specific('P30D', 'P10Y'), to: specific('P30D') },
      ]),
    ).toEqual([
      'Keeps data 5 years instead of 2 years',
      'Now also mentions keeping data for 10 years',
      'No longer mentions keeping data for 10 years',
    ]);
  });

  it('says what it now says about selling', () => {
    expect(
      lines([
        { kind: 'sells', from: false, to: true },
        { kind: 'sells', from: null, to: false },
        { kind: 'sells', from: true, to: null },
      ]),
    ).toEqual([
      'Now says it sells your data',
      "Now says it doesn't sell your data",
      'No longer says whether it sells your data',
    ]);
  });

  it('reads naturally in German and Polish (plural forms of durations)', () => {
    const change: PolicyChange = {
      kind: 'retention',
      from: { kind: 'specific', periods: ['P2Y'] },
      to: { kind: 'specific', periods: ['P5Y'] },
    };
    expect(lines([change], i18nFor('de'))).toEqual(['Speicherdauer: jetzt 5 Jahre, vorher 2 Jahre']);
    expect(lines([change], i18nFor('pl'))).toEqual(['Okres przechowywania: teraz 5 lat, wcześniej 2 lata']);
    expect(
      lines([{ kind: 'shares', added: ['advertisers', 'analytics'], removed: [] }], i18nFor('nb')),
    ).toEqual(['Deler nå også med: Annonsører og Analysetjenester']);
  });

  it('says when only the wording changed, with the date the old version was last seen', () => {
    const note = changeNote(
      { since: '2026-03-03T10:00:00.000Z', changedAt: '2026-04-01T10:00:00.000Z', changes: [], fresh: true },
      english,
    );
    expect(note).toEqual({
      title: 'Changed since your last visit',
      since: 'You last saw the earlier version on March 3, 2026.',
      lines: ['Only the wording changed, not what it says about your data.'],
    });
  });
});
