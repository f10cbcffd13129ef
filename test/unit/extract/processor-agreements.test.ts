/**
 * A data processing agreement ("databehandleraftale", "databehandleravtale", "personuppgiftsbiträdesavtal")
 * names no party: the masks of recipients.json said so, but tied with the stems "databehandler\w*",
 * "personuppgiftsbiträde\w*" on the compound and lost (masks lose ties). The processor terms now end in
 * their inflections, so the agreement is no processor, as "Auftragsverarbeitungsvertrag" and
 * "verwerkersovereenkomst" never were; the processors themselves still are.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('a processing agreement is no processor', () => {
  test.each<[Lang, string]>([
    ['da', 'Der indgås databehandleraftale ved oprettelse af firma-konto.'],
    ['da', 'Vi har indgået databehandleraftaler.'],
    ['nb', 'Databehandleravtaler er på plass for å sikre at alle personopplysninger håndteres riktig.'],
    ['sv', 'Vi delar uppgifter. Vi har ingått personuppgiftsbiträdesavtal.'],
    ['de', 'Wir haben einen Auftragsverarbeitungsvertrag geschlossen.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('service-providers');
  });
});

describe('the processors still are', () => {
  test.each<[Lang, string]>([
    ['da', 'Vi deler data med vores databehandlere.'],
    ['da', 'Vi bruger underdatabehandlere til hosting.'],
    ['da', 'Vi videregiver oplysninger til vores databehandler.'],
    ['da', 'Vi deler oplysninger med underbehandlerne.'],
    ['nb', 'Vi deler opplysninger med våre databehandlere.'],
    ['nb', 'Opplysningene deles med databehandleren vår.'],
    ['sv', 'Vi delar uppgifter med våra personuppgiftsbiträden.'],
    ['sv', 'Uppgifterna delas med personuppgiftsbiträdet.'],
    ['sv', 'Vi delar uppgifter med underbiträden.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('service-providers');
  });
});
