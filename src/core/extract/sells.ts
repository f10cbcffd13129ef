import type { DataType, Lang } from '../vocabulary';
import { blankSpans } from './blank-spans';
import { MASKS, TYPES } from './collection-tables';
import type { SentenceRef } from './context';
import { namesData } from './goods-sales';
import {
  declareTables,
  findAll,
  findAllOnce,
  hasAnyOnce,
  type LangTerms,
  type Span,
  within,
} from './lexicon';
import selling from './lexicon/selling.json';
import { clauseAround, clauseHasAny, negatedClause } from './negation';
import { RECIPIENT_KINDS } from './recipients';
import { typedMatches } from './typed-matches';

const VERBS = selling.verbs as LangTerms;
/** Words that deny selling only in a negation ("we do not rent or trade your data"). */
const DENIAL_ONLY = selling.denialOnly as LangTerms;
/**
 * "louées", "rented out", "vermietet", "verhuurd", "leies ut", "hyrs ut", "udlejes", "alquilados",
 * "affittati", "wynajmowane", "alugados": renting data out is selling it for money (the report's `sells`
 * counts renting and trading). Only verb forms: not "rental history", "Vermieter" or "alquiler", and en
 * "rent" only with "out" or its object right after it (not "rent payments"). A rent verb admits a sale only
 * with data in its clause and a party it goes to (RENT_RECIPIENTS): "Vos coordonnées peuvent être louées ou
 * cédées à des partenaires commerciaux" sells; "We rent cars to our customers" and "Wir vermieten Fahrräder an
 * Gäste" do not. Denials stay with DENIAL_ONLY's broader forms.
 */
const RENT_VERBS = selling.rentVerbs as LangTerms;
/** "third parties", "partners", "advertisers", "Dritte", "tiers", "terceros", "podmiotom trzecim": who rents data. */
const RENT_RECIPIENTS = selling.rentRecipients as LangTerms;
/**
 * "to", "an", "aan", "til", "à", "a", "ai", "para", "dla": the preposition of a rent verb's "to" phrase. A
 * partner anywhere in the clause is not whom data are rented to ("When renting your vehicle, your personal
 * information is shared with our partners"); "louées ou cédées à des partenaires commerciaux" is.
 */
const RENT_TO = selling.rentTo as LangTerms;
/** pl "podmiotom trzecim", "partnerom": a recipient in the dative, a "to" phrase without a preposition. */
const RENT_TO_DATIVE = selling.rentToDative as LangTerms;
/**
 * "about", "of", "relating", "zu", "über", "des", "sur", "de los", "dei", "relativi", "om", "dotyczące": a
 * preposition between a data noun and a rent verb makes the noun's data about a rented thing, not what is
 * rented ("Information about the cars we rent out", "Les informations sur les logements que nous louons",
 * "Daten zu den Fahrzeugen, die wir vermieten").
 */
const RENT_SUBJECT_BREAKS = selling.rentSubjectBreaks as LangTerms;
/**
 * "vendamos", "vendermos", "vendions", "vendessimo": subjunctive and personal-infinitive sell forms. They are
 * the mood of a wish, a request or a condition ("Pode solicitar que não vendamos", "Si vous ne souhaitez pas
 * que nous vendions", "Se vendermos a empresa", "Cuando vendamos nuestros productos"), so they never deny and
 * admit a sale only with data as their own object, named before the clause's next comma ("Se vendermos os
 * seus dados pessoais a anunciantes"), not data in the main clause of the condition.
 */
const SUBJUNCTIVE = selling.subjunctiveVerbs as LangTerms;
/**
 * "nunca", "jamais", "mai", "il est exclu", "não é permitido": what makes a subjunctive sell word a denial
 * ("Garantimos que nunca vendamos os seus dados", "Il est exclu que nous vendions vos données"), unlike the
 * plain "não / no / ne ... pas" of a request ("Pode solicitar que não vendamos").
 */
const SUBJUNCTIVE_DENIAL = selling.subjunctiveDenial as LangTerms;
const DATA_NOUNS = selling.dataNouns as LangTerms;
/**
 * "pseudonymised driving profiles", "aggregierte Nutzerprofile", "profils de conduite", "perfiles de usuario":
 * profiles of people, data when they are what a sell word sells (soldProfile). Not data nouns: a profile word
 * elsewhere in the clause is no object of the sale ("We use your customer profile to sell you products", "We
 * sell ad space on the basis of interest profiles"), and "advertising profiles" / "Werbeprofile" are as often
 * goods (profiles for truck tarpaulins), so they are left out. Admissions only: the reader's own sale ("You may
 * not sell your user profile") denies nothing.
 */
const SOLD_PROFILES = selling.soldProfiles as LangTerms;
/**
 * "the", "des", "los", "i", "auch", "pseudonymised", "aggregierte": the words (at most SOLD_PROFILE_GAP_WORDS) that
 * may stand between a sell word and the profiles it sells.
 */
const SOLD_PROFILE_GAP = selling.soldProfileGap as LangTerms;
const SOLD_PROFILE_GAP_WORDS = 2;
/**
 * "is excluded", "ist ausgeschlossen", "est exclue", "jest wykluczona": a sale ruled out by its clause's
 * predicate, with no negation word ("Ein Verkauf Ihrer Daten ist ausgeschlossen" read as selling). Asked only
 * of the clause of a sell word (clauseHasAny), so not declared.
 */
