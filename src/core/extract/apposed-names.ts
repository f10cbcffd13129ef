import type { Lang, Recipient } from '../vocabulary';
import type { SentenceRef } from './context';
import { findAllOnce, type LangTerms } from './lexicon';
import groupNames from './lexicon/group-names.json';
import recipients from './lexicon/recipients.json';
import type { NamedParty } from './named';
import { negatedBefore } from './negation';
import { RECIPIENT_KINDS } from './recipients';
import { isRoleNoun } from './role-nouns';
import { serviceMentions } from './service-mentions';
import { type TypedMatch, typedMatches } from './typed-matches';

/**
 * Names no dictionary knows, read where the sentence itself says the name is a recipient it sends data to
 * (probe14): an apposition to that recipient, "the event organiser, British Cycling,", "an den Hersteller, die
 * Volkswagen AG.", "producentowi pojazdu, firmie Toyota Motor Poland,", and, for a role noun (role-nouns.ts)
 * in a language whose nouns are not capitalised, the name right after it: "au constructeur Renault afin que".
 * Narrow, because a capitalised word is often no name: the recipient word must be written in lower case
 * (but for German nouns) in running text (defined terms of contracts, "the Provider Security Contact", "Usługodawca Zewnętrzny",
 * "Autoridades Estrangeiras:", table headers and capitals are none); the name is a run of capitalised words
 * closed by punctuation (after a comma) or followed by a lower-case word (right after a role); German
 * capitalises nouns, so it takes no name right after a role and no single plain capitalised word ("an den
 * Hersteller, Ihres" reads nothing); a run that names a recipient kind, begins with a stop word of list
 * names ("Services", "Europe"), joins an acronym to a noun ("IP-adressen") or is a known service (read by the
 * dictionary) is none. Read only in sentences that found a recipient, at its mentions.
 */
const LEADS = recipients.apposedNames.leads as LangTerms;
/**
 * "our", "notre", "unser", "nasz": the operator's possessive right before a provider noun, whose name may follow it
 * as it follows a role ("notre prestataire Lyra", "our provider Lyra", "vår leverandør Lyra").
 */
const OWN_PROVIDERS = recipients.apposedNames.ownProviders as LangTerms;
/** "for", "which", "pour", "qui", "ab": lower-case words that may follow a name after "our provider" (endsAsName). */
const OWN_PROVIDER_FOLLOWERS = recipients.apposedNames.ownProviderFollowers as Partial<
  Record<Lang, readonly string[]>
>;
/** How far after the role the name may end (bounds the work). */
const REACH = recipients.apposedNames.reach;
/** Languages whose nouns are capitalised: a capitalised word after a role may be a noun. */
const CAPITALISED_NOUNS: ReadonlySet<string> = new Set(recipients.capitalisedNouns);
/**
 * Function words and sentence openers that begin no name: where the splitter missed a full stop, the next
 * sentence's first word follows the role ("au constructeur Pour toute question", "al produttore Per la").
 */
const NOT_NAMES = recipients.apposedNames.notNames as Partial<Record<Lang, readonly string[]>>;
const STOPWORDS = new Set(groupNames.listNameStopwords.map((w) => w.toLowerCase()));
/**
 * "which", "das", "som", "qui", "che", "który": a relative pronoun right after a comma, opening a clause about
 * the name before the comma. Where that clause holds a processor mention ("Buchungssystem von Amadeus, das
 * Ihre Daten in unserem Auftrag verarbeitet", "hos Microsoft, som fungerer som databehandler for os"), the
 * name is the processor. Matched alone in the few words after the comma, so not declared.
 */
const RELATIVES = recipients.apposedNames.relatives as LangTerms;
/** "we", "wir", "vi", "nous": the operator as the relative clause's subject ("Kunden, die wir in unserem Auftrag ..."). */
const OWN_SUBJECTS = recipients.apposedNames.relativeOwnSubjects as LangTerms;
/**
 * "of", "von", "hos", "de", "di", "z": the preposition the name follows ("the booking engine of Amadeus",
 * "hos Microsoft", "d'Amadeus"). Without it a capitalised run before the comma is often no name ("Please
 * contact Customer Service, which ...", German "einen Dienstleister, der ...").
 */
const PROPER_NAME_AFTER = recipients.apposedNames.properNameAfter as Partial<Record<Lang, readonly string[]>>;
/** How far before its processor mention the relative clause may open (characters). */
const RELATIVE_REACH = recipients.apposedNames.relativeReach;
/**
 * "Montag", "Bedarf", "America", "Berlin", "Milano", "España", "Polski": weekdays, months, countries, cities
 * and German nouns after "von"/"bei" that are capitalised but name no processor ("Die Termine von Montag,
 * das ...", "servers di Milano, che ..."). A single word of these is no name before a relative clause.
 */
const RELATIVE_NOT_NAMES = recipients.apposedNames.relativeNotNames as Partial<
  Record<Lang, readonly string[]>
