/**
 * Session 20 (fixs20a): usage data said as what the reader does on the site ("data about how you browse our
 * website", "the pages you visit", "wie Sie durch unsere Website navigieren", "cómo navegas", "as páginas que
 * visita") reads usage-data where it is collected, recorded or passed on ("Wir geben pseudonymisierte
 * Nutzungsdaten ... weiter", "we share information about how you ..."), in all eleven languages. Advice about
 * the reader's own browser history, cookie settings, denials and sharing of something else read none.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('what the reader does on the site, collected or passed on, reads usage-data', () => {
  test.each<[Lang, string]>([
    ['en', 'We collect data about how you browse our website.'],
    ['en', 'Our analytics provider records the pages you visit on our site.'],
    ['en', 'We share information about how you navigate our shop with our analytics partner.'],
    ['de', 'Wir erfassen, wie Sie durch unsere Website navigieren.'],
    ['de', 'Wir speichern die Seiten, die Sie auf unserer Website besuchen.'],
    ['de', 'Wir geben pseudonymisierte Nutzungsdaten an Anbieter von Webanalyse-Diensten weiter.'],
    ['nl', 'Wij verzamelen gegevens over hoe je door onze website navigeert.'],
    ['nl', "Wij registreren de pagina's die je op onze website bezoekt."],
    ['nb', 'Vi samler inn opplysninger om hvordan du navigerer på nettstedet vårt.'],
    ['nb', 'Vi registrerer hvilke sider du besøker hos oss.'],
    ['sv', 'Vi samlar in uppgifter om hur du surfar på vår webbplats.'],
    ['sv', 'Vi registrerar vilka sidor du besöker på vår webbplats.'],
    ['da', 'Vi indsamler oplysninger om, hvordan du navigerer på vores hjemmeside.'],
    ['da', 'Vi registrerer, hvilke sider du besøger på vores hjemmeside.'],
    ['fr', 'Nous collectons des données sur la façon dont vous naviguez sur notre site.'],
    ['fr', 'Nous enregistrons les pages que vous visitez sur notre site.'],
    ['es', 'Recopilamos datos sobre cómo navegas por nuestra tienda online.'],
    ['es', 'Registramos las páginas que visitas en nuestro sitio web.'],
    ['it', 'Raccogliamo dati su come navighi nel nostro sito.'],
    ['it', 'Registriamo le pagine che visiti sul nostro sito.'],
    ['pl', 'Zbieramy dane o tym, jak poruszasz się po naszej stronie.'],
    ['pl', 'Rejestrujemy strony, które odwiedzasz w naszym serwisie.'],
    ['pt', 'Recolhemos dados sobre a forma como navega no nosso site.'],
    ['pt', 'Registamos as páginas que visita no nosso site.'],
  ])('%s: %s', (lang, text) => {
    const [silent, sure] = typesBoth(text, lang);
    expect(silent).toContain('usage-data');
    expect(sure).toContain('usage-data');
  });
});

describe('settings, denials and other things shared read no usage-data', () => {
  test.each<[Lang, string]>([
    ['en', 'You can change your cookie settings at any time.'],
    ['de', 'Sie können Ihre Cookie-Einstellungen jederzeit ändern.'],
    ['nl', 'Je kunt je cookie-instellingen op elk moment wijzigen.'],
    ['nb', 'Du kan når som helst endre innstillingene for informasjonskapsler.'],
    ['sv', 'Du kan när som helst ändra dina cookieinställningar.'],
    ['da', 'Du kan til enhver tid ændre dine cookieindstillinger.'],
    ['fr', 'Vous pouvez modifier vos paramètres de cookies à tout moment.'],
    ['es', 'Puedes cambiar la configuración de las cookies en cualquier momento.'],
    ['it', 'Puoi modificare le impostazioni dei cookie in qualsiasi momento.'],
    ['pl', 'Możesz w każdej chwili zmienić ustawienia plików cookie.'],
    ['pt', 'Pode alterar as definições de cookies a qualquer momento.'],
    ['en', 'We do not collect data about how you browse our website.'],
    ['en', 'Learn how you can browse our website privately.'],
    ['de', 'Wir geben Ihnen gerne weitere Informationen zu unseren Produkten weiter.'],
    ['nl', 'Wij geven uw gegevens niet door aan derden.'],
    ['fr', 'Nous ne collectons aucune donnée sur la façon dont vous naviguez sur notre site.'],
    ['es', 'No registramos las páginas que visitas en nuestro sitio web.'],
    ['it', 'Non registriamo le pagine che visiti sul nostro sito.'],
    ['pl', 'Nie rejestrujemy stron, które odwiedzasz w naszym serwisie.'],
    ['pt', 'Não registamos as páginas que visita no nosso site.'],
    ['sv', 'Vi samlar inte in uppgifter om hur du surfar på vår webbplats.'],
    ['da', 'Vi indsamler ikke oplysninger om, hvordan du navigerer på vores hjemmeside.'],
    ['nb', 'Vi samler ikke inn opplysninger om hvordan du surfer på nettstedet vårt.'],
    ['en', 'We share our knowledge about data protection with schools.'],
  ])('%s: %s', (lang, text) => {
    const [silent, sure] = typesBoth(text, lang);
    expect(silent).not.toContain('usage-data');
    expect(sure).not.toContain('usage-data');
  });
});

/**
 * Advice about the reader's own browser history, and a denial closed by a separable verb ("nicht an Dritte
 * weiter"), state no collection: read on lexical cues they read none. A classifier sure that the paragraph is
 * about collection still reads the pages visited, as the base did (its past-tense terms, not this session's).
 */
describe('advice about the browser history and a denied passing on read no usage-data on their cues', () => {
  test.each<[Lang, string]>([
    ['en', 'In your browser history you can see which pages you have visited.'],
    ['de', 'In Ihrem Browserverlauf können Sie sehen, welche Seiten Sie besucht haben.'],
    ['nl', "In je browsergeschiedenis kun je zien welke pagina's je hebt bezocht."],
    ['nb', 'I nettleserhistorikken kan du se hvilke sider du har besøkt.'],
    ['sv', 'I webbläsarens historik kan du se vilka sidor du har besökt.'],
    ['da', 'I din browserhistorik kan du se, hvilke sider du har besøgt.'],
    ['fr', "Dans l'historique de votre navigateur, vous pouvez voir les pages que vous avez visitées."],
    ['es', 'En el historial de tu navegador puedes ver las páginas que has visitado.'],
    ['it', 'Nella cronologia del browser puoi vedere le pagine che hai visitato.'],
    ['pl', 'W historii przeglądarki możesz zobaczyć, które strony odwiedziłeś.'],
    ['pt', 'No histórico do seu navegador pode ver as páginas que visitou.'],
    ['de', 'Wir geben Ihre Nutzungsdaten nicht an Dritte weiter.'],
  ])('%s: %s', (lang, text) => {
    expect(typesBoth(text, lang)[0]).not.toContain('usage-data');
  });
});
