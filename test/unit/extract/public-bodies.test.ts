/**
 * A public body that receives data by law is an authority even when the policy names it by its office and
 * not by the word "authority": a gambling or electoral commission, a campaign-finance commission, a
 * municipality, a party register, a financial intelligence police unit (probe16, session 17). The names
 * are nouns of office (commission, register, municipality) qualified narrowly: a bare "commission" is a fee
 * and "the European Commission" approves transfer clauses without receiving anything.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const recipientsOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing.recipients;

describe('a commission, register or municipality that receives data is an authority', () => {
  test.each<[Lang, string]>([
    ['en', 'We are required to report winners of prizes over £50,000 to the Gambling Commission.'],
    ['en', 'We pass details of donations above the legal threshold to the Electoral Commission.'],
    ['en', 'We share the names of residents who apply for a parking permit with the local council.'],
    [
      'nl',
      'Overlijdensgegevens geven wij door aan de gemeente en, als u dat wenst, aan het pensioenfonds van de overledene.',
    ],
    [
      'nb',
      'Bidrag over 35 000 kroner rapporteres til Partiregisteret og blir offentlig tilgjengelige med giverens navn.',
    ],
    ['nb', 'Vi gir opplysninger om søknaden til kommunen når du ber om det.'],
    ['sv', 'Vid misstanke om penningtvätt är vi skyldiga att lämna uppgifter till Finanspolisen.'],
    ['sv', 'Vi delar uppgifter om spelgränser med Spelinspektionen.'],
    ['da', 'Vi videregiver oplysningerne til kommunen, når loven kræver det.'],
    [
      'fr',
      'Nous transmettons à la Commission nationale des comptes de campagne les informations relatives aux dons, conformément à la loi.',
    ],
    ['fr', 'Les actes de naissance sont transmis à la mairie de votre commune.'],
    ['es', 'Comunicamos los datos del padrón al ayuntamiento correspondiente.'],
    ['it', 'I dati anagrafici sono comunicati al comune di residenza.'],
    [
      'pl',
      'Informacje o wpłatach przekazujemy Państwowej Komisji Wyborczej w sprawozdaniu finansowym partii.',
    ],
    ['pl', 'Dane mieszkańców przekazujemy do urzędu gminy w zakresie wymaganym przepisami.'],
    ['pt', 'Os dados são comunicados à câmara municipal competente.'],
    ['de', 'Wir übermitteln Ihre Meldedaten an das Bürgeramt Ihrer Stadt.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });
});

describe('a commission that is a fee or approves clauses, and data given to us, name no authority', () => {
  test.each<[Lang, string]>([
    ['en', 'We earn a commission when you book a hotel through our partners.'],
    [
      'en',
      'We transfer data outside the EEA on the basis of standard contractual clauses approved by the European Commission.',
    ],
    ['sv', 'Du kan lämna uppgifter till oss via formuläret.'],
    ['fr', 'Nous percevons une commission sur chaque vente réalisée par nos partenaires.'],
    ['it', 'Gli utenti possono condividere contenuti comuni con la community.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('authorities');
  });
});