>;
/** How far before the comma (characters) the name before a relative clause is looked for. */
const NAME_LOOK_BACK = 200;
/** A run of capitalised words, with the small words inside names ("Bank of America", "Caisse des Dépôts"). */
const NAME =
  /^\p{Lu}[\p{L}\p{N}&.'’+-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’+-]*|&|of|de|du|des|der|von|van|di|do|da|del))*/u;
const SMALL_WORD = /\s+(?:&|of|de|du|des|der|von|van|di|do|da|del)$/u;
/** After a name in an apposition: it is closed ("British Cycling, so", "die Volkswagen AG."). */
const CLOSED = /^\s*(?:[,.;:)]|$)/u;
/** After a name right after its role: closed, or running text goes on ("Renault afin que"). */
const GOES_ON = /^\s*(?:[,.;:)]|$|\p{Ll})/u;
/** An elided article before a name: "l'Agence". */
const ELISION = /^\p{L}{1,4}['’](?=\p{Lu})/u;
/** A single word that can only be a name: an acronym, a capital inside it or a digit ("SIBS", "OVHcloud"). */
const NAME_SHAPED = /^\p{Lu}{2,}$|\p{Ll}\p{Lu}|\p{N}/u;
/** An acronym joined to a noun ("IP-adressen", "E-Mail"): a common noun. */
const JOINED_NOUN = /^\p{Lu}+-\p{Ll}/u;
const WORD = /\p{L}+/gu;
const MAX_TOKENS = 5;
const MAX_LENGTH = 50;

/** Names in apposition to the recipients a sentence sends data to (`found`: the kinds it names). */
export function apposedNames(
  ref: SentenceRef,
  found: readonly Recipient[],
  lang: Lang,
  owner: string,
): NamedParty[] {
  if (found.length === 0) return [];
  const text = ref.sentence.text;
  const named: NamedParty[] = [];
  for (const m of typedMatches(RECIPIENT_KINDS, undefined, text, lang)) {
    if (!m.strong || m.kind === 'other-users' || !found.includes(m.kind)) continue;
    // Written in lower case, except in German, where every noun is capitalised.
    const first = text.charAt(m.start);
    if (first !== first.toLowerCase() && !CAPITALISED_NOUNS.has(lang)) continue;
    if (negatedBefore(text, m.start, lang)) continue;
    const name =
      nameAfterRole(text, m, lang) ??
      (m.kind === 'service-providers' ? nameBeforeRelative(text, m, lang) : null);
    if (name && runningText(text, lang)) named.push({ name, recipient: m.kind });
  }
  return named.filter(
    (n) => !owner.includes(n.name.toLowerCase()) && serviceMentions(n.name, lang).length === 0,
  );
}

/** The name in apposition to the recipient mention `m`, if any. */
function nameAfterRole(text: string, m: TypedMatch<Recipient>, lang: Lang): string | null {
  const after = text.slice(m.end, m.end + REACH);
  const comma = /^\s*,\s*/u.exec(after);
  if (comma) return nameAt(skipLead(after.slice(comma[0].length), lang), CLOSED, lang);
  const role = !CAPITALISED_NOUNS.has(lang) && isRoleNoun(text.slice(m.start, m.end), lang);
  const own = !role && ownProvider(text, m, lang);
  if (!role && !own) return null;
  const space = /^\s+/u.exec(after);
  if (!space) return null;
  const rest = after.slice(space[0].length);
  const name = nameAt(rest, GOES_ON, lang);
  return name && (!own || endsAsName(rest.slice(name.length), lang)) ? name : null;
}

/** The first word of a text, lower-cased ("pour le paiement" -> "pour"). */
const FIRST_WORD = /^\s*([\p{L}]+)/u;

/**
 * Whether what follows a name after the operator's own provider closes it (punctuation, the sentence's end) or
 * goes on with a word that follows names (OWN_PROVIDER_FOLLOWERS: "Lyra pour le paiement", "Brevo Ltd for
 * newsletters", "PayOne ab"). A run of capitals after "our provider" is often the next sentence where the
 * splitter missed a full stop ("onze dienstverlener Lees meer", "notre prestataire Conformément au RGPD") or a
 * capitalised phrase ("our provider Customer Service teams", "PCI DSS certified", "Européen situé en Irlande"),
 * which these words do not follow; "and" is no follower ("our provider Visa and Mastercard card payments").
 */
function endsAsName(tail: string, lang: Lang): boolean {
  if (CLOSED.test(tail)) return true;
  const word = FIRST_WORD.exec(tail)?.[1];
  return word !== undefined && (OWN_PROVIDER_FOLLOWERS[lang] ?? []).includes(word);
}

/**
 * Whether the mention is a provider or partner the operator calls its own, the possessive right before it
 * ("notre prestataire", "our provider", "unser Dienstleister", "vår samarbeidspartner"): the name right after it
 * is the provider's or partner's ("notre prestataire Lyra", "vår samarbeidspartner Fjordforsikring", probe21). German capitalises nouns, so there a single plain word is no name (nameShaped).
 */
function ownProvider(text: string, m: TypedMatch<Recipient>, lang: Lang): boolean {
  if (m.kind !== 'service-providers' && m.kind !== 'business-partners') return false;
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  const end = before.trimEnd().length;
  return end < before.length && findAllOnce(OWN_PROVIDERS, lang, before).some((s) => s.end === end);
}

/**
 * The name before a comma and a relative pronoun whose clause holds the processor mention `m`: "von Amadeus,
 * das Ihre Daten in unserem Auftrag verarbeitet". No comma between the relative and the mention, and the
 * operator is not the clause's subject ("..., die wir in unserem Auftrag verarbeiten").
 */
function nameBeforeRelative(text: string, m: { start: number; end: number }, lang: Lang): string | null {
  const from = Math.max(0, m.start - RELATIVE_REACH);
  const comma = text.lastIndexOf(',', m.start - 1);
  if (comma < from) return null;
  const clause = text.slice(comma + 1, m.start).trimStart();
  const relative = findAllOnce(RELATIVES, lang, clause).find((r) => r.start === 0);
  if (!relative) return null;
  const subject = findAllOnce(OWN_SUBJECTS, lang, clause.slice(relative.end).trimStart());
  if (subject.some((w) => w.start === 0)) return null;
  // Only the last few words can be the name: bounded, so a long sentence of many mentions stays linear.
  const words = text.slice(Math.max(0, comma - NAME_LOOK_BACK), comma).split(/\s+/u);
  const run: string[] = [];
  let lead = '';
  while (run.length < MAX_TOKENS) {
    const word = words.at(-1 - run.length) ?? '';
    // "d'Amadeus": the elided preposition leads the name.
    const elided = ELISION.exec(word);
    if (elided) {
      run.unshift(word.slice(elided[0].length));
      lead = elided[0].slice(0, -1).toLowerCase();
      break;
    }
    if (!/^\p{Lu}/u.test(word)) {
      lead = word.toLowerCase();
      break;
    }
    run.unshift(word);
  }
  if (run.length === 0 || !PROPER_NAME_AFTER[lang]?.includes(lead)) return null;
  const name = run.join(' ');
  if (run.length === 1 && RELATIVE_NOT_NAMES[lang]?.includes(name.toLowerCase())) return null;
  // German capitalises nouns: after the preposition a single plain word is a name too ("von Amadeus").
  if (CAPITALISED_NOUNS.has(lang) && run.length === 1 && !NAME_SHAPED.test(name))
    return STOPWORDS.has(name.toLowerCase()) ||
      typedMatches(RECIPIENT_KINDS, undefined, name, lang).length > 0
      ? null
      : name;
  return nameShaped(name, lang) ? name : null;
}

/** `rest` after a leading article or company word ("die", "firmie", "la société"), if one begins it. */
function skipLead(rest: string, lang: Lang): string {
  const lead = findAllOnce(LEADS, lang, rest.slice(0, 30))
    .filter((s) => s.start === 0)
    .reduce((a, s) => Math.max(a, s.end), 0);
  return rest.slice(lead).replace(/^\s+/u, '').replace(ELISION, '');
}

/** The name that begins `rest`, if what follows it fits `after` and it can only be a name. */
function nameAt(rest: string, after: RegExp, lang: Lang): string | null {
  let name = NAME.exec(rest)?.[0];
  if (!name) return null;
  while (SMALL_WORD.test(name)) name = name.replace(SMALL_WORD, '');
  // "Volkswagen AG." ends the sentence; "S.A." keeps its dots.
  if (name.endsWith('.') && name.indexOf('.') === name.length - 1) name = name.slice(0, -1);
  if (!after.test(rest.slice(name.length))) return null;
  return nameShaped(name, lang) ? name : null;
}

/** Whether a run of capitalised words can only be a name (see the module comment). */
function nameShaped(name: string, lang: Lang): boolean {
  const tokens = name.split(/\s+/u);
  const first = tokens[0] ?? '';
  if (tokens.length > MAX_TOKENS || name.length > MAX_LENGTH || name.length < 2) return false;
  // "Europe", "Services", "United States" are no names; "Toyota Motor Poland" is one.
  if (STOPWORDS.has(name.toLowerCase()) || STOPWORDS.has(first.toLowerCase())) return false;
  if (JOINED_NOUN.test(first)) return false;
  if (NOT_NAMES[lang]?.includes(first.toLowerCase())) return false;
  if (tokens.length === 1 && CAPITALISED_NOUNS.has(lang) && !NAME_SHAPED.test(name)) return false;
  return typedMatches(RECIPIENT_KINDS, undefined, name, lang).length === 0;
}

/**
 * Whether enough words of a sentence are in lower case to be running text, not a title, table row or
 * capitals: most of them, or a quarter in German, whose nouns are capitalised.
 */
function runningText(text: string, lang: Lang): boolean {
  const words = text.match(WORD) ?? [];
  const lower = words.filter((w) => w.charAt(0) === w.charAt(0).toLowerCase()).length;
  return lower * (CAPITALISED_NOUNS.has(lang) ? 4 : 2) > words.length;
}
