/**
 * A changes clause naming the policy as "these guidelines" (session 13's real-page audit, paired with session
 * 13's "reserving the right to adapt the policy"): da "Vi forbeholder os derfor ret til at opdatere og ændre
 * nærværende retningslinjer for behandling af personoplysninger", in a section about something else, was
 * missed. Changing or updating "these/our guidelines" and reserving the right to change this policy in the
 * first person ("forbeholder os ret til", "förbehåller oss rätten", "forbeholder oss retten") read, eleven
 * languages; the right to change prices or other things still says nothing.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

const changes = (text: string, lang: Lang) => flagBoth(text, lang, 'changes', 'changes');

describe('changing these guidelines is a changes clause', () => {
  test.each<[Lang, string]>([
    [
      'da',
      'Vi forbeholder os derfor ret til at opdatere og ændre nærværende retningslinjer for behandling af personoplysninger.',
    ],
    ['da', 'Vi forbeholder os ret til at ændre denne politik.'],
    ['en', 'We may update these guidelines from time to time.'],
    ['de', 'Wir können unsere Richtlinien für die Verarbeitung personenbezogener Daten jederzeit ändern.'],
    ['nl', 'Wij kunnen deze richtlijnen van tijd tot tijd wijzigen.'],
    ['nb', 'Vi forbeholder oss retten til å oppdatere og endre disse retningslinjer.'],
    ['sv', 'Vi förbehåller oss rätten att uppdatera och ändra dessa riktlinjer.'],
    ['fr', 'Nous pouvons mettre à jour les présentes lignes directrices.'],
    ['es', 'Podemos actualizar estas directrices en cualquier momento.'],
    ['it', 'Possiamo aggiornare queste linee guida in qualsiasi momento.'],
    ['pl', 'Możemy wprowadzać zmiany niniejszych wytycznych.'],
    ['pt', 'Podemos atualizar estas diretrizes a qualquer momento.'],
  ])('%s: %s', (lang, text) => {
    expect(changes(text, lang)).toEqual([true, true]);
  });

  test.each<[Lang, string]>([
    ['da', 'Vi forbeholder os ret til at ændre priserne.'],
    ['sv', 'Vi förbehåller oss rätten att ändra priser.'],
    ['en', 'We reserve the right to refuse orders.'],
  ])('other rights reserved say nothing, %s: %s', (lang, text) => {
    expect(changes(text, lang)[0]).toBe(false);
  });
});