const RULED_OUT = selling.ruledOut as LangTerms;
/**
 * "before (the) sale", "vor dem Verkauf", "przed sprzedażą", "avant d'être revendu": the moment a product is
 * sold, not a sale of data ("Unser Shop verkauft generalüberholte Handys; alle Daten darauf werden vor dem
 * Verkauf gelöscht" read as selling). A sell word inside such a phrase is skipped; "vor dem Verkauf Ihrer
 * Daten" is not such a phrase (the patterns stop before a data genitive).
 */
const TIME_OF_SALE = selling.timeOfSale as LangTerms;
/**
 * "my", "meine", "mes", "moich": a sell word next to a first-person possessive speaks in the user's voice,
 * the CCPA link "Do Not Sell or Share My Personal Information" or a question "Do you sell my data?". The
 * link is shown because the site may sell or share: it is no denial, and says nothing about what is done.
 */
const FIRST_PERSON = selling.firstPerson as LangTerms;
/** How near (characters, same clause) a first-person possessive makes a sell word the user's words. */
const VOICE_REACH = 40;
/**
 * "if you object", "wenn Sie widersprechen", "als u bezwaar maakt": a denial that holds only once the user
 * objects ("Wenn Sie widersprechen, verkaufen wir Ihre Daten nicht mehr") says the data is sold until then.
 */
const ON_OBJECTION = selling.onObjection as LangTerms;
/**
 * "no longer", "nicht mehr", "ne ... plus", "ya no", "deixaremos de": the negation that ends a sale. Only a
 * denial of this shape hangs on the objection; "Even if you object, we do not sell your data" and "If you opt
 * out of cookies, we still never sell your data" are denials.
 */
const NO_LONGER = selling.noLonger as LangTerms;
/**
 * "I", "ich", "jeg", "je", "vendo", "sprzedaję": the operator speaking in the first person singular. A
 * possessive beside it is the operator's ("I do not sell my customers' data" is a denial, not the CCPA link).
 */
const FIRST_PERSON_SINGULAR = selling.firstPersonSingular as LangTerms;
/** "Do Not Sell My Info": short words for the data that only the opt-out link uses (not data nouns of admissions). */
const LINK_NOUNS = selling.linkNouns as LangTerms;
/**
 * "your", "Ihre", "uw", "din", "vos", "sus", "il tuo", "Twój", "a sua": the user's own, before a named datum
 * (nb/sv/da also after it: "postadressen din"). With it a data type is the object of a sell word.
 */
const YOUR = selling.yourPossessive as LangTerms;
/**
 * "to", "and", "for", "an", "à", "til", dative "partnerom": what may follow a named datum that is the whole
 * object of a sell word. Another noun makes the datum a modifier of goods ("your name tags", "your
 * prescription glasses", "Ihre Telefonnummer-Pakete"), which is no sale of data.
 */
const DATUM_FOLLOWERS = selling.datumFollowers as LangTerms;
/**
 * "near", "at", "bei", "près", "cerca": a preposition between a sell word and the possessive makes the
 * datum a place, not the object ("We sell near your location", "We come to you and sell at your address").
 */
const GAP_PREPOSITIONS = selling.gapPrepositions as LangTerms;
/**
 * Kinds a sell word's object may name without making it a sale of personal data: "we sell your photos and
 * videos" is a stock or print shop selling the user's works, "we sell your favourite cookies" a bakery.
 */
const GOODS_KINDS: ReadonlySet<DataType> = new Set<DataType>(['user-content', 'cookies']);
/**
 * "if you sell", "Wenn Sie Ihr Auto ... verkaufen", "si vous vendez", "sprzedajesz": the user selling (a car, a
 * home, goods on a platform), not the operator selling data. A sell word inside such a phrase is skipped:
 * "If you sell your home, please update your details" named data in the clause and read as a sale.
 */
const USER_SELLS = selling.userSells as LangTerms;
const ACQUISITION = RECIPIENT_KINDS.acquirers.strong ?? {};
/**
 * "the company is sold", "Om företaget säljs", "Hvis virksomheden bliver solgt", "si l'entreprise est
 * vendue": the operator's business sold, a merger or acquisition, not a sale of data (the data passing to
 * the buyer is a transfer to an acquirer). A sell word inside such a phrase is skipped.
 */
const BUSINESS_SOLD = selling.businessSold as LangTerms;
/**
 * "unless you have objected", "om du inte har motsatt dig det", "si vous ne vous y opposez pas": a condition
 * whose negation belongs to the objection, not to the sale ("Vi kan sälja kontaktuppgifter ..., om du inte
 * har motsatt dig det" sells until you object). Negation words inside it do not deny the sale.
 */
const UNLESS_OBJECTED = selling.unlessObjected as LangTerms;
/**
 * "if you can no longer", "als u niet kunt", "si vous ne pouvez pas", "om du inte kan": the user's condition
 * negated after a sale is stated. Its negation is the condition's ("We sell your tickets on our resale
 * marketplace if you can no longer attend" read as a denial of selling), so it is blanked when a sell word
 * stands before it; "If you do not want us to sell your data, ..." (no sell word before) is left alone.
 */
const USER_CONDITION_NEGATION = selling.userConditionNegation as LangTerms;
/**
 * "and", "und", "og", "et", "i": a coordinator after a sell word's object that is no data ("verkaufen wir Ihre
 * Immobilie und geben Ihre Kontaktdaten an Interessenten weiter"). When another verb, not a possessive or a
 * data noun, follows it, the data after it are the next predicate's, not what is sold. Common words: asked
 * only of the few words after a sell word (findAllOnce), so not declared.
 */
