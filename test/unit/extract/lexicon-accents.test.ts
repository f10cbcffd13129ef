import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';
import { tableMatches as matched, stripAccents as strip } from './table-matches';

/**
 * Terms once written without the diacritics of the word they stand for: each matched only the accent-free
 * spelling, so missed the word on a normal page ("usun\w*" and "usuń", "zgod\w*" and "zgód").
 */
const ACCENTED: readonly { path: string; lang: Lang; text: string; word: string }[] = [
  { path: 'retention/keeping.json/cue', lang: 'pl', text: 'Usuń swoje konto w ustawieniach.', word: 'Usuń' },
  { path: 'rights.json/kinds/erasure/strong', lang: 'pl', text: 'Usuń dane z serwisu.', word: 'Usuń' },
  {
    path: 'rights.json/kinds/withdraw-consent/strong',
    lang: 'pl',
    text: 'Możesz wycofać każdą ze zgód w dowolnym momencie.',
    word: 'wycofać każdą ze zgód',
  },
  { path: 'cues/collection.json/collect', lang: 'pl', text: 'Wprowadź swój adres e-mail.', word: 'Wprowadź' },
  {
    path: 'cues/sharing.json/share',
    lang: 'pl',
    text: 'Przekażemy Twoje dane kurierowi.',
    word: 'Przekażemy',
  },
  {
    path: 'recipients.json/kinds/authorities/weak',
    lang: 'pl',
    text: 'Ujawnimy dane, gdy wymaga tego wymóg prawny.',
    word: 'wymóg prawny',
  },
  {
    path: 'data-types/types-content.json/communications/strong',
    lang: 'pl',
    text: 'Przechowujemy nagrania rozmów telefonicznych z klientami.',
    word: 'rozmów telefonicznych',
  },
  {
    path: 'recipients.json/dataAbout',
    lang: 'pl',
    text: 'Przekazujemy informację o partnerach.',
    word: 'informację o',
  },
  {
    path: 'cues/sharing.json/share',
    lang: 'fr',
    text: 'Google transfère ces données aux États-Unis.',
    word: 'transfère',
  },
  {
    path: 'retention/keeping.json/cue',
    lang: 'fr',
    text: 'Nous effaçons vos données au bout de trois ans.',
    word: 'effaçons',
  },
  {
    path: 'rights.json/kinds/access/strong',
    lang: 'de',
    text: 'Wir erteilen Ihnen Auskünfte über Ihre Daten.',
    word: 'Auskünfte',
  },
  {
    path: 'data-types/types-profiles.json/professional/strong',
    lang: 'de',
    text: 'Wir speichern die Lebensläufe der Bewerber.',
    word: 'Lebensläufe',
  },
  {
    path: 'flags.json/international/strong',
    lang: 'de',
    text: 'Für diese Länder liegen Angemessenheitsbeschlüsse der Kommission vor.',
    word: 'Angemessenheitsbeschlüsse',
  },
  {
    path: 'recipients.json/kinds/authorities/strong',
    lang: 'de',
    text: 'Wir geben Daten aufgrund gerichtlicher Beschlüsse heraus.',
    word: 'gerichtlicher Beschlüsse',
  },
  {
    path: 'rights.json/kinds/objection/strong',
    lang: 'de',
    text: 'Wir prüfen alle Widersprüche gegen die Verarbeitung.',
    word: 'Widersprüche',
  },
];

/** Languages whose pages may be typed without accents (accent-fold.json); German writes "ue" instead. */
const FOLDED = new Set<Lang>(['fr', 'es', 'pt', 'it', 'pl', 'nl']);

describe('lexicon terms match the accented words they stand for', () => {
  it.each(ACCENTED)('$lang $path: "$word"', ({ path, lang, text, word }) => {
    expect(matched(path, lang, text)).toContain(word);
  });

  it.each(ACCENTED.filter((c) => FOLDED.has(c.lang)))(
    '$lang $path: "$word" typed without accents still matches',
    ({ path, lang, text, word }) => {
      expect(matched(path, lang, strip(text))).toContain(strip(word));
    },
  );

  it('a contradiction is not an objection ("Widersprüchlichkeiten")', () => {
    expect(
      matched('rights.json/kinds/objection/strong', 'de', 'Es gab Widersprüchlichkeiten im Text.'),
    ).toEqual([]);
  });
});

