/**
 * Rights said with a verb form, a split verb, a compound, a plural or an unaccented label (session 12's card
 * audit): da/nb "få rettet", sv "få uppgifter rättade", sv plural "rättelser", es "oponerte", fr "restreindre
 * leur traitement" (es/it/pt twins), a label "Acces :" on a page typed without accents ("Accès :", "Acceso:"),
 * nl split verbs "in te zien", "toestemming in te trekken", nl "gegevensoverdraagbaarheid", sv "få ett
 * utdrag" (nb "få et utdrag"). Near sentences that name no right stay empty.
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { rightsBoth } from './helpers';

describe('rights in verb forms, split verbs and compounds', () => {
  test.each<[Lang, string, Right[]]>([
    ['da', 'Du har ret til at få rettet forkerte data.', ['rectification']],
    ['nb', 'Du har rett til innsyn i opplysningene og til å få dem rettet.', ['access', 'rectification']],
    ['sv', 'Du har rätt att få uppgifter rättade.', ['rectification']],
    ['sv', 'Du kan begära rättelser av felaktiga uppgifter.', ['rectification']],
    ['da', 'Du kan anmode om rettelser.', ['rectification']],
    [
      'es',
      'Puedes solicitar el acceso a tus datos, su rectificación o supresión, la limitación del tratamiento, oponerte al tratamiento y la portabilidad.',
      ['access', 'rectification', 'erasure', 'portability', 'objection', 'restriction'],
    ],
    ['pt', 'Tens o direito de opor-te ao tratamento dos teus dados.', ['objection']],
    [
      'fr',
      "Vous avez le droit d'accéder à vos données personnelles, de les rectifier, de les supprimer ou de restreindre leur traitement.",
      ['access', 'rectification', 'erasure', 'restriction'],
    ],
    ['es', 'Tiene derecho a restringir el tratamiento de sus datos.', ['restriction']],
    ['it', 'Hai il diritto di restringere il trattamento.', ['restriction']],
    ['pt', 'Tem o direito de restringir o tratamento dos seus dados.', ['restriction']],
    ['es', 'Acceso: puede solicitar una copia de sus datos.', ['access']],
    ['nl', 'U heeft het recht om uw gegevens in te zien.', ['access']],
    ['nl', 'U heeft het recht om uw toestemming in te trekken.', ['withdraw-consent']],
    ['nl', 'U heeft het recht op gegevensoverdraagbaarheid.', ['portability']],
    [
      'sv',
      'Du har rätt till att få ett utdrag som visar vilka personuppgifter vi har registrerade om dig.',
      ['access'],
    ],
    ['nb', 'Du har rett til å få et utdrag av opplysningene vi har om deg.', ['access']],
  ])('%s: %s', (lang, text, expected) => {
    for (const rights of rightsBoth(text, lang)) expect(rights).toEqual(expected);
  });
});

test('an unaccented label under a rights heading: "Acces :"', () => {
  const text = 'Acces : obtenir une copie des renseignements personnels que nous detenons a votre sujet.';
  for (const rights of rightsBoth(text, 'fr', 'Vos droits')) expect(rights).toEqual(['access']);
});

describe('near sentences that name no right', () => {
  test.each<[Lang, string]>([
    ['da', 'Kampagnen er rettet mod unge.'],
    ['nb', 'Tilbudet er rettet mot bedrifter.'],
    ['nl', 'U kunt de website gebruiken zonder in te loggen.'],
    ['nl', 'Wij vragen u om de voorwaarden in te zien voordat u bestelt.'],
    ['fr', 'Vous pouvez accéder au site sans compte.'],
    ['sv', 'Du kan läsa ett utdrag ur boken på vår webbplats.'],
  ])('%s: %s', (lang, text) => {
    for (const rights of rightsBoth(text, lang)) expect(rights).toEqual([]);
  });
});
