import type { Lang, Recipient } from '../vocabulary';
import { aboutAnonymousAggregates } from './anonymous-aggregates';
import type { SentenceRef } from './context';
import { inControllerName } from './controller-lines';
import { conversedWith } from './counterparts';
import { onlyGoodsSold } from './goods-sales';
import {
  declareTables,
  findAll,
  findAllOnce,
  hasAny,
  hasAnyOnce,
  isWholeTerm,
  joinedTerms,
  type LangTerms,
  overlaps,
  type Span,
  within,
} from './lexicon';
import authorityActs from './lexicon/authority-acts.json';
import { cues } from './lexicon/cues/index';
import negation from './lexicon/negation.json';
import recipients from './lexicon/recipients.json';
import { retention } from './lexicon/retention/index';
import rights from './lexicon/rights.json';
import { clauseAround, clauseHasAny, negatedBefore, negatedClause } from './negation';
import { definitionEnd } from './party-definitions';
import { roleNotReached } from './role-nouns';
import { type KindTerms, type TypedMatch, typedLexicons, typedMatches } from './typed-matches';

const KINDS = recipients.kinds as Readonly<Record<Recipient, KindTerms>>;
/**
 * The data protection authority's names ("supervisory authority", "Aufsichtsbehörde", "Datatilsynet", "CNIL"):
 * the place a complaint goes (complainedTo, which does not count them as words of complaining), the body
 * that supervises the operator, and sometimes a party data is disclosed to ("Wir geben Daten an
 * Aufsichtsbehörden weiter"). They were masked, which hid those disclosures too; they are authorities now,
 * counted only where a verb of passing data on governs them (disclosedTo).
 */
const COMPLAINT_VENUES = recipients.complaintVenues as LangTerms;
/**
 * Words of turning to an authority or working with it ("you can contact the ICO", "sich an die
 * Aufsichtsbehörde wenden", "vous pouvez saisir la CNIL", "mit den Aufsichtsbehörden zusammenarbeitet"):
 * nothing is disclosed to it. Matched alone in a clause that names the data protection authority
 * (findAllOnce), so not declared: "contact" is common.
 */
const VENUE_APPROACHES = recipients.venueApproaches as LangTerms;
/**
 * The words that lead the party data goes to ("to", "an", "til", "à", "do"), one of which must govern
 * the data protection authority's name: "von den zuständigen Aufsichtsbehörden genehmigt", "Die für uns
 * zuständige Aufsichtsbehörde ist die Berliner Beauftragte" name it beside a sharing cue ("Übermittlung",
 * "beauftrag-") without passing it anything. Matched alone.
 */
const VENUE_LEADS = recipients.venueLeads as LangTerms;
/** How many words back from the name its lead may stand (determiners, adjectives, other listed parties). */
const VENUE_LEAD_REACH = recipients.venueLeadReach;
/**
 * "with", "met", "avec", "com": they lead the party data goes to only after a verb of passing it on
 * ("share your data with the supervisory authority"); "registered with the ICO", "in samsvar med" do not.
 */
const VENUE_COMITATIVES = recipients.venueComitatives as LangTerms;
/**
 * What may stand between a lead and the name it governs besides determiners and other listed parties:
 * articles and adjectives ("the relevant", "die zuständige", "la", "właściwego"). A genitive or agent word
 * ("of", "der Vorgaben", "de la", "da", "av") ends the walk back: the name is then another word's.
 */
const VENUE_LEAD_FILLERS = recipients.venueLeadFillers as LangTerms;
/**
 * "in accordance with", "gemäß", "conformément", "de acuerdo con", "zgodnie z", "faite à", "registered
 * with": after the verb of passing data on, they hang the name on a rule, a declaration or a register
 * ("conformément à la déclaration faite à la CNIL"), not on the data.
 */
const VENUE_LEAD_BLOCKS = recipients.venueLeadBlocks as LangTerms;
/** "the supervisory authority's servers": a possessive after the name makes it another noun's, not a party. */
const VENUE_POSSESSIVES = recipients.venuePossessives as LangTerms;
/** The kinds of recipients and their terms, the data protection authority's names among the authorities. */
export const RECIPIENT_KINDS: Readonly<Record<Recipient, KindTerms>> = {
  ...KINDS,
  authorities: {
    ...KINDS.authorities,
    strong: joinedTerms([KINDS.authorities.strong ?? {}, COMPLAINT_VENUES]),
  },
};
/**
 * "visible to all our staff", "visibles par les membres de notre équipe", "Der Preis ist für jeden Kunden
 * sichtbar", "This notice is published on our website": shown to the operator's own staff, or a price, a
 * feature or the policy itself shown, is no other user seeing the reader's data. Masks both the other-users
 * kind and VISIBLE_TO.
 */
const VISIBLE_MASKS = recipients.visibleMasks as LangTerms;
/**
 * "no recibe ningún dato", "does not receive any", "ne reçoit aucune", "får inga", "nie otrzymuje": right
 * after a party, it receives nothing. "Nuestra empresa hermana no recibe ningún dato suyo; compartimos datos
 * con ... nuestro transportista" names the carrier, not the sister company.
 */
const RECEIVES_NOTHING = recipients.receivesNothing as LangTerms;
/**
 * "Salgsdirektoratet AS", "Reklammyndigheten AB", "Baubehörde-Service GmbH": a legal form after an
 * authority's compound makes it a company's name. Case-sensitive ("AS", "AB", "SE" are words otherwise), so
 * matched by its own expression, not a lexicon.
 */
