/**
 * Social networks as recipients, narrowed after review20b (session 20, fixr20b): a name after a preposition is
 * no subject receiving ("På Instagram får du informasjon"); "with" / "to" needs the last passing verb before it
 * to pass data named in its clause (no login offer, link, products, uploads of the operator's own content);
 * compounds and audiences ("Instagram-Fans", "Facebook fans") are no network; joint processing only in the
 * name's clause; the reader's act switches off only its own verb, so operator sharing in another clause reads;
 * de/nl verb-last ("an Instagram übermittelt") and the network as indirect object ("We give Meta your e-mail
 * address") read. Short invented sentences, eleven languages.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const recipients = (text: string, lang: Lang) => practicesOf([text], lang).sharing.recipients;

const READ: readonly [Lang, string][] = [
  ['en', 'When you comment on a post, we share your IP address with Facebook.'],
  ['en', 'If you post a review, we pass your name to Facebook.'],
  ['de', 'Sie können Inhalte teilen; dabei übermitteln wir Ihre IP-Adresse an Facebook.'],
  ['de', 'Dabei werden Ihre Nutzungsdaten an Instagram übermittelt.'],
  ['nl', 'Daarbij worden je gegevens aan Facebook doorgegeven.'],
  ['nb', 'Vi gir Facebook e-postadressen din i kryptert form.'],
  ['sv', 'Vi ger Facebook din e-postadress i krypterad form.'],
  ['da', 'Vi giver Facebook din e-mailadresse i krypteret form.'],
  ['fr', 'Vous pouvez partager nos articles; nous transmettons alors votre adresse IP à Facebook.'],
  ['es', 'Puedes compartir nuestras recetas; en ese caso enviamos tu dirección IP a Facebook.'],
  ['it', 'Puoi condividere le nostre ricette; in tal caso inviamo il tuo indirizzo IP a Facebook.'],
  ['pt', 'Pode partilhar as nossas receitas; nesse caso enviamos o seu endereço IP ao Facebook.'],
  ['pl', 'Przekazujemy Twój adres e-mail do Facebook w celach reklamowych.'],
  ['en', 'We give Meta your e-mail address in hashed form for custom audiences.'],
  ['de', 'Wir übermitteln Facebook Ihre E-Mail-Adresse in verschlüsselter Form.'],
  ['nl', 'Wij geven Facebook je e-mailadres in versleutelde vorm.'],
  ['nb', 'Vi gir Facebook e-postadressen din i kryptert form.'],
  ['sv', 'Vi ger Facebook din e-postadress i krypterad form.'],
  ['da', 'Vi giver Facebook din e-mailadresse i krypteret form.'],
];

const NOT_READ: readonly [Lang, string][] = [
  ['en', 'On Instagram, you get news about our events.'],
  ['en', 'We give you the chance to log in with Facebook.'],
  ['en', 'We sell our calendars to Facebook fans.'],
  ['en', 'Posts you have shared to Facebook stay there after you leave our club.'],
  ['en', 'Together with Instagram we run a contest; the jury processes the entries.'],
  ['de', 'Auf Instagram bekommt jeder Leser Informationen über unsere Aktionen.'],
  ['de', 'Unsere Rezepte geben wir jede Woche an Pinterest weiter.'],
  ['de', 'Wir verkaufen Poster an Instagram-Fans.'],
  ['nl', 'Op Instagram krijgt iedereen informatie over nieuwe acties.'],
  ['nl', "Wij delen onze foto's met Instagram-volgers."],
  ['nb', 'På Instagram får du informasjon om nye arrangementer.'],
  ['nb', 'En del av bildene våre legger vi ut med Instagram-filtre.'],
  ['sv', 'På Instagram får du information om nya evenemang.'],
  ['sv', 'Vi delar våra bilder med Facebook-vänner.'],
  ['da', 'På Instagram får du information om nye arrangementer.'],
  ['da', 'En stor del af vores videoer sender vi til TikTok-fællesskabet.'],
  ['fr', 'Nous vous envoyons un lien qui vous mène à Instagram.'],
  [
    'fr',
    'Notre club organise, conjointement avec TikTok, une course; les inscriptions sont traitées par le club.',
  ],
  ['es', 'Te enviamos un enlace que te lleva a TikTok.'],
  ['es', 'Junto con Instagram organizamos un sorteo; el jurado trata las participaciones.'],
  ['it', 'Ti inviamo un link che ti porta a Pinterest.'],
  ['it', 'Insieme a TikTok organizziamo una gara; il trattamento spetta alla giuria.'],
  ['pl', 'Wysyłamy link, który prowadzi do Instagram.'],
  ['pl', 'Wspólnie z Instagram organizujemy konkurs; zgłoszenia przetwarzamy sami.'],
  ['pt', 'Enviamos-lhe uma ligação que o leva ao TikTok.'],
  ['pt', 'Juntamente com o Instagram organizamos um concurso; o júri trata as inscrições.'],
  ['en', 'We give Facebook users a discount on their first order.'],
  ['en', 'We give Facebook no information about you.'],
  ['de', 'Wir geben Facebook keine Daten über Sie.'],
  ['nl', 'Wij geven Facebook geen gegevens over jou.'],
  ['nb', 'Vi gir Facebook ingen opplysninger om deg.'],
  ['sv', 'Vi ger Facebook inga uppgifter om dig.'],
  ['da', 'Vi giver Facebook ingen oplysninger om dig.'],
  ['en', 'You give Facebook your e-mail address when you create an account there.'],
  ['en', 'We send Instagram followers a newsletter with information about events.'],
];

describe('a network given data by the operator is a social-networks recipient', () => {
  it.each(READ)('%s: %s', (lang, text) => {
    expect(recipients(text, lang)).toContain('social-networks');
  });
});

describe("places, audiences, login offers, the reader's acts and other clauses name no social-networks recipient", () => {
  it.each(NOT_READ)('%s: %s', (lang, text) => {
    expect(recipients(text, lang)).not.toContain('social-networks');
  });
});
