/**
 * The review of session 10's recipient changes (findings 2-8, 13): each sentence below read wrong after
 * them. Showing no ads and showing ads for the operator's own products name no advertiser; "self-hosted"
 * removes only the name it qualifies; a complaint removes only the authority it is made to; an example list
 * in brackets leaves the group it illustrates; the reader reporting and a breach notice are no disclosure;
 * "not visible to" names no one; financial regulators are authorities; a cookie table's header names no one.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const sharingOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing;
const recipientsOf = (text: string, lang: Lang) => sharingOf(text, lang).recipients;

describe('showing no ads, or ads for its own products, names no advertiser', () => {
  test.each<[Lang, string]>([
    ['en', 'We show no ads and share your data only with our hosting provider.'],
    ['en', 'Our app displays no advertisements; we share data with our payment processor.'],
    ['sv', 'Appen visar ingen reklam och vi delar uppgifter med vår betalleverantör.'],
    ['nb', 'Appen viser ingen annonser, og vi deler data med vår betalingsleverandør.'],
    ['da', 'Appen viser ingen reklamer, og vi deler data med vores betalingsudbyder.'],
    ['en', 'We use cookies to display ads about our own products on our website.'],
    ['fr', 'Nous utilisons vos données pour afficher des publicités pour nos propres produits.'],
    ['de', 'Wir verwenden Ihre Daten, um Ihnen Anzeigen zu unseren eigenen Produkten einzublenden.'],
    ['nb', 'Vi bruker informasjonskapsler for å vise annonser for våre egne produkter.'],
    ['sv', 'Vi använder cookies för att visa annonser för våra egna produkter.'],
    ['da', 'Vi bruger cookies til at vise annoncer for vores egne produkter.'],
    ['nl', 'Wij gebruiken cookies om advertenties voor onze eigen producten weer te geven.'],
    ['es', 'Utilizamos cookies para mostrar anuncios de nuestros propios productos.'],
    ['pt', 'Utilizamos cookies para exibir anúncios sobre os nossos próprios produtos.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('advertisers');
  });
});

describe('showing ads: what must not change', () => {
  test.each<[Lang, string]>([
    ['en', 'Google, as a third-party vendor, uses cookies to serve ads on our site.'],
    ['en', 'We use cookies to display ads and share data with advertising partners.'],
    ['sv', 'Google använder cookies för att visa annonser baserat på tidigare besök.'],
    ['nb', 'Google bruker informasjonskapsler for å vise annonser basert på tidligere besøk.'],
    ['da', 'Google bruger cookies til at vise annoncer baseret på tidligere besøg.'],
    ['fr', 'Google utilise des cookies pour afficher des publicités sur notre site.'],
    ['en', 'We share data with advertising partners who show ads for our own products on other websites.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('advertisers');
  });
  test.each<[Lang, string]>([
    ['en', 'This site shows no ads.'],
    ['en', 'We do not use cookies to serve ads.'],
  ])('%s: %s (still none)', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('advertisers');
  });
});

describe('data passed on to show ads about its own products names advertisers (review10b finding 4)', () => {
  test.each<[Lang, string]>([
    ['en', 'We share your hashed e-mail address with Facebook to show you ads about our own products.'],
    [
      'de',
      'Wir übermitteln Ihre gehashte E-Mail-Adresse an Facebook, um Ihnen Anzeigen zu unseren eigenen Produkten einzublenden.',
    ],
    [
      'fr',
      'Nous partageons votre adresse e-mail chiffrée avec Facebook pour vous afficher des publicités pour nos propres produits.',
    ],
    ['sv', 'Vi delar din hashade e-postadress med Facebook för att visa annonser för våra egna produkter.'],
    ['nb', 'Vi deler din hashede e-postadresse med Facebook for å vise annonser for våre egne produkter.'],
    ['da', 'Vi deler din hashede e-mailadresse med Facebook for at vise annoncer for vores egne produkter.'],
    [
      'pt',
      'Partilhamos o seu endereço de e-mail com o Facebook para exibir anúncios sobre os nossos próprios produtos.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('advertisers');
  });
  test.each<[Lang, string]>([
    ['en', 'We do not share your data; we use cookies to display ads about our own products.'],
    ['de', 'Wir geben Ihre Daten nicht weiter und blenden Anzeigen zu unseren eigenen Produkten ein.'],
  ])('a sharing verb denied leaves them own ads: %s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('advertisers');
  });
});

describe('"self-hosted" elsewhere in the sentence leaves a named tool a recipient', () => {
  test.each<[Lang, string]>([
    ['en', 'We use self-hosted fonts and Google Analytics to measure traffic.'],
    ['en', 'Our website is self-hosted, but we use Google Analytics to measure traffic.'],
    ['en', 'We use Google Analytics and self-hosted fonts.'],
    ['en', 'We use Google Analytics, and our blog is hosted on our own servers.'],
    ['de', 'Wir nutzen Google Analytics und selbst gehostete Schriftarten.'],
    ['fr', 'Nous utilisons Google Analytics et des polices auto-hébergées.'],
    ['nl', 'Wij gebruiken Google Analytics en zelf gehoste lettertypen.'],
    ['sv', 'Vi använder Google Analytics och egenhostade typsnitt.'],
    ['es', 'Utilizamos Google Analytics y fuentes autoalojadas.'],
    ['pt', 'Utilizamos o Google Analytics e fontes auto-hospedadas.'],
  ])('%s: %s', (lang, text) => {
    const s = sharingOf(text, lang);
    expect(s.recipients).toContain('analytics');
    expect(s.named).toContain('Google Analytics');
  });
});

describe('"self-hosted" qualifying the name directly: no recipient', () => {
  test.each<[Lang, string]>([
    ['en', 'We use Matomo (self-hosted) to count visits.'],
    ['en', 'We use Plausible Analytics, self-hosted on our servers.'],
    ['nb', 'Vi bruker Matomo, hostet av oss, til statistikk.'],
    ['sv', 'Vi använder Matomo, hostad av oss, för statistik.'],
    ['da', 'Vi bruger Matomo, hostet af os, til statistik.'],
    ['it', 'Utilizziamo Matomo, ospitato da noi, per le statistiche.'],
    ['pl', 'Korzystamy z Matomo, hostowanego przez nas, do statystyk.'],
  ])('%s: %s', (lang, text) => {
    const s = sharingOf(text, lang);
    expect(s.recipients).not.toContain('analytics');
    expect(s.named).toEqual([]);
  });
});

describe('a complaint removes only the authority it is made to', () => {
  test.each<[Lang, string]>([
    ['fr', "Nous pouvons transmettre vos données à l'autorité de contrôle et aux autorités judiciaires."],
    ['es', 'Podemos comunicar sus datos a la autoridad de control y a los tribunales.'],
    [
      'en',
      'You have the right to lodge a complaint with a supervisory authority; we disclose data to the police when required.',
    ],
    ['en', 'We may share the complaint with law enforcement authorities.'],
    ['de', 'Wir übermitteln Daten an die Aufsichtsbehörde und an die Polizei.'],
    ['it', "Possiamo comunicare i dati all'autorità di controllo e alla polizia."],
    ['pt', 'Podemos partilhar os seus dados com a autoridade de controlo e com a polícia.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });
  test.each<[Lang, string]>([
    ['en', 'You have the right to lodge a complaint with the police or a supervisory authority.'],
    ['fr', "Vous pouvez introduire une réclamation auprès de l'autorité compétente."],
    ['es', 'Puede presentar una reclamación ante las autoridades competentes.'],
  ])('%s: %s (still none)', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('authorities');
  });
});

describe('an example list in brackets leaves the group it illustrates', () => {
  test.each<[Lang, string, string]>([
    [
      'en',
      'We share your data with our service providers (for example, analytics providers).',
      'service-providers',
    ],
    ['de', 'Wir geben Ihre Daten an Dienstleister weiter (z. B. Werbepartner).', 'service-providers'],
    [
      'fr',
      "Nous partageons vos données avec nos prestataires (par exemple des outils d'analyse).",
      'service-providers',
    ],
    [
      'en',
      'We share your data with business partners (such as advertisers, airlines and hotels).',
      'business-partners',
    ],
    ['es', 'Compartimos sus datos con socios comerciales (por ejemplo, anunciantes).', 'business-partners'],
    ['sv', 'Vi delar uppgifter med leverantörer (t.ex. annonsörer).', 'service-providers'],
  ])('%s: %s', (lang, text, kind) => {
    expect(recipientsOf(text, lang)).toContain(kind);
  });
  test.each<[Lang, string]>([
    [
      'fr',
      'Nous partageons vos données avec nos partenaires externes (prestataires de paiement, transporteurs).',
    ],
    ['en', 'We share personal data with our partners (advertisers and analytics providers).'],
  ])('%s: %s (a gloss naming the kinds still replaces the group)', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('business-partners');
  });
});

describe('the reader reporting and breach notices name no authority', () => {
  test.each<[Lang, string]>([
    ['en', 'If you believe someone has misused your account, you can report it to the police.'],
    ['en', 'Users can report illegal content to the competent authorities.'],
    ['it', 'Puoi segnalare contenuti illeciti alle autorità competenti.'],
    ['fr', 'Vous pouvez signaler tout contenu illicite aux autorités compétentes.'],
    ['en', 'In the event of a data breach, we will report it to the relevant authorities within 72 hours.'],
    ['fr', 'Toute violation de données sera signalée aux autorités compétentes dans les 72 heures.'],
    ['it', 'Eventuali violazioni dei dati saranno segnalate alle autorità competenti entro 72 ore.'],
    ['da', 'Sikkerhedsbrud anmeldes til myndighederne inden for 72 timer.'],
    ['sv', 'Personuppgiftsincidenter rapporteras till myndigheten inom 72 timmar.'],
    ['pl', 'W razie naruszenia powiadomimy właściwe organy państwowe.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('authorities');
  });
  test.each<[Lang, string]>([
    ['en', 'We report suspected fraud to the police.'],
    ['it', "Segnaliamo le frodi sospette all'autorità giudiziaria."],
    ['da', 'Vi indberetter oplysninger om løn til Skattestyrelsen.'],
    ['sv', 'Uppgifterna rapporteras till Skatteverket.'],
  ])('%s: %s (still a report)', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });
});

describe('"visible to": negated names no one, passive and public forms name other users', () => {
  test.each<[Lang, string]>([
    ['en', 'Cookies set by advertisers are not visible to other websites.'],
    ['de', 'Cookies von Werbepartnern sind für andere Websites nicht sichtbar.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });
  test.each<[Lang, string]>([
    ['en', 'Your profile name is publicly visible.'],
    ['nb', 'Brukernavnet ditt kan ses av andre brukere.'],
    ['sv', 'Ditt användarnamn kan ses av andra användare.'],
    ['da', 'Dit brugernavn kan ses af andre brugere.'],
    ['fr', 'Votre pseudo est visible publiquement par les autres utilisateurs.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('other-users');
  });
});

describe('financial regulators are authorities', () => {
  test.each<[Lang, string]>([
    ['de', 'Wir übermitteln Ihre Daten an die BaFin, soweit wir gesetzlich dazu verpflichtet sind.'],
    ['fr', "Nous transmettons vos données à l'AMF et à l'ACPR lorsque la loi l'exige."],
    ['es', 'Comunicamos sus datos a la CNMV y al Banco de España cuando la ley lo exige.'],
    ['it', "Comunichiamo i suoi dati alla Consob e alla Banca d'Italia ove richiesto dalla legge."],
    ['pt', 'Partilhamos os seus dados com a CMVM e o Banco de Portugal quando exigido por lei.'],
    ['en', 'We share your data with the Financial Conduct Authority where required.'],
    ['nl', 'Wij verstrekken uw gegevens aan de AFM en De Nederlandsche Bank.'],
    ['nb', 'Vi utleverer opplysninger til Finanstilsynet.'],
    ['sv', 'Vi lämnar ut uppgifter till Finansinspektionen.'],
    ['da', 'Vi videregiver oplysninger til Finanstilsynet.'],
    ['pl', 'Przekazujemy dane do Komisji Nadzoru Finansowego.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });
});

describe('a cookie table header row names no one', () => {
  test.each<[Lang, string]>([
    ['fr', 'Nom du cookie Fournisseur Finalité Durée'],
    ['es', 'Cookie Proveedor Finalidad Duración'],
    ['it', 'Cookie Fornitore Finalità Durata'],
    ['pt', 'Cookie Fornecedor Finalidade Duração'],
    ['pl', 'Cookie Dostawca Cel Okres'],
    ['da', 'Cookie Udbyder Formål Udløb'],
    ['sv', 'Kakor Leverantör Syfte Lagringstid'],
    ['nb', 'Cookie Leverandør Formål Utløp'],
  ])('%s: %s', (lang, text) => {
    const s = practicesOf([{ text, kind: 'table-row' }], lang).sharing;
    expect(s.recipients).toEqual([]);
  });
  test.each<[Lang, string]>([['fr', 'Google Analytics Fournisseur de mesure d’audience 13 mois']])(
    '%s: %s (a data row still names its provider)',
    (lang, text) => {
      const s = practicesOf([{ text, kind: 'table-row' }], lang).sharing;
      expect(s.named).toContain('Google Analytics');
    },
  );
});

describe('"publicly visible" describing where data comes from names no one', () => {
  test.each<[Lang, string]>([
    [
      'fr',
      "Nous collectons des données provenant d'activités publiquement visibles sur les réseaux blockchain.",
    ],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('other-users');
  });
});