const COMPANY_FORM_AFTER = new RegExp(
  `^(?:-[\\p{Lu}][\\p{L}]*)?(?:\\s+[\\p{Lu}][\\p{L}]*)?,?\\s+(?:${(recipients.companyForms as string[]).join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);
/** How far a legal form may stand after the compound: "-Service GmbH" and a little more. */
const COMPANY_FORM_REACH = 40;
const MASKS = joinedTerms([recipients.masks as LangTerms, VISIBLE_MASKS]);
/** Words of an authority's request or order ("requeridos", "richiesta", "subpoena"). */
const REQUESTS = recipients.authorityRequests as LangTerms;
/**
 * Words of a report made to an authority ("Reporte a órgãos como ... Receita Estadual", "indberetning til
 * staten", "report to the police"): a disclosure as a request is, and also in a sentence about keeping or
 * deleting data ("we can only delete what is no longer needed for reporting to the state"); with the company's
 * own notice to one (authority-acts.json ourReports: "we notify the police", "avisamos a la policía",
 * "varsler vi politiet"; session 21, fixs21c).
 */
const REPORTS = joinedTerms([
  recipients.authorityReports as LangTerms,
  authorityActs.ourReports as LangTerms,
]);
/** The reader reporting ("you can report it to the police", "Puoi segnalare ... alle autorità"): no disclosure. */
const REPORT_MASKS = recipients.authorityReportMasks as LangTerms;
/**
 * "In the event of a data breach, we will report it to the authorities", "Sikkerhedsbrud anmeldes til
 * myndighederne": a breach reported is a notice the law requires, not data passed on.
 */
const BREACH = recipients.breachNotices as LangTerms;
/** "lodge a complaint with the supervisory authority" is a right, not a disclosure. */
const COMPLAINT = rights.kinds.complaint.strong as LangTerms;
/**
 * "information you share with us", "die Sie uns mitteilen", "die je met ons deelt", "que vous nous
 * communiquez": the reader passing data to the operator. A verb of sharing inside these words discloses
 * nothing to anyone else (audit13 nl-1: "persoonsgegevens die je met ons deelt, ... via social media (zoals
 * LinkedIn en Instagram)"), and a company named after a tool word in such a sentence is the channel the
 * data came through (named.ts).
 */
export const GIVEN_TO_US = recipients.givenToUs as LangTerms;
export const SHARE = cues.share as LangTerms;
const SHARE_BLOCK = cues.shareBlock as LangTerms;
/**
 * "sob nossa responsabilidade", "sous notre responsabilité": data under the operator's responsibility,
 * not a disclaimer of liability; the bare noun still blocks elsewhere ("isenção de responsabilidade").
 */
const SHARE_BLOCK_MASKS = cues.shareBlockMasks as LangTerms;
/**
 * Reporting data to a party ("sendes ... til", "indberetter ... til DGI", "rapporteras till
 * Riksidrottsförbundet", "an den Landesverband gemeldet"): passing data on, except where the reader reports
 * ("you can report it", REPORT_MASKS) or the sentence is about a breach (a notice the law requires, no
 * disclosure of the reader's data; as in reportsIn).
 */
const SHARE_REPORT = cues.shareReport as LangTerms;
/**
 * The reader's own duty to pass something on ("You must report the accident to the police", "Vous devez
 * déclarer vos revenus à l'administration fiscale", "Du må selv melde ulykken til politiet", "melden Sie dies
 * der Polizei"): a verb of sharing or reporting that begins inside these words is the reader's act, no
 * disclosure by the operator (session 21, fixs21c).
 */
const READER_DUTY = authorityActs.readerDuties as LangTerms;
declareTables([READER_DUTY]);

/** Whether a cue begins inside the reader's duty to pass something on (READER_DUTY). */
function readerDuty(cue: Span, duties: readonly Span[]): boolean {
  return duties.some((d) => d.start <= cue.start && cue.start < d.end);
}
/** Sharing cues that are nouns naming a party ("third parties", "Dritte"), not a verb of passing data. */
const SHARE_NOUN = cues.shareNoun as LangTerms;
/** "data about", "gegevens over": the parties named right after it are what the data is about. */
const DATA_ABOUT = recipients.dataAbout as LangTerms;
/**
 * "offers from our partners", "Angebote unserer Partner", "offres de nos partenaires": the parties named right
 * after are whose offers the operator tells about, not who receives data (probe12b: "Im Newsletter informieren
 * wir Sie über Angebote unserer Partner; Ihre E-Mail-Adresse selbst geben wir dabei nicht weiter"). Read like
 * "data about" (the same gap of determiners); "share your email with partners so they can send offers" keeps them.
 */
const OFFERS_OF = recipients.offersOf as LangTerms;
/**
 * "dane partnerów" (Polish genitive, no preposition): the data word is an anchor only for a party in
 * the genitive, ending in one of genitiveEndings ("dane partnerom", dative, names recipients).
 */
const DATA_OF = recipients.dataOfGenitive as LangTerms;
const GENITIVE_ENDINGS = recipients.genitiveEndings as Partial<Record<Lang, readonly string[]>>;
/** Articles and possessives that may stand between "data about" and the parties: "about our partners". */
const DETERMINERS = recipients.dataAboutDeterminers as LangTerms;
/** Words joining the items of a list ("and", "og", "sowie"), in every language. */
const LIST_JOINS: ReadonlySet<string> = new Set(recipients.listJoins);
const COLLECT = cues.collect as LangTerms;
/** "except", "other than", "außer", "sauf", "z wyjątkiem": the parties named right after are left out. */
const EXCEPT = recipients.exceptions as LangTerms;
/**
 * Words that may stand between an exception word and the party it leaves out: prepositions ("except with",
 * "sauf avec") and determiners ("our", "les"). The next items of the list may follow a determiner, not
 * another preposition ("except advertisers, and with analytics providers" shares with the latter).
 */
const EXCEPT_PREPOSITIONS = recipients.exceptionLead.prepositions as LangTerms;
const EXCEPT_DETERMINERS = recipients.exceptionLead.determiners as LangTerms;
/** "only", "nur", "uniquement": an exception to what is shared only with some adds to them. */
const ONLY = recipients.exceptionToOnly as LangTerms;
/** Clause breaks that open a clause saying "only" ("and only", "qu'avec"): negation.json keeps them. */
const ONLY_BREAKS = negation.onlyBreaks as LangTerms;
/** "except as / where / if", "sauf si", "außer wenn": the exception is a condition, it leaves no one out. */
const CONDITIONS = recipients.exceptionConditions as LangTerms;
/** Exception words that also mean "in addition to" ("apart from", "förutom", "oprócz")... */
const ADDITIVE = recipients.exceptionsAdditive as LangTerms;
/** ...which they do when an also-word follows in their clause ("även", "również", "also"). */
const ALSO = recipients.alsoWords as LangTerms;
/**
 * Exception words that govern the genitive ("z wyjątkiem reklamodawców"): a party in the dative after
 * them ("oraz dostawcom usług", ending in one of dativeEndings) is the verb's recipient again, not an item
 * of the excepted list.
 */
const GENITIVE_EXCEPT = recipients.exceptionsGoverningGenitive as LangTerms;
const DATIVE_ENDINGS = recipients.dativeEndings as Partial<Record<Lang, readonly string[]>>;
/** A gap longer than this between an exception word and a party holds more than "with our" (bounds the work). */
const EXCEPT_GAP_MAX = recipients.exceptionGapMax;
/** "Sources": the parties a sentence about sources names give data, they do not receive it. */
const SOURCE = cues.source as LangTerms;
/** Keeping, storing, deleting: a sentence about keeping data cites the law as its reason, not a recipient. */
const KEEP = retention.cue as LangTerms;
/** "links to", "liens vers", "Links zu": the parties whose sites a page links to receive nothing by it. */
const LINKS = recipients.links as LangTerms;
/**
 * "visible to other users", "públicas para todos os usuários", "les autres joueurs voient": words that say
 * a disclosure to other people themselves, with no verb of passing data on.
 */
const VISIBLE_TO = recipients.visibleTo as LangTerms;
/**
 * "ads about our own products", "publicités pour nos propres produits": right after (or inside) the words
 * of showing ads, the operator's own advertising, which passes data to no advertiser.
 */
const OWN_ADS = recipients.ownAds as LangTerms;
/** "for example", "z. B.", "par exemple": a list opening with them gives examples, not the whole group. */
const GLOSS_EXAMPLES = recipients.glossExamples as LangTerms;
/**
 * Column names of cookie and processor tables ("Navn Udbyder Formål Udløb Type"): a header row names no one.
 * This and GLOSS_EXAMPLES are matched alone in short slices (findAllOnce), not declared: their common words
 * ("name", "type", "like") would put records on most sentences walked.
 */
const HEADER_WORDS = recipients.tableHeaderWords as LangTerms;
/**
 * A party the reader deals with through the operator as the subject receiving the reader's data: "The restaurant
 * you order from receives your name", "Het restaurant waar u bestelt, ontvangt uw naam", "Restauranten du
 * bestiller fra, mottar navnet ditt" (probe21): the sentence passes data on, and the role it opens is reached
 * (role-nouns.ts) though a relative clause stands between it and the verb.
 */
const ROLE_RECEIVES_DATA = recipients.roleReceivesData as LangTerms;
declareTables([
  ROLE_RECEIVES_DATA,
  GIVEN_TO_US,
  REPORT_MASKS,
  BREACH,
  COMPLAINT_VENUES,
  OWN_ADS,
  LINKS,
  VISIBLE_TO,
  VISIBLE_MASKS,
  RECEIVES_NOTHING,
  SHARE,
  SHARE_REPORT,
  SHARE_BLOCK,
  SHARE_BLOCK_MASKS,
  SOURCE,
  KEEP,
  REQUESTS,
  REPORTS,
  COMPLAINT,
  COLLECT,
  EXCEPT,
  ...typedLexicons(RECIPIENT_KINDS, MASKS),
]);
/** Languages that capitalise every noun, where a capitalised word says nothing of a name. */
const CAPITALISED_NOUNS: ReadonlySet<string> = new Set(recipients.capitalisedNouns);
/**
 * Head words of a federation or governing body ("-forbund", "federación", "federazione", "związek"): such a
 * body's own name ends in the recipient word ("Norges Idrettsforbund", "Dansk Idrætsforbund", "Real Federación
 * Española de Atletismo"), and the name is the recipient, unlike "Trebiano E-Business Partner" (a company
 * whose name ends in a recipient word). Matched alone (findAllOnce) in the mention, and only when it looks
 * like a company name's end (rare), so not declared.
 */
const NAMED_BODIES = recipients.namedBodies as LangTerms;

/** Whether the mention at `m` is the name of a federation or governing body, which is the recipient itself. */
function namesBody(m: Span, text: string, lang: Lang): boolean {
  return hasAnyOnce(NAMED_BODIES, lang, text.slice(m.start, m.end));
}

/** Without a disclosure verb, a sentence counts only where the model or heading is sure it is about sharing. */
const AFFINITY_ALONE = 0.7;

/**
 * Whether a sentence disclaims what others do ("we are not responsible for", "limitation of liability"):
 * the parties it names receive nothing from the operator.
 */
export function disclaims(text: string, lang: Lang): boolean {
  const blocks = findAll(SHARE_BLOCK, lang, text);
  if (blocks.length === 0) return false;
  const masks = findAll(SHARE_BLOCK_MASKS, lang, text);
  return blocks.some((b) => !masks.some((m) => within(b, m)));
}

/** Whether a text speaks of passing data on, outside the words of the reader giving it to the operator. */
function sharesIn(text: string, lang: Lang): boolean {
  const cues = shareCues(text, lang);
  // "Wir verkaufen gebrauchte Elektrogeräte im Auftrag unserer Händler": goods sold pass no data on.
  return cues.length > 0 && !onlyGoodsSold(text, cues, lang);
}

/** A text's sharing cues, less those inside the words of the reader giving data to the operator. */
function shareCues(text: string, lang: Lang): readonly Span[] {
  if (!hasAny(SHARE, lang, text)) return [];
  const duties = findAll(READER_DUTY, lang, text);
  const found = findAll(SHARE, lang, text).filter((s) => !readerDuty(s, duties));
  if (!hasAny(GIVEN_TO_US, lang, text)) return found;
  const toUs = findAll(GIVEN_TO_US, lang, text);
  return found.filter((s) => !toUs.some((u) => within(s, u)));
}

/**
 * Whether a sentence's only sharing cues sell goods (goods-sales.ts): then the model's confidence, which such
 * a verb raises, stands in for no disclosure either ("Nous vendons des appareils d'occasion pour le compte de
 * nos revendeurs").
 */
function goodsSaleOnly(text: string, lang: Lang): boolean {
  return onlyGoodsSold(text, shareCues(text, lang), lang);
}

/** Whether a sentence (or, for a list item, its intro) speaks of passing data to someone else. */
export function sharingCue(ref: SentenceRef, lang: Lang): boolean {
  const { ctx, sentence } = ref;
  if (sharesIn(sentence.text, lang)) return true;
  return ctx.segment.kind === 'list-item' && sharesIn(ctx.intro, lang);
}

/** Parties that may be named as collecting data themselves ("the hosting provider logs your IP address"). */
const COLLECTING_PARTIES: ReadonlySet<Recipient> = new Set(['service-providers', 'analytics', 'advertisers']);
/**
 * A bank collecting data in a sentence that only speaks of collecting is the operator (a bank's policy calls
 * itself "Banken", "die Bank", "o banco") or the reader's own bank, never a processor working for the operator:
 * "Banken har rett til å innhente opplysninger fra offentlige registre" (probe12b) collects FROM registers and
 * discloses nothing. A bank data is passed to ("Vi deler opplysninger med banken") stays a service provider.
 * Matched alone in the mention (findAllOnce), only in collect-only sentences, so not declared.
 */
const COLLECTING_BANKS = recipients.collectingBanks as LangTerms;

/** Whether a party named in a collect-only sentence collects for the operator (not a bank: see above). */
function collectsForOperator(m: TypedMatch<Recipient>, text: string, lang: Lang): boolean {
  return COLLECTING_PARTIES.has(m.kind) && !isWholeTerm(COLLECTING_BANKS, lang, text.slice(m.start, m.end));
}

/**
 * Kinds of recipients a sentence names as receiving data; none in disclaimers or negated clauses.
 * Where the sentence only speaks of collecting, only parties that collect on the operator's behalf count
 * ("we receive data from our partners" names a source, not a recipient).
 */
export function recipientsIn(ref: SentenceRef, lang: Lang): Recipient[] {
  const text = ref.sentence.text;
  if (disclaims(text, lang) || headerRow(ref, lang)) return [];
  // The model's confidence stands in for a disclosure verb, but not where the sentence speaks of the
  // sources of data ("collected from other sources such as ... social networks").
  const shares =
    sharingCue(ref, lang) ||
    reportsData(text, lang) ||
    (ref.ctx.affinity.sharing >= AFFINITY_ALONE &&
      !hasAny(SOURCE, lang, text) &&
      !goodsSaleOnly(text, lang)) ||
    visibleToOthers(text, lang) ||
    hasAny(ROLE_RECEIVES_DATA, lang, text);
  // Weak terms ("as required by law") name no one by themselves: not where the sentence is about keeping data.
  const weakCounts = !hasAny(KEEP, lang, text);
  const requests =
    !shares &&
    ((weakCounts && hasAny(REQUESTS, lang, text)) || reportsIn(text, lang).length > 0) &&
    !hasAny(COMPLAINT, lang, text);
  const collects = !shares && hasAny(COLLECT, lang, text);
  if (!shares && !collects && !requests) return [];
  // "dati aggregati (mai nominali) ... per presentazioni istituzionali": anonymous figures reach no one as data.
  if (aboutAnonymousAggregates(ref, lang)) return [];
  // "Data from public sources and third parties": with no verb of passing data on, the parties are sources.
  if (shares && hasAny(SOURCE, lang, text) && !sharingVerb(ref, lang)) return [];
  // "Le site propose des liens vers des plateformes externes (fournisseurs, partenaires)": with no verb of
  // passing data on, the parties are only where the links lead.
  if (hasAny(LINKS, lang, text) && !sharingVerb(ref, lang)) return [];
  const found = new Set<Recipient>();
  const matches = typedMatches(RECIPIENT_KINDS, MASKS, text, lang);
  // A definition of a party names no recipient; what follows its own clause may ("..., es decir, anunciantes").
  // Read only where a party is named: most sentences that reach here name none.
  const defined = matches.length > 0 ? definitionEnd(text, lang) : 0;
  let about: ReadonlySet<TypedMatch<Recipient>> | null = null;
  let left: ReadonlySet<TypedMatch<Recipient>> | null = null;
  let cues: readonly Span[] | null = null;
  for (const m of matches) {
    // Measured to the mention's end: a negation inside it denies it too ("We show no ads", "visar ingen reklam").
    if (m.start < defined || negatedBefore(text, m.end, lang)) continue;
    if (inCompanyName(text, m.start, lang) && !namesBody(m, text, lang)) continue;
    if (receivesNothing(m, text, lang)) continue;
    if (m.kind === 'authorities' && COMPANY_FORM_AFTER.test(text.slice(m.end, m.end + COMPANY_FORM_REACH)))
      continue;
    // "Responsable du traitement : Banque du Littoral SA": the controller's name names the operator.
    if (inControllerName(text, m.start, lang)) continue;
    if (complainedTo(m, text, lang) || ownAds(m, text, lang) || venueNotDisclosedTo(m, matches, ref, lang))
      continue;
    if (!m.strong && !weakCounts) continue;
    // "the manufacturer", "die Veranstalter": a role is a recipient only where data is sent to it (role-nouns.ts).
    if (roleNotReached(m, text, lang) && !receivesAsRole(m, text, lang)) continue;
    // "the chat messages you exchange with our couriers": who the reader talks to is no recipient, but for other
    // users, who get what the reader writes ("video chat with other users").
    if (m.kind !== 'other-users') {
      cues ??= shareCues(text, lang);
      if (conversedWith(m, text, lang, cues)) continue;
    }
    if (
      shares ||
      (collects && collectsForOperator(m, text, lang)) ||
      (requests && requestedBy(m, text, lang))
    ) {
      about ??= aboutWhom(matches, text, lang);
      // A legal requirement (the weak terms, "as required by law", "salvo exigido por la ley") is a
      // condition, never a party an exception leaves out.
      left ??= leftOut(
        matches.filter((x) => x.strong),
        text,
        lang,
      );
      if (!about.has(m) && !left.has(m)) found.add(m.kind);
    }
  }
  return withoutGlossed(found, matches, text, lang);
}

/** Whether the mention opens a role receiving the reader's data (ROLE_RECEIVES_DATA): "The restaurant ... receives your". */
function receivesAsRole(m: TypedMatch<Recipient>, text: string, lang: Lang): boolean {
  return (
    hasAny(ROLE_RECEIVES_DATA, lang, text) &&
    findAll(ROLE_RECEIVES_DATA, lang, text).some((r) => r.start === m.start)
  );
}

/** What may stand between a party and its negated receiving: two words ("company itself", "hermana nunca"). */
const RECEIVER_GAP = /^(?:\s+[\p{L}\p{N}'’-]+){0,2}\s+$/u;

/** Whether the party is the subject of a negated receiving right after it (RECEIVES_NOTHING). */
function receivesNothing(m: TypedMatch<Recipient>, text: string, lang: Lang): boolean {
  return findAll(RECEIVES_NOTHING, lang, text).some(
    (r) => r.start >= m.end && RECEIVER_GAP.test(text.slice(m.end, r.start)),
  );
}

/** Generic kinds a gloss right after them may say more of: "Partenaires externes (prestataires de paiement)". */
const GLOSSED_KINDS: readonly Recipient[] = ['business-partners', 'service-providers'];
/**
 * What opens a gloss right after a party, or after one more word of it ("Partenaires externes ("): a
 * bracket, a colon or a dash.
 */
const GLOSS_OPEN = /^(?:\s+\p{L}+)?\s*(?:\(|:|\s[–—-]\s)\s*/u;
/** How far a gloss may open after its party: one word and the bracket (bounds the work). */
const GLOSS_OPEN_REACH = recipients.glossOpenReach;

/**
 * The kinds a sentence names, less a generic kind whose every mention is glossed by other kinds it names:
 * "Partenaires externes (prestataires de paiement, transporteurs)" are service providers, not business
 * partners (the labelling rule: partners who are in fact payment providers and carriers), and
 * "Tjänsteleverantörer: delning med analyseringsverktyg" are analytics tools.
 */
function withoutGlossed(
  found: Set<Recipient>,
  matches: readonly TypedMatch<Recipient>[],
  text: string,
  lang: Lang,
): Recipient[] {
  for (const kind of GLOSSED_KINDS) {
    if (!found.has(kind)) continue;
    const own = matches.filter((m) => m.kind === kind);
    if (own.length > 0 && own.every((m) => glossed(m, matches, text, found, lang))) found.delete(kind);
  }
  return [...found];
}

/**
 * Whether the mention is followed by a gloss (to the closing bracket, or to the end of the sentence after a
 * colon or dash) that names only other kinds the sentence counts.
 */
function glossed(
  m: TypedMatch<Recipient>,
  matches: readonly TypedMatch<Recipient>[],
  text: string,
  found: ReadonlySet<Recipient>,
  lang: Lang,
): boolean {
  const open = GLOSS_OPEN.exec(text.slice(m.end, m.end + GLOSS_OPEN_REACH));
  if (!open) return false;
  const from = m.end + open[0].length;
  const bracket = open[0].includes('(');
  // After a colon or dash the rest of the sentence glosses only a label that opens it ("Tjänsteleverantörer:
  // ..."); "We share data with service providers: they may pass it to the authorities" adds a party.
  if (!bracket && /\p{L}/u.test(text.slice(0, m.start))) return false;
  // "(for example, analytics providers)", "(z. B. Werbepartner)": examples leave the rest of the group.
  if (findAllOnce(GLOSS_EXAMPLES, lang, text.slice(from, from + GLOSS_OPEN_REACH)).some((e) => e.start === 0))
    return false;
  const close = bracket ? text.indexOf(')', from) : -1;
  const to = close >= 0 ? close : text.length;
  const inside = matches.filter((o) => o.start >= from && o.end <= to);
  return inside.length > 0 && inside.every((o) => o.kind !== m.kind && found.has(o.kind));
}

/** A header row has at least this many cells: one or two capitalised words may be a row's label. */
const HEADER_MIN_WORDS = recipients.headerMinWords;

/**
 * Whether a table row is the table's header: only column names ("Navn Kategori Formål Udløb Leverandør",
 * "Name Provider Purpose Expiry Type"), whose "provider" column names no recipient.
 */
function headerRow(ref: SentenceRef, lang: Lang): boolean {
  if (ref.ctx.segment.kind !== 'table-row') return false;
  const words = [...ref.sentence.text.matchAll(GAP_WORD)].map((w) => w[0]);
  return words.length >= HEADER_MIN_WORDS && words.every((word) => isWholeTerm(HEADER_WORDS, lang, word));
}

/** Whether a sentence (or a list item's intro) has a sharing cue that is not a noun naming a party. */
function sharingVerb(ref: SentenceRef, lang: Lang): boolean {
  return (
    verbIn(ref.sentence.text, lang) || (ref.ctx.segment.kind === 'list-item' && verbIn(ref.ctx.intro, lang))
  );
}

function verbIn(text: string, lang: Lang): boolean {
  return shareVerbs(text, lang).length > 0;
}

/** The sharing cues of a text that are verbs, not part of a noun ("data sharing"). */
function shareVerbs(text: string, lang: Lang): readonly Span[] {
  const found = findAll(SHARE, lang, text);
  if (found.length === 0) return found;
  const nouns = findAllOnce(SHARE_NOUN, lang, text);
  return found.filter((c) => !nouns.some((n) => within(c, n)));
}

/** After "data about": nothing, or an article or possessive ("about our", "über unsere"). */
function aboutGap(gap: string, lang: Lang): boolean {
  const word = gap.trim();
  if (word === '') return true;
  return /^\p{L}+$/u.test(word) && findAllOnce(DETERMINERS, lang, word).some((s) => s.end === word.length);
}

/** Between two items of one list: a separator or a joining word, then at most one short word ("our"). */
const LIST_ITEM_GAP = /^\s*(?:[,;/&]\s*)?(\p{L}+\s+)?(?:\p{L}{1,5}\s+)?$/u;

/** A gap longer than this holds more than a determiner or a short list of genitives (bounds the work). */
const ABOUT_GAP_MAX = 40;
const GENITIVE_GAP_MAX = 120;

/**
 * The mentions that name whom the data is about, not who receives it: right after "data about" ("gegevens
 * over leveranciers, partners", "information about our business partners"), and the items of the list
 * that begins there. Each mention is measured from the nearest anchor before it only (a farther anchor's
 * gap holds the nearer one), so a long sentence costs its length, not anchors times mentions.
 */
function aboutWhom(
  matches: readonly TypedMatch<Recipient>[],
  text: string,
  lang: Lang,
): ReadonlySet<TypedMatch<Recipient>> {
  const about = new Set<TypedMatch<Recipient>>();
  if (matches.length === 0) return about;
  const anchors = [...findAllOnce(DATA_ABOUT, lang, text), ...findAllOnce(OFFERS_OF, lang, text)];
  const endings = GENITIVE_ENDINGS[lang];
  const ofAnchors = endings ? findAllOnce(DATA_OF, lang, text) : [];
  if (anchors.length === 0 && ofAnchors.length === 0) return about;
  const nearestAbout = nearestBefore(anchors);
  const nearestOf = nearestBefore(ofAnchors);
  const genitive = (start: number): boolean => endings?.some((e) => wordAt(text, start).endsWith(e)) ?? false;
  let chainEnd = -1;
  for (const m of matches) {
    const a = nearestAbout(m.start);
    const o = nearestOf(m.start);
    const afterAnchor =
      (a !== undefined && m.start - a.end <= ABOUT_GAP_MAX && aboutGap(text.slice(a.end, m.start), lang)) ||
      (o !== undefined &&
        genitive(m.start) &&
        m.start - o.end <= GENITIVE_GAP_MAX &&
        genitiveList(text, o.end, m.start, genitive, lang));
    if (afterAnchor || (chainEnd >= 0 && continuesList(text.slice(chainEnd, m.start)))) {
      about.add(m);
      chainEnd = m.end;
    } else chainEnd = -1;
  }
  return about;
}

/**
 * For ascending positions, the span that ends last at or before each (spans need not be ordered):
 * one pass over the spans for all positions.
 */
function nearestBefore<S extends Span>(spans: readonly S[]): (pos: number) => S | undefined {
  const byEnd = [...spans].sort((x, y) => x.end - y.end);
  let next = 0;
  let last: S | undefined;
  return (pos) => {
    for (let s = byEnd[next]; s !== undefined && s.end <= pos; s = byEnd[++next]) last = s;
    return last;
  };
}

const GAP_WORD = /\p{L}+/gu;

/**
 * Between "dane" and a party in the genitive: nothing, a determiner, or a list of genitives joined by
 * commas and joining words ("dane kontrahentów oraz partnerów": data of counterparties and partners, the
 * first word no party at all).
 */
function genitiveList(
  text: string,
  from: number,
  to: number,
  genitive: (start: number) => boolean,
  lang: Lang,
): boolean {
  const gap = text.slice(from, to);
  if (aboutGap(gap, lang)) return true;
  if (!/^[\s\p{L},;/&]*$/u.test(gap)) return false;
  for (const w of gap.matchAll(GAP_WORD)) {
    const word = w[0].toLowerCase();
    if (!LIST_JOINS.has(word) && !genitive(from + w.index) && !aboutGap(word, lang)) return false;
  }
  return true;
}

/** The whole word that starts at `start` ("partnerów" where a term matched "partner"). */
function wordAt(text: string, start: number): string {
  return /^[\p{L}\p{N}]+/u.exec(text.slice(start, start + 60))?.[0]?.toLowerCase() ?? '';
}

/** Whether the text between two mentions joins them as items of one list. */
function continuesList(gap: string): boolean {
  const parts = LIST_ITEM_GAP.exec(gap);
  if (!parts) return false;
  const join = parts[1]?.trim().toLowerCase();
  return /[,;/&]/.test(gap) || (join !== undefined && LIST_JOINS.has(join));
}

/** An exception word in the sentence and the first exception word of the run it belongs to. */
interface Exception extends Span {
  /** "except with our service providers and except as required by law": the run's first word decides. */
  readonly root: Exception | null;
}

/**
 * The mentions a sentence leaves out of what it says it shares: the parties right after an exception word
 * ("with our partners, except advertisers", "à l'exception des régies publicitaires", "z wyjątkiem
 * reklamodawców") and the items of the list that begins there. An exception to a negation is what is
 * shared ("We do not share your data, except with service providers"), and so is an exception to what is
 * shared only with some ("only with our processors, except the police"): a run of exception words leaves
 * parties out only when the clause before its first word says neither and no clause of the run is
 * negated. An exception that opens the sentence ("Except for our service providers, ...") is left as it
 * reads; so is one that states a condition ("except as required by law", "sauf si la loi l'exige") and
 * one that adds ("förutom våra leverantörer ... även myndigheter").
 */
export function leftOut<T extends Span>(mentions: readonly T[], text: string, lang: Lang): ReadonlySet<T> {
  const left = new Set<T>();
  if (mentions.length === 0 || !hasAny(EXCEPT, lang, text)) return left;
  const exceptions = runsOf(findAll(EXCEPT, lang, text), text, lang);
  const nearest = nearestBefore(exceptions);
  const leaves = leavingOut(exceptions, text, lang);
  let chainEnd = -1;
  let chain: { readonly e: Exception; readonly prepositions: ReadonlySet<string> } | null = null;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const e = nearest(m.start);
    const lead =
      e !== undefined && m.start - e.end <= EXCEPT_GAP_MAX ? leadGap(text.slice(e.end, m.start), lang) : null;
    if (e !== undefined && lead !== null && leaves(e)) {
      chain = { e, prepositions: lead };
    } else if (
      chain === null ||
      chainEnd < 0 ||
      !continuesExcepted(text.slice(chainEnd, m.start), chain.prepositions, lang) ||
      otherCase(chain.e, m, text, lang)
    ) {
      chainEnd = -1;
      chain = null;
      continue;
    }
    left.add(m);
    chainEnd = m.end;
  }
  return left;
}

/**
 * The exception words in text order, each with the first word of its run: an exception word whose clause
 * begins at the one before it ("except with X and except as required by law": no other clause break
 * between) continues that one's run.
 */
function runsOf(spans: readonly Span[], text: string, lang: Lang): Exception[] {
  const runs: Exception[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const prev = runs[runs.length - 1];
    if (prev !== undefined && s.start < prev.end) continue;
    const opens = prev === undefined ? -1 : clauseAround(text, s.start, lang).start;
    const root = prev !== undefined && opens >= prev.start && opens <= prev.end ? (prev.root ?? prev) : null;
    runs.push({ start: s.start, end: s.end, root });
  }
  return runs;
}

/**
 * Whether an exception word leaves out the parties after it, each run decided once: not when its run opens
 * the sentence, follows a negation or "only", or holds a negated clause; not when the word states a
 * condition or adds.
 */
function leavingOut(exceptions: readonly Exception[], text: string, lang: Lang): (e: Exception) => boolean {
  const opening = text.search(/\p{L}/u);
  const byRoot = new Map<Exception, boolean>();
  const runLeaves = (root: Exception): boolean => {
    let leaves = byRoot.get(root);
    if (leaves === undefined) {
      const run = exceptions.filter((x) => x === root || x.root === root);
      leaves =
        root.start > opening &&
        !negatedBefore(text, root.start, lang) &&
        !onlyBefore(root, text, lang) &&
        !run.some((x) => negatedClause(text, x.end, lang));
      byRoot.set(root, leaves);
    }
    return leaves;
  };
  return (e) => !condition(e, text, lang) && !adds(e, text, lang) && runLeaves(e.root ?? e);
}

/** Whether the clause before an exception word says "only", in its words or in the break that opens it. */
function onlyBefore(e: Span, text: string, lang: Lang): boolean {
  const clause = clauseAround(text, e.start, lang);
  if (hasAnyOnce(ONLY, lang, text.slice(clause.start, e.start))) return true;
  return findAllOnce(ONLY_BREAKS, lang, text.slice(0, clause.start)).some((b) => b.end === clause.start);
}

/** "except as required by law", "sauf si", "außer wenn": a condition word right after the exception word. */
function condition(e: Span, text: string, lang: Lang): boolean {
  const after = text.slice(e.end, e.end + EXCEPT_GAP_MAX);
  const first = after.search(/[^\s,]/u);
  return first >= 0 && findAllOnce(CONDITIONS, lang, after).some((c) => c.start === first);
}

/**
 * "Förutom våra leverantörer delar vi även ...": an additive exception word with an also-word after it in
 * its clause, one that does not open a new item of a list ("apart from advertisers, and also with
 * analytics providers" still leaves advertisers out).
 */
function adds(e: Span, text: string, lang: Lang): boolean {
  const word = text.slice(e.start, e.end);
  if (!isWholeTerm(ADDITIVE, lang, word) || !clauseHasAny(ALSO, text, e.end, lang)) return false;
  const clause = text.slice(e.end, clauseAround(text, e.end, lang).end);
  return findAllOnce(ALSO, lang, clause).some((a) => {
    const before = clause
      .slice(0, a.start)
      .match(/(\p{L}+)\s*$/u)?.[1]
      ?.toLowerCase();
    return before === undefined || !LIST_JOINS.has(before);
  });
}

/**
 * Between an exception word and the party it leaves out: nothing, or words like "with", "our", "aux". The
 * prepositions among them (lower case), which the next items of the list may repeat ("except to X and to
 * Y"); null when the gap holds another word.
 */
function leadGap(gap: string, lang: Lang): ReadonlySet<string> | null {
  if (!/^[\s\p{L}'’]*$/u.test(gap)) return null;
  const prepositions = new Set<string>();
  for (const w of gap.matchAll(GAP_WORD)) {
    const word = w[0];
    if (isWholeTerm(EXCEPT_PREPOSITIONS, lang, word)) prepositions.add(word.toLowerCase());
    else if (!isWholeTerm(EXCEPT_DETERMINERS, lang, word)) return null;
  }
  return prepositions;
}

/** A comma or slash, then (or only) a joining word, then the rest: the gap between two list items. */
const EXCEPTED_ITEM_GAP = /^\s*(?:([,/&])\s*)?([\s\p{L}'’]*)$/u;

/**
 * Whether the text between an excepted party and the next mention continues the excepted list: a comma or
 * joining word, then determiners only ("except advertisers and our analytics providers"), or, after a
 * joining word with no comma, the preposition that led the list again ("except to advertisers and to data
 * brokers"). A new preposition or an also-word starts what is shared again ("except advertisers, and with
 * analytics providers", "außer an Werbepartner, und an unsere Dienstleister").
 */
function continuesExcepted(gap: string, prepositions: ReadonlySet<string>, lang: Lang): boolean {
  if (gap.length > EXCEPT_GAP_MAX) return false;
  const parts = EXCEPTED_ITEM_GAP.exec(gap);
  if (!parts) return false;
  const words = parts[2]?.match(GAP_WORD) ?? [];
  const join = words[0] !== undefined && LIST_JOINS.has(words[0].toLowerCase());
  const comma = parts[1] !== undefined;
  if (!comma && !join) return false;
  return words
    .slice(join ? 1 : 0)
    .every((w) => (!comma && prepositions.has(w.toLowerCase())) || isWholeTerm(EXCEPT_DETERMINERS, lang, w));
}

/** "z wyjątkiem reklamodawców, oraz dostawcom usług": a dative after a genitive exception is no item of it. */
function otherCase(e: Span, m: Span, text: string, lang: Lang): boolean {
  const endings = DATIVE_ENDINGS[lang];
  if (!endings) return false;
  const word = wordAt(text, m.start);
  return (
    endings.some((d) => word.endsWith(d)) && isWholeTerm(GENITIVE_EXCEPT, lang, text.slice(e.start, e.end))
  );
}

/** How near before an authority a complaint may stand ("complaint to a supervisory authority"). */
const COMPLAINT_REACH = recipients.complaintReach;

/**
 * What a sentence says around the data protection authority, found once per sentence (a list of
 * authorities asks about each): its names, the words of complaining that are not its name and not passed
 * on, the verbs of passing data on, and whether it speaks of a breach.
 */
interface VenueFacts {
  readonly text: string;
  readonly lang: Lang;
  readonly venues: readonly Span[];
  readonly complaints: readonly Span[];
  readonly verbs: readonly Span[];
  readonly breach: boolean;
}

/** The facts of the sentence asked about last: it is asked about once per authority mention in it. */
let lastVenueFacts: VenueFacts | null = null;

function venueFacts(text: string, lang: Lang): VenueFacts {
  if (lastVenueFacts?.text === text && lastVenueFacts.lang === lang) return lastVenueFacts;
  const venues = findAll(COMPLAINT_VENUES, lang, text);
  const complaints = findAll(COMPLAINT, lang, text).filter(
    (c) => !venues.some((v) => overlaps(v, c)) && !passedOn(c, text, lang),
  );
  const verbs = shareVerbs(text, lang);
  lastVenueFacts = { text, lang, venues, complaints, verbs, breach: hasAny(BREACH, lang, text) };
  return lastVenueFacts;
}

/**
 * "the right to ... complaint to a supervisory authority", "Beschwerde bei einer Aufsichtsbehörde": the
 * authority a complaint is made to is where a person turns, not a recipient, also in a sentence that says
 * data is disclosed (the rights of Art. 15 list "the recipients to whom your data was disclosed" beside it).
 * Only a complaint in the authority's own clause, and only a word of complaining: the name of the data
 * protection authority ("l'autorité de contrôle et aux autorités judiciaires") and a complaint passed on
 * ("share the complaint with law enforcement") leave the authority a recipient.
 */
function complainedTo(m: TypedMatch<Recipient>, text: string, lang: Lang): boolean {
  if (m.kind !== 'authorities') return false;
  const opens = clauseAround(text, m.start, lang).start;
  return venueFacts(text, lang).complaints.some(
    (c) => c.end <= m.start && m.start - c.end <= COMPLAINT_REACH && c.start >= opens,
  );
}

/**
 * Whether an authority mention is the data protection authority's name (COMPLAINT_VENUES) with no verb of
 * passing data on governing it: "Our lead supervisory authority is the ICO", "Tillsynsmyndighet är
 * Integritetsskyddsmyndigheten", "Datatilsynet, Postboks 458", "sich bei der Aufsichtsbehörde beschweren"
 * name where one turns or who supervises, not a recipient. The weaker signs that let other authorities
 * count (the model's confidence, a request word) do not hold for it.
 */
function venueNotDisclosedTo(
  m: TypedMatch<Recipient>,
  matches: readonly Span[],
  ref: SentenceRef,
  lang: Lang,
): boolean {
  if (m.kind !== 'authorities') return false;
  const facts = venueFacts(ref.sentence.text, lang);
  if (!facts.venues.some((v) => overlaps(v, m))) return false;
  return !disclosedTo(m, matches, ref, facts);
}

/**
 * Whether data is passed on to the mention: a sharing verb in its clause and a word leading to it ("Wir
 * geben Daten an Aufsichtsbehörden weiter", "Nous pouvons communiquer vos données à la CNIL"), or, for a
 * list item with no verb of its own, one in the list's intro ("We may disclose your data to: supervisory
 * authorities"). Not where a word of complaining, of turning to it or of working with it stands in its
 * clause, before or after it ("das Recht, sich bei einer Aufsichtsbehörde zu beschweren", "If you think we
 * shared your data unlawfully, you can contact the ICO"), nor in a sentence about a breach, which is
 * notified, not disclosed.
 */
function disclosedTo(m: Span, matches: readonly Span[], ref: SentenceRef, facts: VenueFacts): boolean {
  const { text, lang } = facts;
  if (facts.breach) return false;
  const clause = clauseAround(text, m.start, lang);
  const inClause = (s: Span): boolean => overlaps(s, clause);
  const clauseText = text.slice(clause.start, clause.end);
  if (facts.complaints.some(inClause) || hasAnyOnce(VENUE_APPROACHES, lang, clauseText)) return false;
  const verbs = facts.verbs.filter(inClause);
  if (verbs.length > 0) return ledTo(m, clause.start, verbs, matches, text, lang);
  return ref.ctx.segment.kind === 'list-item' && facts.verbs.length === 0 && verbIn(ref.ctx.intro, lang);
}

/** How many characters back the walk from the name to its lead reads (bounds the work on a long clause). */
const LEAD_WINDOW = 300;

/**
 * Whether a word that leads the party data goes to governs the mention: walking back from it over
 * determiners, adjectives, list joins and other listed parties only ("to the relevant supervisory
 * authority", "an Gerichte, Aufsichtsbehörden", "à l'autorité de contrôle"), the first other word is a lead,
 * or "with"/"avec"/"com" right after the verb's object ("share your data with the supervisory authority").
 * The name's own first word may lead it ("Prezesowi UODO", to the President of UODO), or, where a case
 * ending says it (Polish dative: "organom nadzorczym"), the mention is in that case. Not where a rule or a
 * register stands between the verb and the name ("conformément à la déclaration faite à la CNIL").
 */
function ledTo(
  m: Span,
  clauseStart: number,
  verbs: readonly Span[],
  matches: readonly Span[],
  text: string,
  lang: Lang,
): boolean {
  const from = Math.max(clauseStart, m.start - LEAD_WINDOW);
  const verb = verbs.filter((v) => v.start < m.start).at(-1);
  const between = text.slice(verb ? Math.max(from, verb.end) : from, m.start);
  if (findAllOnce(VENUE_LEAD_BLOCKS, lang, between).length > 0) return false;
  if (findAllOnce(VENUE_POSSESSIVES, lang, text.slice(m.end, m.end + 3)).some((p) => p.start === 0))
    return false;
  const word = wordAt(text, m.start);
  if (isWholeTerm(VENUE_LEADS, lang, word) || DATIVE_ENDINGS[lang]?.some((d) => word.endsWith(d)))
    return true;
  const words = [...text.slice(from, m.start).matchAll(GAP_WORD)];
  for (let i = words.length - 1; i >= Math.max(0, words.length - VENUE_LEAD_REACH); i--) {
    const w = words[i] as RegExpExecArray;
    const at = from + w.index;
    if (isWholeTerm(VENUE_LEADS, lang, w[0])) return true;
    if (isWholeTerm(VENUE_COMITATIVES, lang, w[0])) return verbTakes(at, verb, text, lang);
    const filler =
      LIST_JOINS.has(w[0].toLowerCase()) ||
      isWholeTerm(DETERMINERS, lang, w[0]) ||
      isWholeTerm(VENUE_LEAD_FILLERS, lang, w[0]) ||
      matches.some((x) => x.start <= at && at < x.end);
    if (!filler) return false;
  }
  return false;
}

/**
 * Whether the verb of passing data on takes the comitative at `at` ("share your contact details with"):
 * it stands before it, with its object between (a few words, no lead and no other comitative).
 */
function verbTakes(at: number, verb: Span | undefined, text: string, lang: Lang): boolean {
  if (!verb || verb.end > at) return false;
  const gap = [...text.slice(verb.end, at).matchAll(GAP_WORD)];
  return (
    gap.length <= VENUE_LEAD_REACH &&
    !/[.;:!?]/u.test(text.slice(verb.end, at)) &&
    !gap.some((w) => isWholeTerm(VENUE_LEADS, lang, w[0]) || isWholeTerm(VENUE_COMITATIVES, lang, w[0]))
  );
}

/** Whether a sharing verb governs the span, with only determiners between ("share the complaint with"). */
function passedOn(c: Span, text: string, lang: Lang): boolean {
  const before = text.slice(Math.max(0, c.start - COMPLAINT_REACH), c.start);
  return findAllOnce(SHARE, lang, before).some((v) => {
    const gap = before.slice(v.end);
    return (
      /^[\s\p{L}]*$/u.test(gap) &&
      [...gap.matchAll(GAP_WORD)].every((w) => isWholeTerm(DETERMINERS, lang, w[0]))
    );
  });
}

/** How near a request word must stand to the authority that makes it ("requeridos por una autoridad"). */
const REQUEST_REACH = recipients.requestReach;

/**
 * "sean requeridos por una autoridad", "l'Autorità può richiedere", "lawful requests from public
 * authorities": an authority asking for data is a disclosure even where no sharing verb is written, and so
 * is a report made to one ("Reporte a órgãos como ... Receita Estadual").
 */
function requestedBy(m: TypedMatch<Recipient>, text: string, lang: Lang): boolean {
  if (m.kind !== 'authorities' || !m.strong) return false;
  const near = (r: Span): boolean => Math.max(r.start - m.end, m.start - r.end) <= REQUEST_REACH;
  if (findAll(REQUESTS, lang, text).some(near)) return true;
  // A breach reported to the data protection authority ("report a breach to the supervisory authority",
  // rights.json's complaint venues) is a notice, not data passed on.
  const dpa = findAll(COMPLAINT, lang, text).some((c) => overlaps(c, m));
  return !dpa && reportsIn(text, lang).some(near);
}

/** Whether the sentence reports data to a party, unnegated, not the reader's report nor a breach notice. */
export function reportsData(text: string, lang: Lang): boolean {
  const reports = findAll(SHARE_REPORT, lang, text);
  if (reports.length === 0 || hasAny(BREACH, lang, text)) return false;
  const masks = [...findAll(REPORT_MASKS, lang, text), ...findAll(READER_DUTY, lang, text)];
  return reports.some((r) => !negatedBefore(text, r.start, lang) && !readerDuty(r, masks));
}

/**
 * The words of a report made to an authority ("we report suspected fraud to the police"): none in a
 * sentence about a breach (a notice the law requires), none where the reader reports ("you can report it to
 * the police").
 */
function reportsIn(text: string, lang: Lang): readonly Span[] {
  const reports = findAll(REPORTS, lang, text);
  if (reports.length === 0 || hasAny(BREACH, lang, text)) return [];
  const masks = findAll(REPORT_MASKS, lang, text);
  const duties = findAll(READER_DUTY, lang, text);
  return reports.filter((r) => !masks.some((k) => within(r, k)) && !readerDuty(r, duties));
}

/**
 * Whether words saying data is shown to other people stand unnegated ("visible to other users", not "not
 * visible to other websites").
 */
function visibleToOthers(text: string, lang: Lang): boolean {
  const masks = findAll(VISIBLE_MASKS, lang, text);
  return findAll(VISIBLE_TO, lang, text).some(
    (v) => !negatedBefore(text, v.start, lang) && !masks.some((m) => within(v, m)),
  );
}

/** How far after the words of showing ads their object may begin ("display ads about our own products"). */
const OWN_ADS_REACH = recipients.ownAdsReach;

/**
 * Whether an advertisers mention is the operator's own advertising: "We use cookies to display ads about our
 * own products", "Anzeigen zu unseren eigenen Produkten einzublenden", "vise annonser for våre egne produkter";
 * not where the sentence passes data on, unnegated (review10b finding 4).
 */
function ownAds(m: TypedMatch<Recipient>, text: string, lang: Lang): boolean {
  if (m.kind !== 'advertisers' || !hasAny(OWN_ADS, lang, text)) return false;
  if (!findAll(OWN_ADS, lang, text).some((o) => o.start >= m.start && o.start <= m.end + OWN_ADS_REACH))
    return false;
  // "We share your hashed e-mail address with Facebook to show you ads about our own products": data passed
  // on to show the ads is advertising with a third party, whoever's products the ads are about.
  return !shareVerbs(text, lang).some((c) => !negatedBefore(text, c.start, lang));
}

const CAPITAL = /^\p{Lu}/u;
const WORD = /[\p{L}\p{N}&.'’-]+/gu;
/** Text ending in a capitalised word and what separates it from the next word: a quick first test. */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}\p{N}&.'’-]*[^\p{L}\p{N}&.'’-]+$/u;
/**
 * How far back the quick test looks: a word and its separators are shorter than this, and a regex anchored
 * at the end of an unbounded slice is quadratic on a long run of word characters.
 */
const BEFORE_WINDOW = 200;

/**
 * Whether the recipient word at `start` is the end of a company name in running text ("hosted at Trebiano
 * E-Business Partner"): capitalised, after a capitalised word that does not begin the sentence, in a
 * sentence mostly in lower case (so title-case headings and list items keep "Business Partners").
 */
export function inCompanyName(text: string, start: number, lang: Lang): boolean {
  if (CAPITALISED_NOUNS.has(lang) || !CAPITAL.test(text.slice(start))) return false;
  if (!CAPITALISED_BEFORE.test(text.slice(Math.max(0, start - BEFORE_WINDOW), start))) return false;
  const { words, mostlyLower } = wordsOf(text);
  if (!mostlyLower) return false;
  const at = words.findIndex((w) => w.index === start);
  const before = words[at - 1];
  return !(at < 2 || !before || !CAPITAL.test(before[0]) || /[.:;!?]\s*$/.test(text.slice(0, before.index)));
}

interface Words {
  readonly words: readonly RegExpExecArray[];
  /** Fewer than half the words capitalised: running text, not a title-case heading or list item. */
  readonly mostlyLower: boolean;
}

/** The words of the sentence asked about last: it is asked about once per mention in it. */
let lastWords: { text: string; words: Words } | null = null;

function wordsOf(text: string): Words {
  if (lastWords?.text === text) return lastWords.words;
  const words = [...text.matchAll(WORD)];
  const mostlyLower = words.filter((w) => CAPITAL.test(w[0])).length * 2 < words.length;
  lastWords = { text, words: { words, mostlyLower } };
  return lastWords.words;
}
