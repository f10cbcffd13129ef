import type { Evidence } from '../report';
import type { Lang } from '../vocabulary';
import type { SegmentContext, SentenceRef } from './context';
import { namesController } from './controller-lines';
import { disguisedEmailsIn, emailsIn, spokenEmailsIn, withoutEmails } from './emails';
import { quote } from './evidence';
import { hasAnyOnce, type LangTerms } from './lexicon';
import contact from './lexicon/contact.json';
import { cues } from './lexicon/cues/index';
import { serviceMentions } from './service-mentions';

const HOST = /(?<![\w@.-])(?:[\w-]+\.)+[a-z]{2,}(?![\w])/gi;
/** What every HOST match holds: a name character, a dot, two letters. */
const MAY_HOLD_HOST = /[\w-]\.[a-z]{2}/i;
/** A registrable name of one letter ("m.in", "p.ej"): an abbreviation's dots, not a domain. */
const ABBREVIATION = /^[^.]\./;
const PRIVACY_LOCAL = new RegExp(`^(?:${contact.privacyLocalPart})`, 'i');
const NOISE_LOCAL = new RegExp(`^(?:${contact.noiseLocalPart})`, 'i');
/**
 * A mailbox provider's domain ("gmail.com", "gmx.de", "outlook.com", "wp.pl"): an address there is its
 * holder's, a club's or a practice's, not the provider's, even where the sentence names the provider ("Vi
 * använder Gmail, så frågor skickas till turf.klubb@gmail.com").
 */
const MAILBOX_DOMAIN = new RegExp(`^(?:${contact.mailboxDomains})$`, 'i');
/**
 * A sender nobody can write to ("noreply@", "no-reply@", "ne-pas-repondre@", "nao-responder@"): named as the
 * newsletter's sender, it is no contact ("sent from noreply@club.org; questions go to privacy@club.org").
 */
const NO_REPLY_LOCAL = new RegExp(`^(?:${contact.noReplyLocalPart})(?:$|[-_.+\\d])`, 'i');
/** The endings a service's own domain has ("zendesk.com", "klarna.se"); "sage.dental" is a dental studio's. */
const KNOWN_TLD = new RegExp(`\\.(?:${contact.knownTlds})$`, 'i');
/**
 * The public second-level endings of country domains ("co.uk", "com.au", "com.br", "org.pl"): the name
 * registered is the label before them ("harwick.co.uk", not "co.uk"), and a third label is no tenant.
 */
const SECOND_LEVEL = new RegExp(`^(?:${contact.secondLevelSuffixes})$`, 'i');
/**
 * Words that give the sentence's address to another company, not to the page ("Stripe, whose own privacy
 * team can be contacted at ...", "Anfragen an den Dienstleister können an ... gerichtet werden", "auprès de
 * ce prestataire", "al proveedor", "do dostawcy").
 */
const GIVEN_TO_OTHERS = contact.givenToOthers as LangTerms;
const CONTACT = cues.contact as LangTerms;
/** A first-person invitation to write ("contact us", "schreiben Sie uns", "écrivez-nous", "skriv til oss"). */
const TO_US = cues.toUs as LangTerms;

/** The contact e-mails of a page: deduplicated, privacy contacts of the site's own domain first. */
export function extractContact(
  contexts: readonly SegmentContext[],
  refs: readonly SentenceRef[],
  lang: Lang,
): { emails: string[]; evidence: Evidence[] } {
  const mainDomain = mostMentionedDomain(contexts);
  const seen = new Map<string, { rank: number; order: number; ref: SentenceRef }>();
  const dropped = new Map<string, SentenceRef>();
  for (const ref of refs) {
    const text = ref.sentence.text;
    // Most sentences hold no address: "@", a bracketed "at" or a spoken one is asked of them first.
    const plain = text.includes('@') ? emailsIn(text) : [];
    const emails = [...plain, ...disguisedEmailsIn(text), ...spokenEmailsIn(text, lang)].map((e) =>
      e.toLowerCase(),
    );
    const servicesOwn = emails.length > 0 ? servicesAddresses(emails, text, lang, mainDomain) : NONE;
    const othersOwn = emails.length > 0 ? othersAddresses(emails, text, lang, mainDomain) : NONE;
    for (const email of emails) {
      if (seen.has(email) || NO_REPLY_LOCAL.test(email.slice(0, email.indexOf('@')))) continue;
      if (othersOwn.has(email)) continue;
      if (servicesOwn.has(email)) {
        if (!dropped.has(email)) dropped.set(email, ref);
        continue;
      }
      seen.set(email, { rank: rankOf(email, ref, lang, mainDomain), order: seen.size, ref });
    }
  }
  // A page whose only addresses are a named service's keeps them, last: the rule cannot always tell the
  // firm's own help desk from the service's ("contact Stripe Support at support@stripe.com" on Stripe's own
  // page, "Sage Dental at hello@sage.dental"), and an address that reaches someone about the reader's data
  // is worth more than the report's "no contact found".
  if (seen.size === 0)
    for (const [email, ref] of dropped) seen.set(email, { rank: -3, order: seen.size, ref });
  const ordered = [...seen.entries()].sort((a, b) => b[1].rank - a[1].rank || a[1].order - b[1].order);
  return {
    emails: ordered.map(([email]) => email),
    evidence: ordered.slice(0, 5).map(([, v]) => quote(v.ref, 0.5 + 0.1 * Math.max(0, v.rank))),
  };
}

