/**
 * A definition of a party ("A 'processor' is a person or body that processes personal data on behalf of the
 * controller", the GDPR's Art. 4 words in each language, also as a list item under "Definitions") says what a
 * word means, not that data goes to anyone: it names no recipient. A sentence where the operator uses
 * processors, or where a copula says who does the work ("Unser Hosting-Anbieter ist diejenige Stelle, die
 * ...": no quoted or indefinite term), still does (probe11 S1).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf, recipientsOf } from './helpers';

describe('a definition of a party names no recipient', () => {
  test.each<[Lang, string]>([
    ['en', "A 'processor' is a person or body that processes personal data on behalf of the controller."],
    ['en', 'Processor: a person or body that processes personal data on behalf of the controller.'],
    [
      'en',
      'Recipient means a natural or legal person, public authority, agency or another body, to which the personal data are disclosed.',
    ],
    [
      'en',
      'Service Provider means any natural or legal person who processes the data on behalf of the Company.',
    ],
    [
      'de',
      '„Auftragsverarbeiter“ ist eine Stelle, die personenbezogene Daten im Auftrag des Verantwortlichen verarbeitet.',
    ],
    [
      'nl',
      "Een 'verwerker' is degene die ten behoeve van de verwerkingsverantwoordelijke persoonsgegevens verwerkt.",
    ],
    ['nb', 'En databehandler er den som behandler personopplysninger på vegne av den behandlingsansvarlige.'],
    [
      'sv',
      'Ett personuppgiftsbiträde är den som behandlar personuppgifter för den personuppgiftsansvariges räkning.',
    ],
    ['da', 'En databehandler er den, der behandler personoplysninger på vegne af den dataansvarlige.'],
    [
      'fr',
      'Le « sous-traitant » est la personne qui traite des données à caractère personnel pour le compte du responsable du traitement.',
    ],
    [
      'fr',
      'Sous-traitant : la personne physique ou morale qui traite des données pour le compte du responsable du traitement.',
    ],
    [
      'es',
      'El «encargado del tratamiento» es quien trata datos personales por cuenta del responsable del tratamiento.',
    ],
    [
      'it',
      'Il «responsabile del trattamento» è il soggetto che tratta dati personali per conto del titolare del trattamento.',
    ],
    [
      'pl',
      '„Podmiot przetwarzający” oznacza podmiot, który przetwarza dane osobowe w imieniu administratora.',
    ],
    [
      'pt',
      'Operador: pessoa natural ou jurídica, de direito público ou privado, que realiza o tratamento de dados pessoais em nome do controlador.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });

  test('a list item under "Definitions"', () => {
    const p = practicesOf(
      [
        { text: 'Definitions', kind: 'heading' },
        {
          text: 'Processor: a person or body that processes personal data on behalf of the controller.',
          kind: 'list-item',
        },
        {
          text: 'Recipient: a natural or legal person, public authority or another body to which data are disclosed.',
          kind: 'list-item',
        },
      ],
      'en',
    );
    expect(p.sharing.recipients).toEqual([]);
  });
});

describe('what must not change: processors the operator uses', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'We use carefully selected processors, such as our hosting provider, who act only on our instructions.',
    ],
    ['en', 'Our processors process personal data on our behalf.'],
    ['en', 'Our hosting provider is a company that stores your data on our behalf.'],
    ['de', 'Wir setzen Auftragsverarbeiter ein, die Daten in unserem Auftrag verarbeiten.'],
    ['nb', 'Vi bruker databehandlere som behandler personopplysninger på vegne av oss.'],
    ['fr', 'Nous faisons appel à des sous-traitants qui agissent uniquement sur nos instructions.'],
    ['pl', 'Odbiorcą Twoich danych jest podmiot, który świadczy dla nas usługi hostingu.'],
    ['de', 'Unser Hosting-Anbieter ist diejenige Stelle, die Ihre Daten speichert.'],
    ['it', 'Il nostro fornitore di hosting è il soggetto che conserva i dati per nostro conto.'],
    ['es', 'Stripe es quien procesa los pagos de la tienda.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('service-providers');
  });
});
