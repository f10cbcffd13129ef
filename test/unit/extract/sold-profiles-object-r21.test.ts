/**
 * Session 21 (fixr21a, review21b item 1): profiles of people are sold only as the sell word's object ("We sell
 * aggregated customer profiles to insurers"). A profile word elsewhere in the sentence is no object of the sale:
 * the operator's own customer profile used to sell it products, ad space sold on the basis of interest profiles,
 * partners using profiles to sell ads; "advertising profiles" may be goods; the reader's own sale of a profile
 * denies nothing.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const sells = (text: string, lang: Lang): boolean | null | undefined =>
  practicesOf([text], lang).sharing.sells;

describe('profiles sold as the object of the sale', () => {
  test.each<[Lang, string]>([
    ['en', 'We sell the aggregated customer profiles to insurers.'],
    ['de', 'Wir verkaufen pseudonymisierte Bewegungsprofile an Versicherer.'],
    ['nl', 'Wij verkopen geaggregeerde klantprofielen aan verzekeraars.'],
    ['nb', 'Vi selger aggregerte kundeprofiler til forsikringsselskaper.'],
    ['sv', 'Vi säljer aggregerade kundprofiler till försäkringsbolag.'],
    ['da', 'Vi sælger aggregerede kundeprofiler til forsikringsselskaber.'],
    ['fr', 'Nous vendons des profils de clients agrégés à des assureurs.'],
    ['es', 'Vendemos perfiles de clientes agregados a aseguradoras.'],
    ['it', 'Vendiamo i profili dei clienti aggregati alle assicurazioni.'],
    ['pl', 'Sprzedajemy zagregowane profile klientów ubezpieczycielom.'],
    ['pt', 'Vendemos perfis de clientes agregados a seguradoras.'],
  ])('%s: sells in "%s"', (lang, text) => {
    expect(sells(text, lang)).toBe(true);
  });

  test.each<[Lang, string]>([
    ['en', 'We use your customer profile to sell you more relevant products.'],
    ['en', 'We sell ad space on the basis of interest profiles.'],
    ['en', 'Our advertising partners use interest profiles to sell ads.'],
    ['en', 'Our shop sells advertising profiles for trucks.'],
    ['en', 'You may not sell your user profile to anyone.'],
    ['de', 'Wir nutzen Ihr Kundenprofil, um Ihnen passende Produkte zu verkaufen.'],
    ['de', 'Wir verkaufen Werbeplätze auf Basis von Interessenprofilen.'],
    ['de', 'Wir verkaufen Werbeprofile für Lkw-Planen.'],
    ['de', 'Nutzer dürfen ihr Nutzerprofil nicht verkaufen.'],
    ['nl', 'Wij gebruiken je klantprofiel om je producten te verkopen.'],
    ['nl', 'Wij verkopen advertentieruimte op basis van interesseprofielen.'],
    ['nb', 'Vi bruker kundeprofilen din for å selge deg flere produkter.'],
    ['nb', 'Vi selger annonseplass basert på interesseprofiler.'],
    ['sv', 'Vi använder din kundprofil för att sälja fler produkter till dig.'],
    ['sv', 'Vi säljer annonsplats utifrån intresseprofiler.'],
    ['da', 'Vi bruger din kundeprofil til at sælge dig flere produkter.'],
    ['da', 'Vi sælger annonceplads på grundlag af interesseprofiler.'],
    ['fr', 'Nous vendons des espaces publicitaires sur la base de profils d’intérêts.'],
    ['fr', 'Nous vendons des profils publicitaires en aluminium.'],
    ['es', 'Vendemos espacios publicitarios a partir de perfiles de intereses.'],
    ['es', 'Usamos tu perfil de cliente para venderte productos.'],
    ['it', 'Vendiamo spazi pubblicitari sulla base dei profili di consumo.'],
    ['it', 'Usiamo il profilo dei clienti per vendere i nostri prodotti.'],
    ['pl', 'Sprzedajemy powierzchnię reklamową na podstawie profili klientów.'],
    ['pl', 'Wykorzystujemy profile klientów, aby sprzedawać nasze produkty.'],
    ['pt', 'Vendemos espaço publicitário com base em perfis de clientes.'],
    ['pt', 'Usamos perfis de clientes para vender os nossos produtos.'],
  ])('%s: no sale and no denial in "%s"', (lang, text) => {
    expect(sells(text, lang) ?? null).toBeNull();
  });
});
