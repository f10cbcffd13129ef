/**
 * Session 21 (fixs21d), probe20's selling and naming family. Selling pseudonymised or aggregated profiles of
 * people ("Wir verkaufen pseudonymisierte Fahrprofile an Partner", "We sell aggregated user profiles to
 * advertisers") sells data about people: sells=true. "We sell anonymous statistics" names no data about a person
 * (statistics are no data noun) and reads nothing; goods, questions and the reader's own sale read nothing.
 * A name right after the operator's own provider ("notre prestataire Lyra", "our provider Lyra", "vår leverandør
 * Lyra") is a named party; in German, whose nouns are capitalised, only a name-shaped one ("unser Dienstleister
 * PayOne"); a sentence opener or a capitalised noun after the provider is none.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { namedOf, practicesOf } from './helpers';

const sells = (text: string, lang: Lang): boolean | null | undefined =>
  practicesOf([text], lang).sharing.sells;

describe('selling profiles of people is a sale of data', () => {
  test.each<[Lang, string]>([
    ['en', 'We sell pseudonymised driving profiles to partners in the car industry.'],
    ['en', 'We sell aggregated user profiles to advertisers.'],
    ['de', 'Wir verkaufen pseudonymisierte Fahrprofile an Partner aus der Automobilbranche.'],
    ['de', 'Wir verkaufen aggregierte Nutzerprofile an Werbetreibende.'],
    ['nl', 'Wij verkopen gepseudonimiseerde rijprofielen aan partners uit de auto-industrie.'],
    ['nl', 'Wij verkopen geaggregeerde gebruikersprofielen aan adverteerders.'],
    ['nb', 'Vi selger pseudonymiserte kjøreprofiler til partnere i bilbransjen.'],
    ['nb', 'Vi selger aggregerte brukerprofiler til annonsører.'],
    ['sv', 'Vi säljer pseudonymiserade körprofiler till partner inom bilbranschen.'],
    ['sv', 'Vi säljer aggregerade användarprofiler till annonsörer.'],
    ['da', 'Vi sælger pseudonymiserede køreprofiler til partnere i bilbranchen.'],
    ['da', 'Vi sælger aggregerede brugerprofiler til annoncører.'],
    ['fr', 'Nous vendons des profils de conduite pseudonymisés à des partenaires du secteur automobile.'],
    ['fr', "Nous vendons des profils d'utilisateurs agrégés à des annonceurs."],
    ['es', 'Vendemos perfiles de conducción seudonimizados a socios del sector del automóvil.'],
    ['es', 'Vendemos perfiles de usuario agregados a anunciantes.'],
    ['it', 'Vendiamo profili di guida pseudonimizzati a partner del settore automobilistico.'],
    ['it', 'Vendiamo profili utente aggregati agli inserzionisti.'],
    ['pl', 'Sprzedajemy spseudonimizowane profile jazdy partnerom z branży motoryzacyjnej.'],
    ['pl', 'Sprzedajemy zagregowane profile użytkowników reklamodawcom.'],
    ['pt', 'Vendemos perfis de condução pseudonimizados a parceiros do setor automóvel.'],
    ['pt', 'Vendemos perfis de utilizador agregados a anunciantes.'],
  ])('%s: sells in "%s"', (lang, text) => {
    expect(sells(text, lang)).toBe(true);
  });

  test.each<[Lang, string]>([
    ['en', 'We sell anonymous statistics about traffic in the city.'],
    ['en', 'We sell bicycles and spare parts.'],
    ['de', 'Wir verkaufen anonyme Statistiken über den Verkehr in der Stadt.'],
    ['de', 'Wir verkaufen Fahrräder und Ersatzteile.'],
    ['nl', 'Wij verkopen anonieme statistieken over het verkeer in de stad.'],
    ['nl', 'Wij verkopen fietsen en onderdelen.'],
    ['nb', 'Vi selger anonym statistikk om trafikken i byen.'],
    ['nb', 'Vi selger sykler og reservedeler.'],
    ['sv', 'Vi säljer anonym statistik om trafiken i staden.'],
    ['sv', 'Vi säljer cyklar och reservdelar.'],
    ['da', 'Vi sælger anonym statistik om trafikken i byen.'],
    ['da', 'Vi sælger cykler og reservedele.'],
    ['fr', 'Nous vendons des statistiques anonymes sur la circulation en ville.'],
    ['fr', 'Nous vendons des vélos et des pièces détachées.'],
    ['es', 'Vendemos estadísticas anónimas sobre el tráfico de la ciudad.'],
    ['es', 'Vendemos bicicletas y recambios.'],
    ['it', 'Vendiamo statistiche anonime sul traffico in città.'],
    ['it', 'Vendiamo biciclette e ricambi.'],
    ['pl', 'Sprzedajemy anonimowe statystyki o ruchu w mieście.'],
    ['pl', 'Sprzedajemy rowery i części zamienne.'],
    ['pt', 'Vendemos estatísticas anónimas sobre o trânsito na cidade.'],
    ['pt', 'Vendemos bicicletas e peças.'],
    ['en', 'We sell profile pictures and frames.'],
    ['en', 'Do we sell your user profiles?'],
    ['de', 'Verkaufen wir Ihre Nutzerprofile?'],
    ['de', 'Wir verkaufen Profilrahmen und Bilderrahmen.'],
  ])('%s: no sale read in "%s"', (lang, text) => {
    expect(sells(text, lang)).not.toBe(true);
  });
});

describe("a name right after the operator's own provider is named", () => {
  test.each<[Lang, string, string]>([
    ['fr', 'Le paiement est assuré par notre prestataire Lyra.', 'Lyra'],
    [
      'fr',
      'Le paiement est assuré par notre prestataire Lyra, et les données sont hébergées par OVHcloud, notre sous-traitant.',
      'Lyra',
    ],
    ['en', 'Payments are handled by our provider Lyra.', 'Lyra'],
    ['de', 'Die Zahlung wickelt unser Dienstleister PayOne ab.', 'PayOne'],
    ['nl', 'De betaling wordt verwerkt door onze dienstverlener Lyra.', 'Lyra'],
    ['nb', 'Betalingen håndteres av vår leverandør Lyra.', 'Lyra'],
    ['sv', 'Betalningen hanteras av vår leverantör Lyra.', 'Lyra'],
    ['da', 'Betalingen håndteres af vores leverandør Lyra.', 'Lyra'],
    ['es', 'Compartimos tus datos con nuestro proveedor de pagos Lyra.', 'Lyra'],
    ['it', 'Il pagamento è gestito dal nostro fornitore Lyra.', 'Lyra'],
    ['pl', 'Płatności obsługuje nasz dostawca Lyra.', 'Lyra'],
    ['pt', 'Partilhamos os seus dados com o nosso prestador de serviços de pagamento Lyra.', 'Lyra'],
  ])('%s: "%s" names %s', (lang, text, name) => {
    expect(namedOf(text, lang)).toContain(name);
  });

  test.each<[Lang, string]>([
    ['en', 'Payments are handled by our provider.'],
    ['en', 'Payments are handled by our provider Please contact us for details.'],
    ['de', 'Die Zahlung wickelt unser Dienstleister Lyra ab.'],
    ['de', 'Die Daten erhält unser Dienstleister Zugriff auf unsere Systeme.'],
    ['de', 'Dabei verarbeitet unser Dienstleister Ihre Daten.'],
    ['fr', 'Le paiement est assuré par notre prestataire En cas de problème.'],
    ['fr', 'Nous ne faisons pas appel à notre prestataire Lyra.'],
    ['es', 'Nuestro proveedor Europa recibe los datos.'],
  ])('%s: no name in "%s"', (lang, text) => {
    expect(namedOf(text, lang)).toEqual([]);
  });

  test('"We provide Facebook with ..." names Facebook as a social network, not an advertiser', () => {
    const text = 'We provide Facebook with hashed e-mail addresses of our customers.';
    expect(practicesOf([text], 'en').sharing.recipients).toEqual(['social-networks']);
  });
});
