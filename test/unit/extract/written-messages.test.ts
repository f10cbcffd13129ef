/**
 * The message a person writes to the operator is communications, said the way Scandinavian policies say it:
 * "eventuell melding du skriver til oss", "meldingstekst", "den besked, du sender", "meddelandet du skickar"
 * (data-types/types-content.json `communications`).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

describe('the message a person writes is communications', () => {
  test.each<[Lang, string]>([
    [
      'nb',
      'Når du sender inn skjemaet, lagrer vi navn, e-postadresse og eventuell melding du skriver til oss.',
    ],
    ['nb', 'Når du sender skjema, mottar vi navn, e-post og meldingstekst.'],
    ['da', 'Når du udfylder formularen, gemmer vi dit navn og den besked du skriver til os.'],
    ['sv', 'När du fyller i formuläret sparar vi ditt namn och meddelandet du skickar till oss.'],
  ])('%s: %s', (lang, text) => {
    expect(practicesOf([text], lang).collection.dataTypes).toContain('communications');
  });

  test('a message the operator sends is not what the person wrote', () => {
    expect(
      practicesOf(['Vi lagrer navn og e-postadresse, og sender deg en bekreftelse på e-post.'], 'nb')
        .collection.dataTypes,
    ).not.toContain('communications');
  });
});