const GOODS_AND_PREDICATE = selling.goodsAndPredicate as LangTerms;
/**
 * "gegen Entgelt", "a titolo oneroso", "odpłatnie", "for monetary consideration": data passed on for payment
 * is a sale, without a sell word ("übermitteln wir Ihre Kaufhistorie gegen Entgelt an Werbepartner"). Read
 * only with a pass-on verb (`passOn`) and a data noun in the same clause: "a paid subscription" or "we
 * charge a fee" pass nothing on.
 */
const FOR_PAYMENT = selling.forPayment as LangTerms;
/** "übermitteln", "ceduti", "udostępniać", "share": verbs that pass data on, asked of a for-payment clause. */
const PASS_ON = selling.passOn as LangTerms;
/**
 * "opt out of the sale", "chiederci di non vendere", "zrezygnować ze sprzedaży", "refuser la vente": the
 * user's CCPA right to stop a sale, named beside the "Do Not Sell" link. Like the link it is shown by sellers
 * and non-sellers alike, so a sell word inside it says nothing (and its "non", "not" deny nothing).
 */
const OPT_OUT_REQUEST = selling.optOutRequest as LangTerms;
/** "products", "tickets", "Produkte", "produits": goods named as what a sell word sells (goodsObject). */
const GOODS_NOUNS = selling.goodsNouns as LangTerms;
/**
 * "it", "them", "sie", "ze", "dem", "ich", "aucune donnée", "nessun dato": what a denial may sell instead of a
 * data noun ("we never sell it", "wir verkaufen sie nicht", "nigdy ich nie sprzedajemy"). Personal pronouns
 * only, asked a few words either side of a denied sell word (DENIED_OBJECT_WORDS): demonstratives and nb/sv/da
 * "den", "det" are determiners as often ("these products", "det nye produktet").
 */
const DENIED_OBJECTS = selling.deniedObjects as LangTerms;
/**
 * fr "les", es "los", it "li", pt "os": a Romance object pronoun, which stands before its verb ("nous ne les
 * vendons jamais", "nunca los vendemos", "non li abbiamo mai venduti"). The same words are articles, so only
 * right before the sell word, at most DENIED_CLITIC_GAP words between ("Le sigarette elettroniche non sono
 * vendute" is an article and its noun).
 */
const DENIED_CLITICS = selling.deniedClitics as LangTerms;
/**
 * "info", "Infos", "about you", "über Sie", "vous concernant", "sobre usted", "o Tobie": what a denial may sell
 * in words the data nouns lack ("We don't sell your info", "Nous ne vendons rien vous concernant"). Asked as
 * DENIED_OBJECTS are, a few words from a denied sell word, but a capital is no sign against them (de "Infos").
 */
const DENIED_THINGS = selling.deniedThings as LangTerms;
declareTables([
  VERBS,
  DENIAL_ONLY,
  RENT_VERBS,
  RENT_RECIPIENTS,
  RENT_TO,
  RENT_TO_DATIVE,
  RENT_SUBJECT_BREAKS,
  SUBJUNCTIVE,
  SUBJUNCTIVE_DENIAL,
  TIME_OF_SALE,
  FIRST_PERSON,
  ON_OBJECTION,
  NO_LONGER,
  FIRST_PERSON_SINGULAR,
  LINK_NOUNS,
  BUSINESS_SOLD,
  UNLESS_OBJECTED,
  USER_CONDITION_NEGATION,
  FOR_PAYMENT,
  OPT_OUT_REQUEST,
  YOUR,
  DATUM_FOLLOWERS,
  GAP_PREPOSITIONS,
  USER_SELLS,
  DENIED_OBJECTS,
  DENIED_CLITICS,
  DENIED_THINGS,
  SOLD_PROFILES,
]);

/**
 * What one sentence says about selling personal data: true (sells), false (does not), null (nothing).
 * A denial needs no data noun ("we never sell them"); an admission does ("we sell licences" is not one).
 */