/** A notice published on the site is no data shown to other users; a person's own content published is. */
const NOTICES: readonly { lang: Lang; text: string }[] = [
  { lang: 'fr', text: 'En cas de changement substantiel, un avis sera publié sur le site.' },
  { lang: 'de', text: 'Bei wesentlichen Änderungen wird ein Hinweis auf der Website veröffentlicht.' },
  { lang: 'nl', text: 'Bij wijzigingen wordt een kennisgeving op de website gepubliceerd.' },
  { lang: 'es', text: 'En caso de cambios sustanciales, un aviso será publicado en el sitio web.' },
  { lang: 'it', text: 'In caso di modifiche, un avviso sarà pubblicato sul sito.' },
  {
    lang: 'fr',
    text: 'Un adversaire pourrait vouloir accéder à un contenu secret et le publier à votre insu.',
  },
];

const OWN_CONTENT: readonly { lang: Lang; text: string }[] = [
  { lang: 'fr', text: 'Vos commentaires seront publiés sur le site.' },
  { lang: 'fr', text: 'Votre nom et votre photo de profil peuvent être publiés sur la page du classement.' },
  { lang: 'fr', text: 'Les commentaires que vous publiez sont visibles par tous.' },
  { lang: 'fr', text: 'Nous publions votre pseudonyme dans le classement des joueurs.' },
  { lang: 'de', text: 'Ihre Kommentare werden auf der Website veröffentlicht.' },
  { lang: 'it', text: 'Le tue recensioni saranno pubblicate sul sito.' },
];

describe('published: other users only when what is published is the person’s', () => {
  it.each(NOTICES)('$lang: a published notice shares nothing', ({ lang, text }) => {
    expect(practicesOf([text], lang).sharing.recipients).not.toContain('other-users');
    expect(practicesOf([strip(text)], lang).sharing.recipients).not.toContain('other-users');
  });

  it.each(OWN_CONTENT)('$lang: "$text" is shown to other users', ({ lang, text }) => {
    expect(practicesOf([text], lang).sharing.recipients).toContain('other-users');
  });
});

/** Data stored on a third party's servers is data given to a (hosting) service provider, in every language. */
const THIRD_PARTY_SERVERS: readonly { lang: Lang; text: string }[] = [
  {
    lang: 'nl',
    text: 'De gegevens worden opgeslagen op eigen beveiligde servers van het bedrijf of die van een derde partij.',
  },
  { lang: 'en', text: 'The data is stored on our own secure servers or on servers of a third party.' },
  { lang: 'de', text: 'Die Daten werden auf Servern eines Drittanbieters gespeichert.' },
  { lang: 'fr', text: 'Les données sont stockées sur des serveurs d’un tiers.' },
  { lang: 'es', text: 'Los datos se almacenan en servidores de un tercero.' },
  { lang: 'it', text: 'I dati sono conservati su server di terzi.' },
  { lang: 'pl', text: 'Dane są przechowywane na serwerach podmiotu trzeciego.' },
  { lang: 'pt', text: 'Os dados são armazenados em servidores de terceiros.' },
  { lang: 'nb', text: 'Dataene lagres på servere hos en tredjepart.' },
  { lang: 'sv', text: 'Uppgifterna lagras på servrar hos en tredje part.' },
  { lang: 'da', text: 'Dataene gemmes på servere hos en tredjepart.' },
];

describe('servers of a third party', () => {
  it.each(THIRD_PARTY_SERVERS)('$lang: a service provider', ({ lang, text }) => {
    expect(practicesOf([text], lang).sharing.recipients).toContain('service-providers');
  });

  it('our own servers are no recipient', () => {
    const text = 'De gegevens worden opgeslagen op eigen beveiligde servers van het bedrijf.';
    expect(practicesOf([text], 'nl').sharing.recipients).toEqual([]);
  });
});
