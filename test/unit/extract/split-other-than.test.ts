/**
 * "other than" with the party noun between its two words: "Wir geben Ihre Daten nicht an andere Unternehmen
 * als unsere Dienstleister weiter", "met andere partijen dan onze verwerkers", "avec d'autres entreprises que
 * nos prestataires", "andra företag än våra leverantörer". Session 10 read the joined twins ("andere als",
 * "autres que", "andra än"); split, the negation reached past them and denied the parties that are in fact
 * shared with. They are exception words and clause breaks as the joined ones are: after a negation they name
 * what is shared, after what is shared they leave out. Spanish, Italian and Portuguese write the noun before
 * the whole twin ("otras empresas que no sean", "altre società diverse dai", "outras empresas que não
 * sejam"), which was already read.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf, recipientsOf } from './helpers';

describe('split "other than" after a negation names what is shared', () => {
  test.each<[Lang, string]>([
    ['en', 'We do not share your data with other companies than our service providers.'],
    ['en', 'We do not share your data with any other third parties than our service providers.'],
    ['de', 'Wir geben Ihre Daten nicht an andere Unternehmen als unsere Dienstleister weiter.'],
    ['de', 'Wir übermitteln Ihre Daten an keine anderen Dritten als unsere Dienstleister.'],
    ['de', 'Ihre Daten werden nicht an andere Empfänger als Auftragsverarbeiter weitergegeben.'],
    ['nl', 'Wij delen uw gegevens niet met andere partijen dan onze verwerkers.'],
    ['nb', 'Vi deler ikke opplysningene dine med andre selskaper enn våre databehandlere.'],
    ['nb', 'Vi utleverer ikke opplysninger til noen annen part enn våre databehandlere.'],
    ['sv', 'Vi delar inte dina uppgifter med andra företag än våra leverantörer.'],
    ['sv', 'Vi lämnar inte ut uppgifter till någon annan part än våra leverantörer.'],
    ['da', 'Vi deler ikke dine oplysninger med andre virksomheder end vores databehandlere.'],
    ['fr', "Nous ne partageons pas vos données avec d'autres entreprises que nos prestataires."],
    ['fr', 'Nous ne transmettons vos données à aucun autre tiers que nos prestataires.'],
    ['pl', 'Nie udostępniamy Twoich danych innym podmiotom niż nasi dostawcy.'],
    ['pl', 'Nie przekazujemy danych innym podmiotom zewnętrznym niż nasi dostawcy.'],
    ['es', 'No compartimos sus datos con otras empresas que no sean nuestros proveedores.'],
    ['it', 'Non condividiamo i tuoi dati con altre società diverse dai nostri fornitori.'],
    ['pt', 'Não compartilhamos seus dados com outras empresas que não sejam nossos fornecedores.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('service-providers');
  });
});

describe('split "other than" after what is shared leaves out', () => {
  test.each<[Lang, string]>([
    ['en', 'We share your data with our partners and with other companies than advertisers.'],
    ['de', 'Wir übermitteln Ihre Daten an unsere Partner und an andere Unternehmen als unsere Werbepartner.'],
    ['nl', 'Wij delen uw gegevens met onze partners en met andere bedrijven dan adverteerders.'],
    ['nb', 'Vi deler opplysningene dine med våre partnere og med andre selskaper enn annonsører.'],
    ['sv', 'Vi delar dina uppgifter med våra partner och med andra företag än annonsörer.'],
    ['da', 'Vi deler dine oplysninger med vores partnere og med andre virksomheder end annoncører.'],
    [
      'fr',
      "Nous partageons vos données avec nos partenaires et avec d'autres entreprises que les annonceurs.",
    ],
    ['pl', 'Udostępniamy Twoje dane naszym partnerom i innym firmom niż reklamodawcy.'],
  ])('%s: %s', (lang, text) => {
    const found = recipientsOf(text, lang);
    expect(found).toContain('business-partners');
    expect(found).not.toContain('advertisers');
  });
});

describe('"more ... other ... than" compares, it leaves no one out', () => {
  test.each<[Lang, string]>([
    ['en', 'We share more information with other partners than with advertisers.'],
    ['en', 'We share less data with other partners than with advertisers.'],
    ['fr', "Nous partageons plus de données avec d'autres partenaires que les annonceurs."],
    ['nl', 'Wij delen meer gegevens met andere partners dan met adverteerders.'],
    ['nb', 'Vi deler mer opplysninger med andre partnere enn med annonsører.'],
    ['sv', 'Vi delar mer uppgifter med andra partner än med annonsörer.'],
    ['da', 'Vi deler flere oplysninger med andre partnere end med annoncører.'],
    ['pl', 'Udostępniamy więcej danych innym partnerom niż reklamodawcom.'],
  ])('%s: %s', (lang, text) => {
    const found = recipientsOf(text, lang);
    expect(found).toContain('business-partners');
    expect(found).toContain('advertisers');
  });

  test('"ne ... plus" is a negation, not a comparison', () => {
    const text = "Nous ne partageons plus vos données avec d'autres entreprises que nos prestataires.";
    expect(recipientsOf(text, 'fr')).toContain('service-providers');
  });
});

describe('split "other than" ends a negation for data types too', () => {
  test.each<[Lang, string]>([
    ['en', 'We do not collect any other personal data than your email address.'],
    ['de', 'Wir erheben keine anderen Daten als Ihre E-Mail-Adresse.'],
    ['nl', 'Wij verzamelen geen andere gegevens dan uw e-mailadres.'],
    ['sv', 'Vi samlar inte in några andra uppgifter än din e-postadress.'],
  ])('%s: %s', (lang, text) => {
    expect(practicesOf([text], lang).collection.dataTypes).toContain('email');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    // "als" is also "as": processors engaged as such are shared with.
    ['de', 'Wir geben Ihre Daten an andere Unternehmen als Auftragsverarbeiter weiter.'],
    ['de', 'Wir setzen andere Unternehmen als Auftragsverarbeiter ein, die Ihre Daten erhalten.'],
    // "que" is also "that": a relative clause is no exception and no clause break.
    ['fr', "Nous partageons vos données avec d'autres prestataires que nous sélectionnons avec soin."],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('service-providers');
  });

  test('a relative "que" does not end the negation before it', () => {
    const text = "Nous ne vendons pas d'autres données que nous collectons à des annonceurs.";
    expect(recipientsOf(text, 'fr')).not.toContain('advertisers');
  });
});