export function sellStatement(ref: SentenceRef, lang: Lang): boolean | null {
  const text = withoutObjectionConditions(ref.sentence.text, lang);
  let verdict: boolean | null = null;
  const candidates = [
    ...findAll(VERBS, lang, text).map((span) => ({ span, denialOnly: false, subjunctive: false })),
    ...findAll(DENIAL_ONLY, lang, text).map((span) => ({ span, denialOnly: true, subjunctive: false })),
    ...findAll(SUBJUNCTIVE, lang, text).map((span) => ({ span, denialOnly: false, subjunctive: true })),
  ];
  const optOuts = findAll(OPT_OUT_REQUEST, lang, text);
  // One rent verb that admits a sale is enough: asking the rest would cost a clause scan each.
  if (findAll(RENT_VERBS, lang, text).some((span) => rentedOut(text, span, lang, optOuts))) verdict = true;
  for (const { span, denialOnly, subjunctive } of candidates) {
    // "if we sell our business" is about an acquisition, not about selling data.
    if (clauseHasAny(ACQUISITION, text, span.start, lang)) continue;
    if (atTimeOfSale(text, span, lang) || inUserVoice(text, span, lang)) continue;
    if (phraseAround(BUSINESS_SOLD, text, span, lang) || phraseAround(USER_SELLS, text, span, lang)) continue;
    if (optOuts.some((o) => o.start <= span.start && span.start < o.end)) continue;
    if (subjunctive) {
      if (clauseHasAny(SUBJUNCTIVE_DENIAL, text, span.start, lang)) {
        if (dataDenied(text, span, lang) || answersSaleQuestion(ref, text, span, lang)) return false;
        continue;
      }
      if (subjunctiveSale(text, span, lang)) verdict = true;
      continue;
    }
    const data = clauseHasAny(DATA_NOUNS, text, span.start, lang) && !dataOfNextPredicate(text, span, lang);
    if (negatedClause(text, span.start, lang) || clauseHasAny(RULED_OUT, text, span.start, lang)) {
      // "We do not sell alcohol to minors" denies a sale of goods, which says nothing about data.
      if (!dataDenied(text, span, lang) && !answersSaleQuestion(ref, text, span, lang)) continue;
      if (!objectedBefore(text, span.start, lang)) return false;
      if (data) verdict = true;
      continue;
    }
    // "Do we sell your personal information?", "Verkaufen wir Ihre Postanschrift?": a question admits nothing
    // (its answer does); a denial asked ("Why do we never sell your data?") still denies.
    if (denialOnly || askedAt(text, span.start)) continue;
    if (goodsObject(text, span, lang)) continue;
    if (data || soldDatum(text, span, lang) || soldProfile(text, span, lang)) verdict = true;
  }
  return verdict ?? (!askedAt(text, 0) && passedOnForPayment(text, lang) ? true : null);
}

/**
 * Whether profiles of people (SOLD_PROFILES) are the sell word's object: they begin right after it, or after one
 * article, determiner or adverb (SOLD_PROFILE_GAP): "We sell pseudonymised driving profiles", "Nous vendons des
 * profils de conduite", "Vendiamo profili utente aggregati". A profile word further on ("We sell targeted
 * advertising on the basis of interest profiles") or before the sell word is no object of the sale.
 */
function soldProfile(text: string, sell: Span, lang: Lang): boolean {
  return findAll(SOLD_PROFILES, lang, text).some((p) => {
    if (p.start < sell.end) return false;
    const gap = text.slice(sell.end, p.start).trim();
    if (gap === '') return true;
    const words = gap.split(/\s+/u);
    return words.length <= SOLD_PROFILE_GAP_WORDS && words.every((w) => wholeTerm(SOLD_PROFILE_GAP, w, lang));
  });
}

/** Whether a term of `table` is the whole of `word`. */
function wholeTerm(table: LangTerms, word: string, lang: Lang): boolean {
  return findAllOnce(table, lang, word).some((g) => g.start === 0 && g.end === word.length);
}

/** Words between a sell word and the goods it sells: "den Verkauf von Produkten", "sell our own products". */
const GOODS_OBJECT_GAP = 2;

/**
 * Whether a sell word's object is goods (GOODS_NOUNS) named right after it, before any data: "den Verkauf von
 * Produkten, Diensten oder anderen Leistungen" in a terms page's list of forbidden posts is no sale of data,
 * whatever data the long sentence names later. "We sell your tickets and your personal data" names data with
 * the goods, and stays a sale.
 */
function goodsObject(text: string, sell: Span, lang: Lang): boolean {
  const goods = findAllOnce(GOODS_NOUNS, lang, text).find((g) => g.start >= sell.end);
  if (!goods) return false;
  const gap = text.slice(sell.end, goods.start);
  if (!NO_BREAK.test(gap) || gap.includes(',') || wordCount(gap) > GOODS_OBJECT_GAP) return false;
  const clause = clauseAround(text, sell.start, lang);
  return !namesData(text.slice(sell.end, Math.min(clause.end, goods.end + GOODS_OBJECT_TAIL)), lang);
}

/** How far (characters) after the goods data still join them as what is sold ("your tickets and your data"). */
const GOODS_OBJECT_TAIL = 30;

/** Words either side of a denied sell word a pronoun for data may stand (DENIED_OBJECTS): "sell, rent or trade them". */
const DENIED_OBJECT_WORDS = 4;
/** Words between a Romance clitic and its sell word: "ne les avons jamais vendues", "non li abbiamo mai venduti". */
const DENIED_CLITIC_GAP = 2;

/**
 * Whether a denied sell word denies a sale of data: its clause names data (a data noun or a named datum, as
 * namesData asks of an object), a pronoun for it stands a few words either side with no punctuation between
 * ("we never sell it", "nous ne les vendons jamais"), or the sale has a party it would go to ("We do not sell to
 * third parties", rentedTo). "We do not sell alcohol to anyone under 18", "Non vendiamo prodotti a base di
 * tabacco ai minori" and "Wir beabsichtigen nicht, unser Unternehmen zu verkaufen" deny no sale of data.
 */
function dataDenied(text: string, sell: Span, lang: Lang): boolean {
  const clause = clauseAround(text, sell.start, lang);
  const words = text.slice(clause.start, clause.end);
  // "Eine Weitergabe zu kommerziellen Zwecken erfolgt nicht", "we do not share or sell": what is passed on is data.
  if (namesData(words, lang) || hasAnyOnce(PASS_ON, lang, words)) return true;
  const nearby = (from: number, to: number, most: number) =>
    from <= to && NO_BREAK.test(text.slice(from, to)) && wordCount(text.slice(from, to)) <= most;
  const inClause = (p: Span) => within(p, clause);
  // A few words either side of the sell word, in its clause.
  const besideSell = (p: Span) =>
    inClause(p) &&
    (nearby(sell.end, p.start, DENIED_OBJECT_WORDS) || nearby(p.end, sell.start, DENIED_OBJECT_WORDS));
  const pronoun = findAll(DENIED_OBJECTS, lang, text).some(
    (p) => besideSell(p) && !capitalisedWithin(text, p),
  );
  const clitic = findAll(DENIED_CLITICS, lang, text).some(
    (p) => inClause(p) && nearby(p.end, sell.start, DENIED_CLITIC_GAP),
  );
  const thing = findAll(DENIED_THINGS, lang, text).some(besideSell);
  return pronoun || clitic || thing || rentedTo(text, sell, lang);
}

