import type { Lang, Recipient } from '../vocabulary';
import type { SegmentContext, SentenceRef } from './context';
import {
  declareTables,
  expandTerm,
  findAll,
  findAllOnce,
  hasAny,
  hasAnyOnce,
  isWholeTerm,
  type LangTerms,
  type Span,
  termsFor,
} from './lexicon';
import { cues } from './lexicon/cues/index';
import groupNames from './lexicon/group-names.json';
import recipients from './lexicon/recipients.json';
import parties from './lexicon/third-parties.json';
import { negatedBefore } from './negation';
import { networksReceiving, operatorsPlaces, readersPlaces } from './network-receivers';
import { definitionEnd } from './party-definitions';
import { readerChannel } from './reader-channels';
import {
  disclaims,
  GIVEN_TO_US,
  leftOut,
  RECIPIENT_KINDS,
  reportsData,
  SHARE,
  sharingCue,
} from './recipients';
import { type Mention, serviceMentions } from './service-mentions';
import { typedMatches } from './typed-matches';

/** A company or service named on the page as a recipient, processor or tool. */
export interface NamedParty {
  readonly name: string;
  /** The recipient kind the service implies (an analytics tool -> analytics), if any. */
  readonly recipient: Recipient | null;
}

const USE_TOOL = cues.useTool as LangTerms;
const POSSESSIVE = cues.possessive as LangTerms;
/** How far before a name a verb like "we use" / "via" may stand. */
const TOOL_WINDOW = 40;
/** Without any cue, a mention counts only where the model or heading is sure the passage is about sharing. */
const AFFINITY_ALONE = 0.75;

function recipientOf(category: string): Recipient | null {
  const table = parties.categoryRecipient as Record<string, string | null>;
  const kind = category in table ? table[category] : parties.defaultRecipient;
  return (kind ?? null) as Recipient | null;
}

/**
 * "data from", "Daten aus", "informazioni da", "träningsinformation från": a tool word ending these words
 * says where data comes from, not who gets it (audit13 sv-1: "träningsinformation från Apple Health, Google
 * Fit eller Garmin" named Apple and Google). Matched alone in the short window before a name, not declared.
 */
const DATA_FROM = recipients.dataFrom as LangTerms;
/**
 * "till", "to", "an", "à": the data's destination right before the name ("Vi skickar data från appen till
 * Apple", review13b). The source named after "from" is then not the name, and the name is a recipient.
 * Matched alone in the short gap, not declared.
 */
const DATA_FROM_ON_TO = recipients.dataFromOnTo.to as LangTerms;
/**
 * The site sending ("vi skickar", "we send", "wir übermitteln", "is transmitted"): only then is the
 * destination a recipient. The reader moving data between their own apps ("You can move data from Google Fit
 * to Apple Health yourself", "Du kan flytta data från Google Fit till Apple Hälsa") names nobody (review14
 * finding 9). Matched alone in the sentence, not declared.
 */
const SENT_BY_US = recipients.dataFromOnTo.sentBy as LangTerms;

/**
 * Whether a verb or preposition that introduces a tool ("we use", "via", "i.e.") stands right before `pos`.
 * Not where it says the data's source ("data from Apple Health"), nor in a sentence about data the reader
 * gives the operator, where the tool is the channel it came through ("information you share with us via
 * social media such as LinkedIn").
 */
function toolVerbBefore(text: string, pos: number, lang: Lang): boolean {
  const from = Math.max(0, pos - TOOL_WINDOW);
  const window = text.slice(from, pos);
  const verbs = findAllOnce(USE_TOOL, lang, window);
  const last = verbs.at(-1);
  if (!last) return false;
  const between = window.slice(last.end);
  if (hasAnyOnce(POSSESSIVE, lang, between) || between.split(/\s+/).filter(Boolean).length > 3) return false;
  if (findAllOnce(DATA_FROM, lang, window).some((s) => s.end === last.end) && !sentOnTo(between, text, lang))
    return false;
  return !hasAny(GIVEN_TO_US, lang, text);
}

/**
 * Whether the words between a source ("data from the app") and a name end with its destination ("till"), in
 * a sentence where the site sends the data (SENT_BY_US).
 */
