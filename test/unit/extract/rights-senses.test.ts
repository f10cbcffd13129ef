/**
 * Rights read from what a sentence means, not from a word alone (session 12's unseen probe). Inventing a
 * right is worse than missing one, so each reading is checked with the model silent and sure of "access".
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { rightsBoth } from './helpers';

const both = (text: string, lang: Lang) => rightsBoth(text, lang);

describe('an accuracy word that is no correction is no right to rectification', () => {
  test.each<[Lang, string, Right[]]>([
    // "whether it is correct" describes the check that the right to restriction waits for.
    ['en', 'You can ask us to stop using your data while we check whether it is correct.', []],
    // "processes wrongly / unlawfully" is the ground for a complaint, not inaccurate data.
    [
      'sv',
      'Om du anser att vi behandlar dina personuppgifter felaktigt kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY).',
      ['complaint'],
    ],
    [
      'nb',
      'Mener du at vi behandler opplysningene dine uriktig, kan du klage til Datatilsynet.',
      ['complaint'],
    ],
    [
      'da',
      'Mener du, at vi behandler dine oplysninger urigtigt, kan du klage til Datatilsynet.',
      ['complaint'],
    ],
    [
      'nl',
      'Als u vindt dat wij uw gegevens onjuist verwerken, kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.',
      ['complaint'],
    ],
    [
      'de',
      'Wenn Sie meinen, dass wir Ihre Daten unrichtig verarbeiten, können Sie sich bei der Aufsichtsbehörde beschweren.',
      ['complaint'],
    ],
    [
      'fr',
      'Si vous estimez que nous traitons vos données de manière inexacte, vous pouvez introduire une réclamation auprès de la CNIL.',
      ['complaint'],
    ],
    [
      'es',
      'Si cree que tratamos sus datos inexactamente, puede presentar una reclamación ante la AEPD.',
      ['complaint'],
    ],
    [
      'it',
      'Se ritiene che trattiamo i suoi dati inesattamente, può proporre reclamo al Garante per la protezione dei dati personali.',
      ['complaint'],
    ],
    [
      'pt',
      'Se considerar que tratamos os seus dados inexatamente, pode apresentar reclamação à CNPD.',
      ['complaint'],
    ],
  ])('%s: %s', (lang, text, rights) => {
    expect(both(text, lang)).toEqual([rights, rights]);
  });

  test.each<[Lang, string]>([
    ['en', 'If your data is not correct, you can ask us to correct it.'],
    ['en', 'You have the right to rectification of inaccurate data.'],
    ['sv', 'Du har rätt att få felaktiga uppgifter rättade.'],
    ['nb', 'Du har rett til å få uriktige opplysninger rettet.'],
    ['da', 'Du har ret til at få urigtige oplysninger berigtiget.'],
    ['nl', 'U hebt recht op correctie van gegevens die onjuist zijn.'],
    ['de', 'Sie haben das Recht, unrichtige Daten berichtigen zu lassen.'],
    ['fr', 'Vous pouvez demander la correction des données inexactes.'],
    ['es', 'Puede solicitar la rectificación de los datos inexactos.'],
  ])('still rectification, %s: %s', (lang, text) => {
    expect(both(text, lang)).toEqual([['rectification'], ['rectification']]);
  });
});