/** Words a bare denial may hold after its sell word: "Nous ne vendons pas.", "Vi selger ikke.", "Wij verkopen niets." */
const BARE_TAIL_WORDS = 1;
/** A short answer a bare denial may follow: "No.", "Nein.", "Nee.", "Non." (the question stands before it). */
const SHORT_ANSWER_WORDS = 1;

/**
 * Whether a denied sell word with no object answers a question about selling data: "Do we sell your data?" as
 * the section heading or the sentence before (past a "No."), then "No. We do not sell.", "Nein. Wir verkaufen
 * nicht.", "Nej. Vi säljer inte." The question must name a sell word and data (namesData): "We do not sell to
 * minors" under "Alcohol" or after "Do you sell beer?" stays unread, and a denial with an object of its own is
 * dataDenied's (at most BARE_TAIL_WORDS after the sell word in its clause).
 */
function answersSaleQuestion(ref: SentenceRef, text: string, sell: Span, lang: Lang): boolean {
  const clause = clauseAround(text, sell.start, lang);
  if (wordCount(text.slice(sell.end, clause.end)) > BARE_TAIL_WORDS) return false;
  if (asksSale(ref.ctx.segment.heading, lang)) return true;
  const sentences = ref.ctx.sentences;
  let i = sentences.findIndex((s) => s.start === ref.sentence.start) - 1;
  while (i >= 0 && wordCount(sentences[i]?.text ?? '') <= SHORT_ANSWER_WORDS) i--;
  const question = sentences[i]?.text ?? '';
  return question.trimEnd().endsWith('?') && asksSale(question, lang);
}

/**
 * Whether a heading or question names selling and data: "Do we sell your data?", "Verkaufen wir Ihre Daten?",
 * "Vendons-nous vos données ?" (an inverted verb's hyphen read as a space).
 */
function asksSale(text: string, lang: Lang): boolean {
  const words = text.replace(/-/g, ' ');
  return text !== '' && findAll(VERBS, lang, words).length > 0 && namesData(words, lang);
}

/**
 * Whether a word begins with a capital away from the sentence's start: de "Sie" is the formal "you" ("Wir
 * verkaufen Ihnen keinen Alkohol, wenn Sie jünger als 18 sind"), en "IT" a department, not a pronoun for data.
 */
function capitalisedWithin(text: string, word: Span): boolean {
  const first = text.charAt(word.start);
  return word.start > 0 && first !== first.toLowerCase();
}