function sentOnTo(between: string, text: string, lang: Lang): boolean {
  if (!hasAnyOnce(SENT_BY_US, lang, text)) return false;
  const gap = between.trimEnd();
  return findAllOnce(DATA_FROM_ON_TO, lang, gap).some((s) => s.end === gap.length && s.start > 0);
}

/**
 * Whether a sentence presents the services it names as recipients, processors or tools. Reporting data to a
 * party ("rapporteres til Norges idrettsforbund", "melden wir ... an den Deutschen Fußball-Bund") passes it
 * on, as recipientsIn reads it (fix14b).
 */
function presentsRecipients(ref: SentenceRef, lang: Lang): boolean {
  const { ctx } = ref;
  return (
    sharingCue(ref, lang) ||
    reportsData(ref.sentence.text, lang) ||
    (ctx.segment.kind === 'list-item' && ctx.headingTopics.has('sharing')) ||
    ctx.affinity.sharing >= AFFINITY_ALONE
  );
}

const NEEDS_CUE = new Set(parties.needsCue);
const EMBED = cues.embed as LangTerms;
/** "self-hosted", "auto-hospedada", "selbst gehostete": a tool run by the operator itself is no recipient. */
const SELF_HOSTED_BEFORE = recipients.selfHosted.before as LangTerms;
/** "on our own servers", "auf unseren eigenen Servern": said only after the tool's name ("Matomo, a self-hosted tool" too). */
const SELF_HOSTED_AFTER = recipients.selfHosted.after as LangTerms;
/**
 * The only words that may stand between those words and the name they qualify: articles, "version / instance
 * of", "hosted" ("a self-hosted instance of Matomo", "Matomo, alojado nos nossos próprios servidores").
 * Matched alone in those short gaps (findAllOnce), not declared: articles and "of" would put a record on
 * almost every word of every sentence walked (about 900 a 10,000-word page, a third of all records).
 */
