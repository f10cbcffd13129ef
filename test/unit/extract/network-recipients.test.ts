/**
 * Social networks as recipients said in other ways (session 20, fixs20c): a named network given data ("We share
 * your e-mail address with Facebook", "Vi deler oplysninger med Facebook og Instagram"), processing jointly with
 * the operator ("verarbeiten wir gemeinsam mit Meta Ihre Daten"), receiving data ("ontvangt Facebook informatie
 * over je gebruik"), and data that "may end up with" social networks ("Dane mogą trafić do serwisów
 * społecznościowych"). Not the reader posting on a network, "follow us on", a login button, a denial.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const sharing = (text: string, lang: Lang) => practicesOf([text], lang).sharing;

const READ: readonly [Lang, string][] = [
  ['en', 'We share your e-mail address with Facebook for custom audiences.'],
  ['en', 'Facebook receives information about your visit to our website.'],
  ['en', 'When you visit our Facebook page, we process your data jointly with Meta.'],
  ['de', 'Wenn Sie unsere Facebook-Seite besuchen, verarbeiten wir gemeinsam mit Meta Ihre Daten.'],
  ['de', 'Wir übermitteln Ihre E-Mail-Adresse an Facebook, um Werbung anzuzeigen.'],
  ['de', 'Facebook erhält Informationen über Ihre Nutzung unserer Website.'],
  ['nl', 'Als je onze pagina bezoekt, ontvangt Facebook informatie over je gebruik.'],
  ['nl', 'Wij delen je e-mailadres met Facebook voor gerichte advertenties.'],
  ['nl', 'Wij verwerken je gegevens samen met Meta wanneer je onze Instagram-pagina bezoekt.'],
  ['nb', 'Vi deler opplysninger med Facebook og Instagram når du bruker sidene våre.'],
  ['nb', 'Facebook mottar informasjon om bruken din av nettstedet.'],
  ['sv', 'Vi delar uppgifter med Facebook och Instagram när du använder våra sidor.'],
  ['sv', 'Vi behandlar dina uppgifter gemensamt med Meta när du besöker vår Facebooksida.'],
  [
    'da',
    'Vi deler oplysninger med Facebook og Instagram, når du bruger vores sider, og med vores samarbejdspartnere.',
  ],
  ['da', 'Facebook modtager oplysninger om din brug af hjemmesiden.'],
  ['fr', 'Nous partageons votre adresse e-mail avec Facebook pour des audiences personnalisées.'],
  ['fr', 'Lorsque vous visitez notre page Facebook, nous traitons vos données conjointement avec Meta.'],
  ['es', 'Compartimos tu dirección de correo electrónico con Facebook para audiencias personalizadas.'],
  ['es', 'Facebook recibe información sobre tu uso de nuestra web.'],
  ['it', 'Condividiamo il tuo indirizzo e-mail con Facebook per il pubblico personalizzato.'],
  ['it', 'Quando visiti la nostra pagina Facebook, trattiamo i tuoi dati congiuntamente con Meta.'],
  [
    'pl',
    'Dane mogą trafić do serwisów społecznościowych, gdy korzystasz z wtyczek, oraz do naszych partnerów handlowych.',
  ],
  ['pt', 'Partilhamos o seu endereço de e-mail com o Facebook para públicos personalizados.'],
  ['pt', 'O Facebook recebe informações sobre a sua utilização do nosso site.'],
  ['nl', 'Je gegevens kunnen via plug-ins terechtkomen bij sociale netwerken.'],
  ['en', 'Your data may end up with social networks when you use the share buttons.'],
  [
    'en',
    'If you publish your pins there, information about that content will be shared with Facebook or Twitter.',
  ],
  ['nl', 'Je gegevens worden verwerkt door Facebook wanneer je de knop gebruikt.'],
  ['fr', 'Vos données sont traitées par Facebook lorsque vous cliquez sur le bouton.'],
  ['en', 'Information you share with us is passed to LinkedIn.'],
];

const NOT_READ: readonly [Lang, string][] = [
  // A network processing the data for the operator is a processor, not a recipient (the cloudockit seed's gold:
  // "processed by LinkedIn and Indeed" names both, social-networks is no recipient there).
  ['en', "Data processed by Facebook may remain on Facebook's servers."],
  ['en', 'Follow us on Facebook and Instagram for news about our products.'],
  ['en', 'You can share our articles on Facebook or LinkedIn yourself.'],
  ['en', 'You can sign in with your Facebook account.'],
  ['en', 'We do not share your data with Facebook or Instagram.'],
  ['de', 'Folgen Sie uns auf Instagram und Facebook.'],
  ['de', 'Wir geben Ihre Daten nicht an Facebook weiter.'],
  ['de', 'Sie können unsere Beiträge selbst auf Facebook teilen.'],
  ['nl', 'Volg ons op Facebook en Instagram.'],
  ['nl', 'Wij delen je gegevens niet met Facebook.'],
  ['nl', 'Je kunt onze berichten zelf op Facebook delen.'],
  ['nb', 'Følg oss på Facebook og Instagram.'],
  ['nb', 'Vi deler ikke opplysninger med Facebook.'],
  ['nb', 'Du kan selv dele artiklene våre på Facebook.'],
  ['sv', 'Följ oss på Facebook och Instagram.'],
  ['sv', 'Vi delar inte dina uppgifter med Facebook.'],
  ['sv', 'Du kan själv dela våra artiklar på Facebook.'],
  ['da', 'Følg os på Facebook og Instagram.'],
  ['da', 'Vi deler ikke dine oplysninger med Facebook.'],
  ['da', 'Du kan selv dele vores artikler på Facebook.'],
  ['fr', 'Suivez-nous sur Facebook et Instagram.'],
  ['fr', 'Nous ne partageons pas vos données avec Facebook.'],
  ['fr', 'Vous pouvez partager nos articles sur Facebook.'],
  ['es', 'Síguenos en Facebook e Instagram.'],
  ['es', 'No compartimos tus datos con Facebook.'],
  ['es', 'Puedes compartir nuestros artículos en Facebook.'],
  ['it', 'Seguici su Facebook e Instagram.'],
  ['it', 'Non condividiamo i tuoi dati con Facebook.'],
  ['it', 'Puoi condividere i nostri articoli su Facebook.'],
  ['pl', 'Obserwuj nas na Facebooku i Instagramie.'],
  ['pl', 'Nie przekazujemy Twoich danych do Facebooka.'],
  ['pt', 'Siga-nos no Facebook e no Instagram.'],
  ['pt', 'Não partilhamos os seus dados com o Facebook.'],
  ['pt', 'Pode partilhar os nossos artigos no Facebook.'],
  ['en', 'If you log in with Facebook, we share your data with our partners.'],
  ['en', 'Facebook does not receive any information from us.'],
  ['en', 'We never transfer your data to Facebook.'],
  ['en', 'Together with Meta, we support local charities.'],
  ['de', 'Facebook erhält keine Daten von uns.'],
  ['de', 'Sie können sich mit Ihrem Facebook-Konto anmelden.'],
  ['nl', 'Facebook ontvangt geen informatie over je gebruik.'],
  ['nl', 'Wij werken samen met Meta aan een betere wereld.'],
  ['nb', 'Facebook mottar ikke opplysninger om deg.'],
  ['sv', 'Facebook får inga uppgifter om dig.'],
  ['da', 'Facebook modtager ikke oplysninger om dig.'],
  ['fr', 'Facebook ne reçoit aucune information sur vous.'],
  ['es', 'Facebook no recibe ningún dato sobre ti.'],
  ['it', 'Facebook non riceve alcuna informazione su di te.'],
  ['pl', 'Dane trafiają do nas, gdy wypełnisz formularz.'],
  ['pt', 'O Facebook não recebe dados sobre si.'],
  ['en', 'Share Pinterest Facebook Twitter Copy link'],
  ['de', 'Teilen Pinterest Facebook Twitter Link kopieren'],
  [
    'en',
    'You may also choose to share your posts with other services, for example by sharing posts to Twitter or Facebook.',
  ],
  ['en', 'We use information about how you interact with Twitter to improve our service.'],
  ['sv', 'Kakan _fbp används av Meta för att leverera annonser.'],
  ['en', 'This cookie is used by Facebook to deliver adverts.'],
  ['en', 'Tumblr runs advertisements so we can provide you with Tumblr content for free.'],
  ['en', 'We use the Connect service provided by Facebook Inc.'],
];

/** The reader posting on a network names no network at all. */
const READER_POSTS: readonly [Lang, string][] = [
  ['en', 'You can share our articles on Facebook or LinkedIn yourself.'],
  ['de', 'Sie können unsere Beiträge selbst auf Facebook teilen.'],
  ['nl', 'Je kunt onze berichten zelf op Facebook delen.'],
  ['nb', 'Du kan selv dele artiklene våre på Facebook.'],
  ['sv', 'Du kan själv dela våra artiklar på Facebook.'],
  ['da', 'Du kan selv dele vores artikler på Facebook.'],
  ['fr', 'Vous pouvez partager nos articles sur Facebook.'],
  ['es', 'Puedes compartir nuestros artículos en Facebook.'],
  ['it', 'Puoi condividere i nostri articoli su Facebook.'],
  ['pt', 'Pode partilhar os nossos artigos no Facebook.'],
  [
    'en',
    'You may also choose to share your posts with other services, for example by sharing posts to Twitter or Facebook.',
  ],
];

describe('a social network given data is a social-networks recipient', () => {
  it.each(READ)('%s: %s', (lang, text) => {
    expect(sharing(text, lang).recipients).toContain('social-networks');
  });
});

describe('following, logging in, posting yourself and denials are no social-networks recipient', () => {
  it.each(NOT_READ)('%s: %s', (lang, text) => {
    expect(sharing(text, lang).recipients).not.toContain('social-networks');
  });
  it.each(READER_POSTS)('%s: %s', (lang, text) => {
    expect(sharing(text, lang).named).toEqual([]);
  });
});