const NONE: ReadonlySet<string> = new Set();

/** A name or domain label reduced to its letters and digits: "CleverReach" and "clever-reach" -> "cleverreach". */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The addresses of a sentence that belong to a known service it names: "Newsletters are sent through
 * Mailchimp, whose own privacy team can be contacted at privacy@mailchimp.com; requests about the data we
 * hold should be emailed to dataprotection@ridgebank.com", "über unseren Dienstleister CleverReach
 * (support@cleverreach.com); Auskunftsersuchen ... an datenschutz@sparkasse.de", and alone: "Support tickets
 * are handled through Zendesk, which may email you from support@harwick.zendesk.com", "Spørsmål om betalinger
 * med Vipps må rettes til Vipps MobilePay på kundeservice@vippsmobilepay.com". The processor's mailbox is not
 * where the reader sends privacy requests, and where the page gives no address of its own an empty contact
 * is better than a wrong one. Narrow on purpose: the service must be in the known-services list
 * (third-parties.json) and named in the sentence's prose, its name (as the list or the sentence writes it:
 * "Vipps MobilePay") must be the address's domain, and an address on the domain the page mentions most is
 * never one (the service's own page). A service's privacy mailbox goes only beside another privacy mailbox:
 * on the service's own page, or with the service as the controller, its privacy address is the reader's
 * ("Questions about Stripe's processing can be sent to privacy@stripe.com or to our support team at
 * support@stripe-help.net", "Verantwortlich: CleverReach GmbH, datenschutz@cleverreach.com"), and the page may
 * mention its domain too seldom to be its main domain. Where every address of the sentence is the service's,
 * they stay when the sentence names the controller ("Data controller: Mailchimp, legal@mailchimp.com") or
 * invites the reader to write to us ("contact us via our Zendesk help desk at help@acme.zendesk.com").
 */
function servicesAddresses(
  emails: readonly string[],
  text: string,
  lang: Lang,
  mainDomain: string | null,
): ReadonlySet<string> {
  const named = new Set<string>();
  const prose = withoutEmails(text);
  // Most sentences give one address of no service: looking for services costs more than asking first
  // whether the prose spells the address's domain name at all ("Vipps MobilePay" spells vippsmobilepay).
  if (emails.length === 1 && !spellsDomain(prose, emails[0] ?? '', mainDomain)) return NONE;
  for (const m of serviceMentions(prose, lang)) {
    if (m.service === null) continue;
    named.add(nameKey(m.service.name));
    named.add(nameKey(prose.slice(m.start, m.end)));
  }
  if (named.size === 0) return NONE;
  const services = new Set<string>();
  const toUs = hasAnyOnce(TO_US, lang, prose);
  const invites = toUs || hasAnyOnce(CONTACT, lang, prose);
  for (const email of emails) {
    const domain = email.slice(email.indexOf('@') + 1);
    const registered = registrable(domain);
    const label = registered.split('.')[0] ?? '';
    const own = registered === mainDomain || MAILBOX_DOMAIN.test(registered);
    // A tenant's subdomain ("harwick.zendesk.com") is the firm's help desk where the sentence asks the
    // reader to write or speaks of questions and requests; only as a sender ("may email you from") is it
    // the tool's. A domain outside the endings services use ("sage.dental") is no service's.
    const firmsDesk = isTenant(domain) && invites;
    if (named.has(nameKey(label)) && !own && !firmsDesk && KNOWN_TLD.test(domain)) services.add(email);
  }
  const privacyBeside = emails.some((e) => !services.has(e) && isPrivacyMailbox(e));
  for (const email of services) if (isPrivacyMailbox(email) && !privacyBeside) services.delete(email);
  if (services.size === 0) return NONE;
  if (services.size < new Set(emails).size) return services;
  return namesController(prose, lang) || toUs ? NONE : services;
}

/**
 * The addresses a sentence gives to another company in so many words: "Card payments are handled by Stripe,
 * whose own privacy team can be contacted at privacy@stripe.com", "Der Versand erfolgt über CleverReach;
 * Anfragen an den Dienstleister können an privacy@cleverreach.com gerichtet werden", "Yahoo's own privacy
 * questions go to Yahoo at support@yahoo.com". Such an address is never the page's contact, not even where it
 * is the page's only one or a privacy mailbox: an empty contact is better than one the page says is someone
 * else's. Narrow: the sentence must hold a giving-away phrase (`givenToOthers`), its prose must spell the
 * address's domain name, the domain must not be the one the page mentions most, and the sentence may not
 * name the controller. (The to-us cues are not asked: some are impersonal, "kan sendes til", "écrivez à".) A mailbox provider's domain counts here (the
 * provider named as the addressee), so the holder's "turf.klubb@gmail.com" is kept only without the phrase.
 */
function othersAddresses(
  emails: readonly string[],
  text: string,
  lang: Lang,
  mainDomain: string | null,
): ReadonlySet<string> {
  const prose = withoutEmails(text);
  // The phrase first: most sentences with an address give it to no one, and the phrase is one alternation.
  if (!hasAnyOnce(GIVEN_TO_OTHERS, lang, prose)) return NONE;
  const spelled = emails.filter((e) => spellsDomain(prose, e, mainDomain, true));
  if (spelled.length === 0) return NONE;
  return namesController(prose, lang) ? NONE : new Set(spelled);
}

/** Whether the prose holds the name of the address's domain (not the page's own), in letters and digits. */
function spellsDomain(prose: string, email: string, mainDomain: string | null, mailboxToo = false): boolean {
  const domain = registrable(email.slice(email.indexOf('@') + 1));
  const label = nameKey(domain.split('.')[0] ?? '');
  if (label.length === 0 || domain === mainDomain) return false;
  if (!mailboxToo && MAILBOX_DOMAIN.test(domain)) return false;
  return nameKey(prose).includes(label);
}

/** Whether a host has a label before its registrable name ("x.zendesk.com"; "harwick.co.uk" has none). */
function isTenant(host: string): boolean {
  return host.split('.').length > registrable(host).split('.').length;
}

/** Whether an address is a privacy mailbox ("privacy@", "datenschutz@", "dpo@"). */
function isPrivacyMailbox(email: string): boolean {
  return PRIVACY_LOCAL.test(email.slice(0, email.indexOf('@')));
}

/** Privacy mailbox (+2), named in a contact context (+1), on the site's own domain (+1), a no-reply box (-2). */
function rankOf(email: string, ref: SentenceRef, lang: Lang, mainDomain: string | null): number {
  const [local = '', domain = ''] = email.split('@');
  const around = withoutEmails(ref.sentence.text);
  const context = hasAnyOnce(CONTACT, lang, around) || ref.ctx.headingTopics.has('contact');
  return (
    (PRIVACY_LOCAL.test(local) ? 2 : 0) +
    (NOISE_LOCAL.test(local) ? -2 : 0) +
    (context ? 1 : 0) +
    (mainDomain !== null && registrable(domain) === mainDomain ? 1 : 0)
  );
}

/**
 * The registered name of a host: its last two labels ("privacy.example.co" -> "example.co"), three after a
 * public second-level ending ("mail.harwick.co.uk" -> "harwick.co.uk", "hotmail.co.uk" stays).
 */
function registrable(host: string): string {
  const labels = host.toLowerCase().split('.');
  const two = labels.slice(-2).join('.');
  return labels.length > 2 && SECOND_LEVEL.test(two) ? labels.slice(-3).join('.') : two;
}

/**
 * The domain the page mentions most (in e-mails and host names), if it is mentioned at least twice. A name of
 * one letter before the last dot is an abbreviation, no domain: Polish "m.in." (among others) is written
 * seven times on Zoom's terms, which name zoom.us five.
 */
function mostMentionedDomain(contexts: readonly SegmentContext[]): string | null {
  const counts = new Map<string, number>();
  const count = (host: string): void => {
    const key = registrable(host);
    if (ABBREVIATION.test(key)) return;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const ctx of contexts) {
    const text = ctx.segment.text;
    for (const email of emailsIn(text)) count(email.split('@')[1] ?? '');
    // HOST is slow to run on text that cannot hold it: a host needs "x.yz".
    const rest = withoutEmails(text);
    if (MAY_HOLD_HOST.test(rest)) for (const m of rest.matchAll(HOST)) count(m[0]);
  }
  let best: string | null = null;
  let bestCount = 1;
  for (const [domain, n] of counts) {
    if (n > bestCount) {
      best = domain;
      bestCount = n;
    }
  }
  return best;
}