/** A stretch with no sentence punctuation (a comma in "sell, rent or trade them" is a list's). */
const NO_BREAK = /^[^.;:!?()]*$/u;
const wordCount = (s: string) => s.match(/[\p{L}\p{N}'’-]+/gu)?.length ?? 0;

/**
 * Whether a rent verb admits a sale (RENT_VERBS): none of the skips of a sell word (acquisition, time of sale,
 * the user's voice or sale, an opt-out request), not negated, ruled out or asked (a negated rent verb is
 * DENIAL_ONLY's), data in its clause as a sale's (not the next predicate's) and a party it goes to.
 */
function rentedOut(text: string, span: Span, lang: Lang, optOuts: readonly Span[]): boolean {
  if (!rentedTo(text, span, lang)) return false;
  if (clauseHasAny(ACQUISITION, text, span.start, lang)) return false;
  if (atTimeOfSale(text, span, lang) || inUserVoice(text, span, lang)) return false;
  if (phraseAround(BUSINESS_SOLD, text, span, lang) || phraseAround(USER_SELLS, text, span, lang))
    return false;
  if (optOuts.some((o) => o.start <= span.start && span.start < o.end)) return false;
  if (negatedClause(text, span.start, lang) || clauseHasAny(RULED_OUT, text, span.start, lang)) return false;
  if (askedAt(text, span.start)) return false;
  return rentedData(text, span, lang) || soldDatum(text, span, lang);
}

/** Words a rent verb's "to" phrase may stand after it ("rent out your personal contact information to"). */
const RENT_TO_AFTER_WORDS = 8;
/** Words it may stand before it, the verb last ("an Werbepartner vermietet", "aan derden worden verhuurd"). */
const RENT_TO_BEFORE_WORDS = 3;
/** What a "to" phrase keeps between its preposition and the recipient: two words ("à des", "to carefully selected"). */
const TO_FILLER = /^\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}$/u;
const CLAUSE_BREAK = /[,;:]/u;

/**
 * Whether the rent verb has its own "to" phrase naming a party (RENT_TO + RENT_RECIPIENTS, or pl's dative):
 * a few words after the verb, or right before it, with no comma between ("rented to third parties",
 * "louées ou cédées à des partenaires", "an Werbepartner vermietet", "wynajmowane podmiotom trzecim"), not
 * a partner a sharing verb names ("are shared with our partners", "transmises à nos partenaires" after a
 * comma).
 */
function rentedTo(text: string, rent: Span, lang: Lang): boolean {
  const prepositions = findAll(RENT_TO, lang, text);
  const phrases = [
    ...findAll(RENT_RECIPIENTS, lang, text).flatMap((r) => {
      const to = prepositions
        .filter((p) => p.end <= r.start && TO_FILLER.test(text.slice(p.end, r.start)))
        .at(-1);
      return to ? [{ start: to.start, end: r.end }] : [];
    }),
    ...findAll(RENT_TO_DATIVE, lang, text),
  ];
  const close = (from: number, to: number, most: number) => {
    const gap = text.slice(from, to);
    return !CLAUSE_BREAK.test(gap) && (gap.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= most;
  };
  return phrases.some(
    (p) =>
      (p.start >= rent.end && close(rent.end, p.start, RENT_TO_AFTER_WORDS)) ||
      (p.end <= rent.start && close(p.end, rent.start, RENT_TO_BEFORE_WORDS)),
  );
}

/** Words a rent verb's object may stand from it ("rent your personal information", "louons vos données"). */
const RENT_OBJECT_WORDS = 4;

/**
 * Whether the data the clause names are what is rented: a data noun as the subject of the rent verb, last
 * before it ("Vos coordonnées peuvent être louées", "Ihre Kontaktdaten können ... vermietet werden"), or as its
 * object, a few words after it ("We may rent your personal information"), with no "and" between them, which
 * would join another predicate ("Wir speichern Ihre Daten und vermieten Fahrräder", "Nous louons des
 * véhicules et transmettons vos coordonnées").
 */
function rentedData(text: string, rent: Span, lang: Lang): boolean {
  const clause = clauseAround(text, rent.start, lang);
  const nouns = findAllOnce(DATA_NOUNS, lang, text.slice(clause.start, clause.end)).map((m) => ({
    start: clause.start + m.start,
    end: clause.start + m.end,
  }));
  const joined = (from: number, to: number) =>
    findAllOnce(GOODS_AND_PREDICATE, lang, text.slice(from, to)).length > 0;
  const aboutThing = (from: number, to: number) =>
    findAll(RENT_SUBJECT_BREAKS, lang, text).some((b) => b.start >= from && b.end <= to);
  const subject = nouns.filter((n) => n.end <= rent.start).at(-1);
  if (subject && !joined(subject.end, rent.start) && !aboutThing(subject.end, rent.start)) return true;
  const object = nouns.find((n) => n.start >= rent.end);
  if (!object) return false;
  const gap = text.slice(rent.end, object.start);
  return (gap.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < RENT_OBJECT_WORDS && !joined(rent.end, object.start);
}

/** What ends a subjunctive sell word's object: the clause's next comma, semicolon or colon. */
const OBJECT_BREAK = /[,;:]/u;

/**
 * Whether a subjunctive sell word admits a sale: not negated, ruled out or asked, and data named between it
 * and the next comma ("Cuando vendamos sus datos personales a terceros"); "Se vendermos a empresa, os dados
 * podem ser transferidos" sells the business, "Pode solicitar que não vendamos os seus dados" asks for no sale.
 */
function subjunctiveSale(text: string, sell: Span, lang: Lang): boolean {
  if (negatedClause(text, sell.start, lang) || clauseHasAny(RULED_OUT, text, sell.start, lang)) return false;
  if (askedAt(text, sell.start)) return false;
  const rest = text.slice(sell.end, clauseAround(text, sell.start, lang).end);
  const brk = rest.search(OBJECT_BREAK);
  const object = brk < 0 ? rest : rest.slice(0, brk);
  return namesData(object, lang);
}

/** A sentence that ends as a question. */
const QUESTION_END = /[?？]\s*$/;
/** What ends the statement before a question tag: "…, but did you know…?", "…; want to opt out?", "… – möchten Sie…?". */
const TAG_BREAK = /[,;:–—]|\s-\s/;
/** "Did you know that we sell …?": the sale is stated in a clause the question only wraps. */
const THAT_CLAUSE = /\b(?:that|dass|dat|att|at|que|che|że)\s/iu;

/**
 * Whether the clause at `pos` is itself the question: the sentence ends in "?", no clause break comes between
 * `pos` and it, and (es) `pos` lies after the last "¿". "We sell your data to partners; want to opt out?" and
 * "Vendemos sus datos…, ¿desea oponerse?" state a sale and only then ask; so does "Did you know that we sell…?".
 */
function askedAt(text: string, pos: number): boolean {
  if (!QUESTION_END.test(text)) return false;
  if (TAG_BREAK.test(text.slice(pos, text.length))) return false;
  const opening = text.lastIndexOf('¿');
  if (opening >= 0) return opening <= pos;
  return !THAT_CLAUSE.test(text.slice(0, pos));
}

/** What may stand between a sell word and the user's datum it sells: one word ("verkaufen wir Ihre", "selger også din"). */
const OBJECT_GAP = /^\s*(?:[\p{L}\p{N}'’-]+\s+)?$/u;

/**
 * Whether a sell word's object is a datum of the user named by its data type: a strong data-type term with
 * the user's possessive right before it (or, nb/sv/da, right after it), at most one word after the sell word
 * ("We sell your postal address", "verkaufen wir Ihre Postanschrift", "Vi selger postadressen din"). The
 * generic data nouns (DATA_NOUNS) admit a sale anywhere in the clause; a named datum only as the object, so
 * "We sell products and your address is used for delivery" and "we sell tickets to buyers' addresses" stay
 * unread. Weak terms ("your orders", "your device") and goods kinds (GOODS_KINDS) are not a datum sold.
 */
function soldDatum(text: string, sell: Span, lang: Lang): boolean {
  const yours = findAll(YOUR, lang, text);
  if (yours.length === 0) return false;
  const prepositions = findAll(GAP_PREPOSITIONS, lang, text);
  const near = (from: number, to: number) =>
    from <= to &&
    OBJECT_GAP.test(text.slice(from, to)) &&
    !prepositions.some((p) => p.start >= from && p.end <= to);
  const followers = [...findAll(DATUM_FOLLOWERS, lang, text), ...findAll(VERBS, lang, text)];
  const endsObject = (end: number) => wholeObjectEnds(text, end, followers);
  return typedMatches(TYPES, MASKS, text, lang).some(
    (m) =>
      m.strong &&
      m.kind !== null &&
      !GOODS_KINDS.has(m.kind) &&
      m.start >= sell.end &&
      !goodsCompound(text.slice(m.start, m.end), lang) &&
      yours.some(
        (y) =>
          (y.start >= sell.end &&
            near(sell.end, y.start) &&
            y.end <= m.end &&
            m.start - y.end <= 1 &&
            m.start >= y.start &&
            endsObject(m.end)) ||
          (near(sell.end, m.start) && y.start >= m.end && y.start - m.end <= 1 && endsObject(y.end)),
      ),
  );
}

/**
 * Whether a hyphenated compound the datum's term reaches into ends in another noun: "Telefonnummer-Pakete"
 * (phone-number packages) are goods, its head "Pakete" names no data. The datum must end right before the
 * last hyphen and the part after it name no data: "E-Mail-Adressen" ("Adressen" is a datum) and
 * "Kunden-Telefonnummern" ("Kunden" alone is none) stay data.
 */
function goodsCompound(term: string, lang: Lang): boolean {
  const hyphen = term.lastIndexOf('-');
  if (hyphen <= 0) return false;
  const head = term.slice(hyphen + 1);
  const modifier = term.slice(0, hyphen);
  const endsDatum = typedMatches(TYPES, MASKS, modifier, lang).some((m) => m.end === modifier.length);
  return (
    endsDatum && typedMatches(TYPES, MASKS, head, lang).length === 0 && !hasAnyOnce(DATA_NOUNS, lang, head)
  );
}

/** Punctuation or the end of the sentence after a datum: "…your postal address.", "…din postadresse, som…". */
const OBJECT_END = /^\s*(?:$|[^\p{L}\p{N}\s-])/u;

/**
 * Whether the noun phrase of a named datum ends at `end`: punctuation, the sentence's end, a follower word
 * (DATUM_FOLLOWERS) or a sell verb ("Ihre Postanschrift verkaufen") comes next. "your name tags",
 * "Ihre Telefonnummer-Pakete" go on with another noun and name goods.
 */
function wholeObjectEnds(text: string, end: number, followers: readonly Span[]): boolean {
  const rest = text.slice(end);
  if (OBJECT_END.test(rest)) return true;
  const next = end + (rest.length - rest.trimStart().length);
  return next > end && followers.some((f) => f.start === next);
}

/**
 * Whether a clause passes data on for payment: a for-payment phrase, a pass-on verb and a data noun in one
 * clause that holds no negation ("Wir geben Ihre Daten nicht gegen Entgelt weiter" is left unread, not read
 * as a sale).
 */
function passedOnForPayment(text: string, lang: Lang): boolean {
  return findAll(FOR_PAYMENT, lang, text).some(
    (p) =>
      clauseHasAny(PASS_ON, text, p.start, lang) &&
      clauseHasAny(DATA_NOUNS, text, p.start, lang) &&
      !negatedClause(text, p.start, lang),
  );
}

/**
 * The sentence with its "unless you have objected" conditions blanked (same length, so positions hold): the
 * negation in them is the objection's, and the sale they condition is a sale.
 */
function withoutObjectionConditions(text: string, lang: Lang): string {
  const conditions = [...findAll(UNLESS_OBJECTED, lang, text), ...negatedUserConditions(text, lang)];
  return conditions.length === 0 ? text : blankSpans(text, conditions);
}

/**
 * The user's negated conditions ("if you can no longer attend") that follow a sell word, or precede it with a
 * comma between ("Si vous ne pouvez pas venir, nous revendons vos billets"): what they negate is the
 * condition, not the sale stated in the other clause.
 */
function negatedUserConditions(text: string, lang: Lang): readonly Span[] {
  const conditions = findAll(USER_CONDITION_NEGATION, lang, text);
  if (conditions.length === 0) return conditions;
  const sells = findAll(VERBS, lang, text);
  return conditions.filter((c) =>
    sells.some((s) => s.end <= c.start || (s.start >= c.end && text.slice(c.end, s.start).includes(','))),
  );
}

/** How far (characters) after a sell word its goods object may end before "and" opens the next predicate. */
const GOODS_OBJECT_REACH = 40;

/** A word: what a goods object needs at least one of before "and" ("We sell and share" has none). */
const WORD = /\p{L}/u;

/**
 * Whether the clause's data nouns all follow "and" + another verb with its own object, after a sell word's
 * goods object: "Als Makler verkaufen wir Ihre Immobilie und geben Ihre Kontaktdaten an Interessenten
 * weiter" sells a home and passes contact details on. Read narrowly, since a lost sale is the card's worst
 * error: the object before "and" must hold a word and no comma ("We sell and share", "We sell, rent, and
 * share" coordinate verbs over one data object: a sale); the word after "and" must not be a sell or pass-on
 * verb ("Vendemos y compartimos sus datos"); and the next predicate must open with a word and then a
 * possessive before any data noun ("und geben Ihre Kontaktdaten"), so "We sell demographic and location
 * data" (adjectives coordinated) stays a sale. "We sell your tickets and your data" (a possessive or data
 * noun right after "and") coordinates objects and stays a sale; so does any data named before the "and"
 * ("Slik informasjon kunne ofte selges og deles mellom nettsider").
 */
function dataOfNextPredicate(text: string, sell: Span, lang: Lang): boolean {
  const clause = clauseAround(text, sell.start, lang);
  const reach = Math.min(clause.end, sell.end + GOODS_OBJECT_REACH);
  const and = findAllOnce(GOODS_AND_PREDICATE, lang, text.slice(sell.end, reach))[0];
  if (!and) return false;
  const andStart = sell.end + and.start;
  const andEnd = sell.end + and.end;
  const goods = text.slice(sell.end, andStart);
  if (!WORD.test(goods) || goods.includes(',')) return false;
  // Data named before the "and", or before the sell word ("Slik informasjon kunne selges og deles"), is sold.
  const object = text.slice(clause.start, andStart);
  if (namesData(object, lang)) return false;
  const next = text.slice(andEnd, clause.end).trimStart();
  const startsWith = (terms: LangTerms) => findAllOnce(terms, lang, next).some((m) => m.start === 0);
  if (startsWith(YOUR) || startsWith(DATA_NOUNS) || startsWith(VERBS) || startsWith(PASS_ON)) return false;
  const firstDatum = findAllOnce(DATA_NOUNS, lang, next)[0]?.start ?? next.length;
  return findAllOnce(YOUR, lang, next).some((y) => y.start > 0 && y.start < firstDatum);
}

/**
 * Whether `span` lies inside a phrase of the moment of a sale whose thing sold is no data: "when your details
 * are sold" and "bei einem Verkauf von personenbezogenen Daten" name the data (a data noun inside the phrase
 * or within SALE_OBJECT_REACH after it, in its clause) and stay sales of data.
 */
function atTimeOfSale(text: string, span: Span, lang: Lang): boolean {
  const phrase = phraseAround(TIME_OF_SALE, text, span, lang);
  if (!phrase) return false;
  const clause = clauseAround(text, span.start, lang);
  const limit = Math.min(clause.end, phrase.end + SALE_OBJECT_REACH);
  return !findAll(DATA_NOUNS, lang, text).some((d) => d.start >= phrase.start && d.end <= limit);
}

/** The phrase of `table` that holds the whole of `span` (a sell word inside "the company is sold"), if any. */
function phraseAround(table: LangTerms, text: string, span: Span, lang: Lang): Span | undefined {
  return findAll(table, lang, text).find((p) => within(span, p));
}

/** How far (characters) after a time-of-sale phrase a data noun still names what is sold ("von ... Daten"). */
const SALE_OBJECT_REACH = 30;

/**
 * Whether a first-person possessive stands within VOICE_REACH of `span`, in its clause, with no first-person
 * singular subject there, and data named after it: "Do Not Sell My Personal Information" is the user's voice, "I do not sell my
 * customers' data" the operator's, and "Vi säljer inte dina uppgifter, min vän" a denial.
 */
function inUserVoice(text: string, span: Span, lang: Lang): boolean {
  const mine = findAll(FIRST_PERSON, lang, text);
  if (mine.length === 0) return false;
  const clause = clauseAround(text, span.start, lang);
  const inside = (m: Span) => within(m, clause);
  if (findAll(FIRST_PERSON_SINGULAR, lang, text).some(inside)) return false;
  const data = [...findAll(DATA_NOUNS, lang, text), ...findAll(LINK_NOUNS, lang, text)];
  return mine.some(
    (m) =>
      inside(m) &&
      m.start - span.end <= VOICE_REACH &&
      span.start - m.end <= VOICE_REACH &&
      data.some((d) => d.start >= m.end && d.start - m.end <= VOICE_REACH),
  );
}

/** How far (characters) before a sell word an objection makes it hang on it: "Wenn Sie widersprechen, verkaufen". */
const OBJECTION_REACH = 40;

/**
 * Whether the sell word's clause hangs on the user's objection ("if you object, we no longer sell"): the
 * objection stands just before it in its clause. "If you object to marketing, we stop the e-mails; we never
 * sell your data" is a denial: the objection governs another clause.
 */
function objectedBefore(text: string, pos: number, lang: Lang): boolean {
  const clause = clauseAround(text, pos, lang);
  const inClause = (m: Span) => within(m, clause);
  if (!findAll(NO_LONGER, lang, text).some(inClause)) return false;
  return findAll(ON_OBJECTION, lang, text).some(
    (m) => m.start >= clause.start && m.end <= pos && pos - m.end <= OBJECTION_REACH,
  );
}

/** The page's answer: a denial anywhere wins ("we do not sell ... we never sell"), then an admission. */
export function combineSells(statements: readonly (boolean | null)[]): boolean | null {
  if (statements.includes(false)) return false;
  return statements.includes(true) ? true : null;
}
