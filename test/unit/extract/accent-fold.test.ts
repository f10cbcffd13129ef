import { describe, expect, it } from 'vitest';
import { accentFoldOf, foldTerm, isAccentless } from '../../../src/core/extract/accent-fold';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

/** A text as typed without accents. */
const strip = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');

/** Accented sentences and what their accent-free twins must read the same. */
const TWINS: readonly { lang: Lang; text: string }[] = [
  {
    lang: 'fr',
    text: 'Nous collectons votre adresse e-mail et vos données de navigation. Nous partageons vos données avec nos prestataires de services. Les données sont conservées pendant une durée de douze mois.',
  },
  {
    lang: 'es',
    text: 'Recopilamos su dirección de correo electrónico y su número de teléfono. Compartimos su información con proveedores de servicios. Conservamos los datos durante dos años.',
  },
  {
    lang: 'pt',
    text: 'Recolhemos o seu endereço de e-mail e o seu número de telefone. Partilhamos as suas informações com prestadores de serviços. Conservamos os dados durante três anos.',
  },
  {
    lang: 'it',
    text: 'Raccogliamo il tuo indirizzo e-mail e il numero di telefono per finalità di assistenza. Comunichiamo i dati a società terze che forniscono servizi. I dati sono conservati per 12 mesi.',
  },
  {
    lang: 'pl',
    text: 'Zbieramy Twój adres e-mail i numer telefonu. Udostępniamy dane podmiotom świadczącym usługi. Dane przechowujemy przez dwanaście miesięcy.',
  },
];

describe('pages typed without accents', () => {
  it.each(TWINS)('$lang: the accent-free twin reads what the accented page reads', ({ lang, text }) => {
    const written = practicesOf(text.split(/(?<=\.) /), lang);
    const stripped = practicesOf(strip(text).split(/(?<=\.) /), lang);
    expect(written.collection.dataTypes.length).toBeGreaterThan(0);
    expect(stripped.collection.dataTypes).toEqual(written.collection.dataTypes);
    expect(stripped.sharing.recipients).toEqual(written.sharing.recipients);
    expect(stripped.retention.kind).toBe(written.retention.kind);
    expect(stripped.retention.periods).toEqual(written.retention.periods);
  });

  it('a page typed without accents that names "Société Générale" reads as its accent-free twin', () => {
    const page = [
      strip(TWINS[0]?.text ?? ''),
      'Nous partageons vos donnees de paiement avec notre banque, la Société Générale, qui traite les paiements pour notre compte.',
      'Vous pouvez demander a tout moment la suppression de vos donnees en ecrivant a notre delegue a la protection des donnees.',
      'Nous recueillons aussi votre adresse IP et des informations sur votre appareil lorsque vous visitez le site.',
      'Les donnees de votre compte sont conservees tant que votre compte est actif, puis supprimees dans un delai de trente jours.',
      'Vous pouvez vous opposer a tout moment a la reception de notre lettre d information en suivant le lien de desinscription.',
    ];
    const named = practicesOf(page, 'fr');
    const twin = practicesOf(page.map(strip), 'fr');
    expect(twin.collection.dataTypes).toContain('usage-data');
    expect(named.collection.dataTypes).toEqual(twin.collection.dataTypes);
    expect(named.retention.periods).toEqual(twin.retention.periods);
  });

  it('quotes stay verbatim from the accent-free page', () => {
    const text = 'Nous collectons vos donnees de navigation et votre adresse e-mail.';
    const p = practicesOf([text], 'fr');
    expect(p.collection.dataTypes.length).toBeGreaterThan(0);
    for (const e of p.collection.evidence) expect(text).toContain(e.text);
  });

  it('a page written with accents is matched as written: "la garde" (custody) is not "gardé" (kept)', () => {
    const text =
      "La Société n'a ni la garde ni le contrôle du contenu des portefeuilles et ne peut reprendre un jeton une fois émis.";
    expect(practicesOf([text], 'fr').retention.kind).toBe('none');
  });
});

describe('accent folds', () => {
  it('fold one character for one, and keep words told apart by their accent', () => {
    const it = accentFoldOf('it');
    expect(it?.('finalità è già')).toBe('finalita è gia');
    const fr = accentFoldOf('fr');
    expect(fr?.('données où à jusqu’à')).toBe('donnees où à jusqu’a');
    expect(fr && foldTerm(fr, "jusqu['’]à (?:à|où) données")).toBe("jusqu['’]a (?:à|où) donnees");
    const es = accentFoldOf('es');
    expect(es?.('sí él cómo información años')).toBe('sí él cómo informacion anos');
    expect(accentFoldOf('pl')?.('miesięcy że łącznie')).toBe('miesiecy że lacznie');
  });

  it('languages whose accented letters are letters of their own fold nothing', () => {
    for (const lang of ['de', 'nb', 'sv', 'da', 'en'] as const) expect(accentFoldOf(lang)).toBeNull();
  });

  it("a page is typed without accents when it holds almost none of its language's accented letters", () => {
    expect(isAccentless([{ text: 'Nous collectons vos donnees personnelles.' }], 'fr')).toBe(true);
    expect(isAccentless([{ text: 'Nous collectons vos données personnelles.' }], 'fr')).toBe(false);
    expect(isAccentless([{ text: 'Wir erheben Daten.' }], 'de')).toBe(false);
    const named =
      'Nous transmettons vos donnees a notre banque, la Société Générale, qui les conserve un an.';
    const plain =
      ' Nous collectons vos donnees de navigation et votre adresse e-mail pour gerer votre compte.';
    expect(isAccentless([{ text: named + plain.repeat(10) }], 'fr')).toBe(true);
    expect(isAccentless([{ text: 'Les données collectées sont conservées un an. '.repeat(3) }], 'fr')).toBe(
      false,
    );
  });
});