const SELF_HOSTED_BRIDGE = recipients.selfHosted.bridge as LangTerms;
declareTables([EMBED, SELF_HOSTED_BEFORE, SELF_HOSTED_AFTER]);
/** How far from a tool's name "self-hosted" may stand ("a self-hosted version of Plausible Analytics"). */
const SELF_HOSTED_REACH = recipients.selfHosted.reach;
/** Between a name and the words qualifying it: at most an opening comma or bracket, then words. */
const SELF_HOSTED_GAP = /^\s*[,(]?[\s\p{L}'’]*$/u;
const GAP_WORD = /\p{L}+/gu;

/**
 * Whether the service named at `m` is one the operator hosts itself ("our self-hosted Matomo", "uma versão
 * auto-hospedada de Plausible Analytics", "Matomo, auf unseren eigenen Servern"): its data goes to no one
 * (the labelling rule: a self-hosted tool is not a recipient). The words must qualify the name directly:
 * next to it, or in an apposition ("Matomo (self-hosted)", "Plausible, self-hosted on our servers"), with
 * nothing between but articles and "version of"; so "We use self-hosted fonts and Google Analytics", "Our
 * website is self-hosted, but we use Google Analytics" and "self-hosted Matomo and Google Analytics" still
 * name Google Analytics.
 */
function selfHosted(m: Mention, mentions: readonly Mention[], text: string, lang: Lang): boolean {
  const between = (from: number, to: number): boolean =>
    to - from <= SELF_HOSTED_REACH &&
    bridged(text.slice(from, to), lang) &&
    !mentions.some((o) => o !== m && o.start >= from && o.end <= to);
  // "self-hosted" after the name qualifies it ("Matomo, a self-hosted tool") unless a name follows it
  // ("Google Analytics and a self-hosted Matomo").
  const qualifiesNext = (s: Span): boolean =>
    mentions.some((o) => o.start >= s.end && o.start - s.end <= SELF_HOSTED_REACH);
  const before = findAll(SELF_HOSTED_BEFORE, lang, text);
  return (
    before.some((s) => s.end <= m.start && between(s.end, m.start)) ||
    findAll(SELF_HOSTED_AFTER, lang, text).some((s) => s.start >= m.end && between(m.end, s.start)) ||
    before.some((s) => s.start >= m.end && between(m.end, s.start) && !qualifiesNext(s))
  );
}

/** Whether a gap holds nothing but an opening comma or bracket and bridge words ("instance of", ", a"). */
function bridged(gap: string, lang: Lang): boolean {
  if (!SELF_HOSTED_GAP.test(gap)) return false;
  return [...gap.matchAll(GAP_WORD)].every((w) => isWholeTerm(SELF_HOSTED_BRIDGE, lang, w[0]));
}

/** Words that join a further provider to a sign-in button ("Sign in with Google or Facebook"). */
const SIGN_IN_OR = recipients.signInAlternatives as LangTerms;
/** What may stand between a sign-in button and a further provider: a comma and/or one joining word. */
const SIGN_IN_GAP = /^\s*(?:,\s*)?(?:(\p{L}+)\s+)?$/u;
/** A sign-in button or account the dictionary ignores, ending in its provider: "Sign in with Google", "compte Google". */
const ENDS_IN_NAME = /\s\p{Lu}[\p{L}]*$/u;

/**
 * "mit", "über", "met": what leads a run of providers whose sign-in verb comes last, as German and Dutch put
 * it ("Sie können sich mit Google oder Apple anmelden", "Je kunt je met Google of Apple aanmelden"). Matched
 * alone in the few characters around a run, so not declared.
 */
const SIGN_IN_LEADS = recipients.signInVerbFinal.leads as LangTerms;
/** "anmelden", "einloggen", "aanmelden", "inloggen": the sign-in verb right after the run. */
const SIGN_IN_VERBS_AFTER = recipients.signInVerbFinal.verbs as LangTerms;
/** How far around a run of providers its lead and verb are looked for (characters). */
const SIGN_IN_REACH = 24;

/**
 * The mentions that only add a provider to a sign-in button ("Sign in with Google or Facebook", "Log in with
 * Apple, Google or Facebook"): one more way for the reader to log in, which names the company no more than
 * the button itself does (`third-parties.json` `ignore`).
 */
function signInAlternatives(mentions: readonly Mention[], text: string, lang: Lang): Set<Mention> {
  const alternatives = new Set<Mention>();
  let prev: Mention | undefined;
  let prevIsSignIn = false;
  for (const m of mentions) {
    if (prevIsSignIn && m.service && joinedAlternatives(prev, m, text, lang)) alternatives.add(m);
    prevIsSignIn =
      alternatives.has(m) || (m.service === null && ENDS_IN_NAME.test(text.slice(m.start, m.end)));
    prev = m;
  }
  for (const m of verbFinalSignIns(mentions, text, lang)) alternatives.add(m);
  return alternatives;
}

/**
 * Providers between "mit"/"met" and a sign-in verb, joined by "oder", "und", commas ("mit Google oder Apple
 * anmelden"): sign-in buttons said with the verb last, which name no recipient.
 */
function verbFinalSignIns(mentions: readonly Mention[], text: string, lang: Lang): Mention[] {
  const found: Mention[] = [];
  let i = 0;
  while (i < mentions.length) {
    let j = i;
    while (j + 1 < mentions.length && joinedAlternatives(mentions[j], mentions[j + 1], text, lang)) j++;
    const first = mentions[i];
    const last = mentions[j];
    if (first && last && ledBySignIn(text, first.start, lang) && signInVerbAfter(text, last.end, lang))
      found.push(...mentions.slice(i, j + 1));
    i = j + 1;
  }
  return found;
}

/** Whether two mentions stand side by side as alternatives: a comma and/or one joining word between them. */
function joinedAlternatives(
  a: Mention | undefined,
  b: Mention | undefined,
  text: string,
  lang: Lang,
): boolean {
  if (!a || !b) return false;
  const gap = SIGN_IN_GAP.exec(text.slice(a.end, b.start));
  return gap !== null && (gap[1] === undefined || isWholeTerm(SIGN_IN_OR, lang, gap[1]));
}

/** Whether a sign-in lead ("mit", "met") ends right before `at`. */
function ledBySignIn(text: string, at: number, lang: Lang): boolean {
  const before = text.slice(Math.max(0, at - SIGN_IN_REACH), at);
  const end = before.trimEnd().length;
  return end < before.length && findAllOnce(SIGN_IN_LEADS, lang, before).some((l) => l.end === end);
}

/** Whether a sign-in verb ("anmelden", "inloggen") begins right after `at`. */
function signInVerbAfter(text: string, at: number, lang: Lang): boolean {
  const after = text.slice(at, at + SIGN_IN_REACH);
  const start = after.length - after.trimStart().length;
  return start > 0 && findAllOnce(SIGN_IN_VERBS_AFTER, lang, after).some((v) => v.start === start);
}

/**
 * Known services named as recipients in one sentence. A product ("Google Analytics", "Stripe") counts
 * wherever it is mentioned, unless negated; a bare company or social network ("Google", "LinkedIn") only
 * where the sentence presents it as a recipient or tool, so "log in with your Google account" does not.
 * A service the sentence leaves out of what it shares ("except Google") is none.
 * An embedded social network (video, share button, plugin) is a social-networks recipient.
 */
function knownIn(ref: SentenceRef, lang: Lang, firstParty: string): NamedParty[] {
  const text = ref.sentence.text;
  if (disclaims(text, lang)) return [];
  const presents = presentsRecipients(ref, lang);
  const embedded = hasAny(EMBED, lang, text);
  const named: NamedParty[] = [];
  const mentions = serviceMentions(text, lang);
  // "with our partners, except Google": a service left out of what is shared is no recipient.
  const left = leftOut(mentions, text, lang);
  const signIns = mentions.length > 1 ? signInAlternatives(mentions, text, lang) : new Set<Mention>();
  // "We share your e-mail address with Facebook", "Facebook erhält Daten": a network given data is a recipient.
  // "You can share our articles on Facebook": the reader's own posting names no recipient.
  const anySocial = mentions.some((m) => m.service?.category === 'social');
  const receiving = anySocial ? networksReceiving(mentions, text, lang) : new Set<Mention>();
  const placesToPost = anySocial ? readersPlaces(mentions, text, lang) : new Set<Mention>();
  // "We publish our news on Facebook": the operator's own channel names no recipient either.
  const ownChannels = anySocial ? operatorsPlaces(mentions, text, lang) : new Set<Mention>();
  const operatorShares = hasAny(SHARE, lang, text);
  // A service inside a definition of a party is no recipient, as the kinds beside it are not (recipients.ts);
  // read at the first service named (most sentences name none).
  let defined = -1;
  for (const m of mentions) {
    const service = m.service;
    if (!service || firstParty.includes(service.name.toLowerCase())) continue;
    if (defined < 0) defined = definitionEnd(text, lang);
    if (
      m.start < defined ||
      negatedBefore(text, m.start, lang) ||
      left.has(m) ||
      signIns.has(m) ||
      selfHosted(m, mentions, text, lang)
    )
      continue;
    if (inMailAddress(text, m.start)) continue;
    if (readerChannel(text, m.start, m.end, lang, operatorShares)) continue;
    if (!presents && ofCommunity(m, text, lang)) continue;
    const social = service.category === 'social';
    const receives = receiving.has(m);
    if (social && !receives && (placesToPost.has(m) || ownChannels.has(m))) continue;
    const pixel = social && pixelOf(m, text, lang);
    const cued = presents || receives || toolVerbBefore(text, m.start, lang) || (social && embedded) || pixel;
    if ((NEEDS_CUE.has(service.category) || service.needsCue) && !cued) continue;
    const recipient =
      receives || (social && embedded) || pixel
        ? (parties.embeddedRecipient as Recipient)
        : recipientOf(service.category);
    named.push({ name: service.name, recipient });
  }
  // "Google Analytics, provided by Google", "Gravatar (Automattic)": the company behind a product named
  // beside it adds nothing.
  return named.filter((n) => !named.some((o) => o !== n && (o.name.startsWith(`${n.name} `) || makes(n, o))));
}

/** "pixel", "piksel", "pixl": a pixel right after a network's name ("Facebook-pikselen", "Meta-pixeln"). */
const PIXEL_AFTER = new RegExp(`^[\\s-]?(?:${recipients.networkPixels.after.join('|')})(?![\\p{L}])`, 'iu');
/** "das Pixel von", "le pixel de", "piksela": a pixel right before a network's name. Matched alone, not declared. */
const PIXEL_BEFORE = recipients.networkPixels.before as LangTerms;
/** How far from the name a pixel word may stand (characters; bounds the work). */
const PIXEL_REACH = 24;

/**
 * Whether the network named at `m` is named by its pixel ("das Pixel von Meta", "Facebook-pikselen", "le pixel
 * de Meta", probe21): a tag on the operator's pages that sends the visit to the network, so a social-networks
 * recipient. The catalogue's own pixel names ("Facebook Pixel", "Meta-Pixel", "pixel de Meta") are the Facebook
 * Pixel (advertisers) and are not this: the mention here is the bare network.
 */
function pixelOf(m: Mention, text: string, lang: Lang): boolean {
  if (PIXEL_AFTER.test(text.slice(m.end, m.end + PIXEL_REACH))) return true;
  const before = text.slice(Math.max(0, m.start - PIXEL_REACH), m.start);
  const trimmed = before.trimEnd();
  return (
    trimmed.length < before.length &&
    findAllOnce(PIXEL_BEFORE, lang, trimmed).some((p) => p.end === trimmed.length)
  );
}

/** Products of a company whose name they do not bear ("Automattic": WordPress.com, Gravatar, Jetpack). */
const PRODUCTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  parties.services.flatMap((s) => ('products' in s ? [[s.name, new Set(s.products)] as const] : [])),
);

function makes(company: NamedParty, product: NamedParty): boolean {
  return PRODUCTS.get(company.name)?.has(product.name) ?? false;
}

/** "community", "Gemeinschaft", "communauté", "społeczność": a community of people named after a service. */
const COMMUNITY = recipients.communities.words as LangTerms;
/** "la communauté de", "la comunidad de", "społeczność": the same word before the service's name. */
const COMMUNITY_BEFORE = recipients.communities.before as LangTerms;
/** How far from the name the community word may stand (bounds the work). */
const COMMUNITY_REACH = recipients.communities.reach;
/** Between a name and its community word: capitalised words of a project's name, spaces and hyphens. */
const COMMUNITY_GAP = /^(?:[\s-]+\p{Lu}[\p{L}\p{N}.'’]*)*[\s-]*$/u;

/**
 * Whether the service at `m` only qualifies a community of people: "with the help of the GitHub Notepads
 * App community built the app", "die WordPress-Community", "la communauté WordPress", "społeczność
 * GitHub". Such a credit line gives the service nothing; asked only where the sentence does not present
 * recipients ("We share your posts with the GitHub community" is read as before).
 */
function ofCommunity(m: Mention, text: string, lang: Lang): boolean {
  const after = text.slice(m.end, m.end + COMMUNITY_REACH);
  if (findAllOnce(COMMUNITY, lang, after).some((c) => COMMUNITY_GAP.test(after.slice(0, c.start))))
    return true;
  const before = text.slice(Math.max(0, m.start - COMMUNITY_REACH), m.start).trimEnd();
  return findAllOnce(COMMUNITY_BEFORE, lang, before).some((c) => c.end === before.length);
}

/** The end of a mail address's local part and domain up to a name: "notepadsapp@outlook" before ".com". */
const MAIL_BEFORE = /@[\p{L}\p{N}.-]*$/u;
/** How far back a mail address's domain may begin (bounds the work). */
const MAIL_REACH = 64;

/**
 * Whether the name at `start` is (part of) the domain of a mail address ("notepadsapp@outlook.com",
 * "kontakt@gmail.com"): the operator's contact address names no service data goes to.
 */
function inMailAddress(text: string, start: number): boolean {
  return MAIL_BEFORE.test(text.slice(Math.max(0, start - MAIL_REACH), start));
}

const groupRegexes = new Map<Lang, RegExp[]>();

function groupPatterns(lang: Lang): RegExp[] {
  let list = groupRegexes.get(lang);
  if (!list) {
    list = termsFor(groupNames.patterns as LangTerms, lang).map((p) => new RegExp(expandTerm(p), 'gu'));
    groupRegexes.set(lang, list);
  }
  return list;
}

/** Corporate groups data is shared within ("companies in the Nemetschek Group"): affiliates by name. */
function groupsIn(ref: SentenceRef, lang: Lang): NamedParty[] {
  const text = ref.sentence.text;
  if (!hasAny(SHARE, lang, text)) return [];
  const named: NamedParty[] = [];
  for (const regex of groupPatterns(lang)) {
    for (const m of text.matchAll(regex)) {
      const name = (m[1] ?? '').trim();
      if (name) named.push({ name: name.charAt(0).toUpperCase() + name.slice(1), recipient: 'affiliates' });
    }
  }
  return named;
}

const STOPWORDS = new Set(groupNames.listNameStopwords.map((w) => w.toLowerCase()));
const CONNECTORS = new Set([
  '&',
  'and',
  'of',
  'de',
  'und',
  'og',
  'och',
  'et',
  'y',
  'e',
  'i',
  'von',
  'van',
  'der',
]);
const NAME_TOKEN = /^[\p{Lu}\p{N}][\p{L}\p{N}&.'+-]*$/u;

/** The bare text of a list item that may be a company name: markup, notes in brackets and end punctuation removed. */
function bareItem(text: string): string {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[*_`"“”]/g, ' ')
    .replace(/[;,.:]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A short run of capitalised words that looks like a company or product name, not a category. */
export function looksLikeName(text: string, lang: Lang): boolean {
  const tokens = text.split(' ');
  if (text.length === 0 || text.length > 40 || tokens.length > 4) return false;
  if (tokens.some((t) => STOPWORDS.has(t.toLowerCase()))) return false;
  if (!tokens.every((t) => CONNECTORS.has(t.toLowerCase()) || NAME_TOKEN.test(t))) return false;
  if (!NAME_TOKEN.test(tokens[0] ?? '')) return false;
  if (tokens.length === 1 && !/\p{Ll}\p{Lu}|\p{N}|\.\p{L}/u.test(text)) return false;
  return typedMatches(RECIPIENT_KINDS, undefined, text, lang).length === 0;
}

/** An unknown name listed as an item of a sharing list, with the item that lists it. */
export interface ListedName {
  readonly ctx: SegmentContext;
  readonly party: NamedParty;
}

/**
 * Unknown names listed under a sharing heading or intro ("Our processors: - Sendinblue - OVHcloud"): only
 * when at least two items of the run look like names, so a lone capitalised item is never taken.
 */
export function listedNames(contexts: readonly SegmentContext[], lang: Lang): ListedName[] {
  const named: ListedName[] = [];
  let run: SegmentContext[] = [];
  const flush = (): void => {
    const names = run.flatMap((ctx) => {
      const name = bareItem(ctx.segment.text);
      return looksLikeName(name, lang) ? [{ ctx, name }] : [];
    });
    if (names.length >= 2)
      for (const { ctx, name } of names) named.push({ ctx, party: { name, recipient: 'service-providers' } });
    run = [];
  };
  for (const ctx of contexts) {
    const inSharingList =
      ctx.segment.kind === 'list-item' &&
      (ctx.headingTopics.has('sharing') || (ctx.intro !== '' && hasAny(SHARE, lang, ctx.intro)));
    if (!inSharingList || (run[0] && run[0].intro !== ctx.intro)) flush();
    if (inSharingList) run.push(ctx);
  }
  flush();
  return named.filter((n) => serviceMentions(n.party.name, lang).length === 0);
}

/** The services and groups each sentence names as recipients, index for index with `refs`. */
export function namedInSentences(
  refs: readonly SentenceRef[],
  lang: Lang,
  firstParty: string,
): NamedParty[][] {
  const owner = firstParty.toLowerCase();
  return refs.map((ref) => {
    const known = knownIn(ref, lang, owner);
    const groups = groupsIn(ref, lang);
    return groups.length === 0 ? known : known.concat(groups);
  });
}

/** Every named recipient of the page, deduplicated, in order of first appearance. */
export function mergeNamed(
  perSentence: readonly (readonly NamedParty[])[],
  listed: readonly ListedName[],
): NamedParty[] {
  const seen = new Map<string, NamedParty>();
  const add = (n: NamedParty): void => {
    const prior = seen.get(n.name);
    if (!prior || (prior.recipient === null && n.recipient !== null)) seen.set(n.name, n);
  };
  for (const inSentence of perSentence) for (const n of inSentence) add(n);
  for (const l of listed) add(l.party);
  return [...seen.values()];
}
