/**
 * Recipient kinds in native wording (processors, payment providers, social networks...), the law cited
 * as the reason for keeping data (not a recipient), company names ending in a recipient word, and the
 * first party naming itself a processor.
 */
import { describe, expect, test } from 'vitest';
import { extractPractices } from '../../../src/core/extract/index';
import { inCompanyName } from '../../../src/core/extract/recipients';
import type { Lang, Recipient } from '../../../src/core/vocabulary';
import { practicesOf, segments, silentScores } from './helpers';

const recipientsOf = (text: string, lang: Lang): readonly Recipient[] =>
  practicesOf([text], lang).sharing.recipients;

describe('recipient vocabulary in every language', () => {
  test.each<[Lang, string, Recipient]>([
    ['de', 'Wir geben Ihre Daten an unseren Zahlungsdienstleister weiter.', 'service-providers'],
    ['nl', 'Wij delen uw gegevens met onze ICT-dienstverlener.', 'service-providers'],
    ['nb', 'Vi deler opplysningene med vår databehandler.', 'service-providers'],
    ['da', 'Vi videregiver oplysningerne til vores betalingsleverandør.', 'service-providers'],
    ['sv', 'Vi delar uppgifterna med vår molnleverantör och banker.', 'service-providers'],
    [
      'pt',
      'Partilhamos os seus dados com subcontratantes que tratam dados em nosso nome.',
      'service-providers',
    ],
    ['pl', 'Przekazujemy dane bankom i instytucjom płatniczym.', 'service-providers'],
    ['fr', 'Nous partageons vos données avec nos partenaires techniques.', 'service-providers'],
    ['fr', 'Vos données peuvent être partagées avec un réseau social.', 'social-networks'],
    ['es', 'Podemos compartir sus datos con una red social.', 'social-networks'],
    ['nb', 'Vi deler innhold med sosiale medier.', 'social-networks'],
    ['pt', 'Compartilhamos dados com plataformas de anúncios.', 'advertisers'],
    ['nl', 'Wij delen gegevens met groepsmaatschappijen en dochterondernemingen.', 'affiliates'],
    ['it', 'Comunichiamo i dati alle aziende del gruppo.', 'affiliates'],
    ['fr', 'Nous pouvons divulguer vos données pour répondre aux actes judiciaires.', 'authorities'],
    ['pt', 'Podemos divulgar as suas informações caso sejamos obrigados pela lei.', 'authorities'],
    [
      'es',
      'Para prestar el servicio compartimos sus datos con los siguientes prestadores.',
      'service-providers',
    ],
    ['pt', 'Também utilizaremos esses dados para publicar um perfil público do utilizador.', 'other-users'],
    ['es', 'Compartiremos estos datos para publicar su perfil en el directorio.', 'other-users'],
  ])('%s: %s', (lang, text, kind) => {
    expect(recipientsOf(text, lang)).toContain(kind);
  });

  test.each<[Lang, string, Recipient]>([
    // Keeping data as the law requires names no recipient.
    ['sv', 'Protokollet publiceras och arkivet lagras i låst utrymme enligt lag.', 'authorities'],
    ['en', 'We share your data with partners and store invoices as required by law.', 'authorities'],
    // The operator naming itself a processor.
    [
      'da',
      'Vi deler ikke dit indhold; her er du dataansvarlig, og vi er databehandler.',
      'service-providers',
    ],
    [
      'sv',
      'Stacken kan dela resurser och agera personuppgiftsbiträde åt andra föreningar.',
      'service-providers',
    ],
    // A policy change published on the page is not data made public.
    ['fr', 'Toute modification sera publiée sur cette page.', 'other-users'],
    [
      'pl',
      'Zmiany wchodzą w życie z chwilą opublikowania zaktualizowanej Polityki Prywatności.',
      'other-users',
    ],
  ])('%s: no %s in %s', (lang, text, kind) => {
    expect(recipientsOf(text, lang)).not.toContain(kind);
  });

  test('the law still names authorities where data is disclosed', () => {
    expect(recipientsOf('We may disclose your data where required by law.', 'en')).toContain('authorities');
  });
});

describe('company names ending in a recipient word', () => {
  const text = 'Le richieste vanno rivolte a Trebiano E-Business Partner presso la sede indicata.';
  test('a capitalised run in running text is a name', () => {
    expect(inCompanyName(text, text.indexOf('Partner'), 'it')).toBe(true);
    expect(recipientsOf(`Condividiamo i dati con ${text}`, 'it')).not.toContain('business-partners');
  });

  test('lower-case words, title-case lines and German nouns are not names', () => {
    const lower = 'Condividiamo i dati con i nostri partner commerciali.';
    expect(inCompanyName(lower, lower.indexOf('partner'), 'it')).toBe(false);
    const title = 'We Share Data With Trusted Business Partners';
    expect(inCompanyName(title, title.indexOf('Partners'), 'en')).toBe(false);
    const de = 'Wir geben die Daten an die Trebiano GmbH und deren Partner weiter.';
    expect(inCompanyName(de, de.indexOf('Partner'), 'de')).toBe(false);
    const start = 'Partner commerciali ricevono i dati.';
    expect(inCompanyName(start, 0, 'it')).toBe(false);
  });
});

describe('where the model is sure a passage is about sharing but no disclosure verb is written', () => {
  /** Recipients of one paragraph whose classifier sharing score is 0.9. */
  function confidentRecipients(text: string, lang: Lang): readonly Recipient[] {
    const segs = segments([text]);
    const scores = silentScores(1).map((s) => ({ ...s, sharing: 0.9 }));
    return extractPractices(segs, scores, lang).sharing.recipients;
  }

  test('the parties it names receive data', () => {
    expect(confidentRecipients('Sociale netwerken zoals Facebook en LinkedIn.', 'nl')).toContain(
      'social-networks',
    );
  });

  test.each<[Lang, string]>([
    [
      'nl',
      'Wanneer we informatie verzamelen via andere bronnen, zoals marketingpartners of sociale netwerken.',
    ],
    ['en', 'We may obtain information about you from other sources, such as social networks.'],
    ['de', 'Wir erhalten Daten aus öffentlichen Quellen und von sozialen Netzwerken.'],
    ['pl', 'Dane pozyskujemy także z innych źródeł, np. z serwisów społecznościowych.'],
    ['sv', 'Vi kan få uppgifter från andra källor, till exempel sociala medier.'],
  ])('%s: not where it speaks of sources: %s', (lang, text) => {
    expect(confidentRecipients(text, lang)).not.toContain('social-networks');
  });

  test.each<[Lang, string]>([
    ['en', 'Social networks, and the open source tools we build on.'],
    ['pt', 'Fontes do Google e redes sociais.'],
    ['es', 'Fuentes de Google y redes sociales.'],
  ])('%s: a source word that names no source of data leaves them: %s', (lang, text) => {
    expect(confidentRecipients(text, lang)).toContain('social-networks');
  });
});
