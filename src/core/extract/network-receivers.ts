import type { Lang } from '../vocabulary';
import { findAllOnce, hasAnyOnce, type LangTerms, type Span } from './lexicon';
import lex from './lexicon/network-receivers.json';
import { negatedBefore, negatedClause } from './negation';
import type { Mention } from './service-mentions';

/**
 * The social networks (third-parties.json names, category social) that are a `social-networks` recipient
 * where the sentence gives them data. Messengers (WhatsApp, Telegram, Discord), share tools (AddThis) and video
 * (YouTube) are left out: a message sent through them or an embed is no data handed to a network.
 */
const NETWORKS: ReadonlySet<string> = new Set(lex.networks);
/**
 * Verbs of passing data on ("share", "übermitteln", "delen", "videregive", "partager", "trafić"): a narrower list
 * than the sharing cues, which also hold party nouns ("third party", "recipients") that pass nothing on.
 */
const PASS_VERBS = lex.passVerbs as LangTerms;
/**
 * "shared with", "received by", "verzameld door", "collectées par": a passive verb of passing on or receiving
 * and its lead. Not "processed / stored / hosted by": a network processing data for the operator is a
 * processor, no recipient (the cloudockit seed's gold: "processed by LinkedIn and Indeed").
 */
const PASSIVE_LEADS = lex.passiveLeads as LangTerms;
/** "with", "to", "an", "met", "til", "avec", "con", "do": the word that leads the party data goes to. */
const LEADS = lex.leads as LangTerms;
/** "you can share ... ", "Sie können ... teilen", "puedes compartir": the reader sharing something themselves. */
const READER_SHARES = lex.readerShares as LangTerms;
/** "on", "auf", "på", "sur", "en": the word that puts a network as the place the reader posts to. */
const ON_WORDS = lex.onWords as LangTerms;
/** How far before the lead a verb of passing data on may stand (characters). */
const LEAD_REACH = lex.leadReach;
/** "and", "or", "og": a further network joined to one led by "with" ("with Facebook and Instagram"). */
const JOINS = lex.joins as LangTerms;
/** "jointly with", "gemeinsam mit", "samen met": a network that processes the data with the operator. */
const JOINT = lex.joint as LangTerms;
/** "process", "verarbeiten", "behandle", "controller": joint processing needs one of these in the sentence. */
const JOINT_PROCESSING = lex.jointProcessing as LangTerms;
/** "receives ... information", "erhält ... Daten": right after the network's name, it receives data. */
const RECEIVES_AFTER = lex.receivesAfter as LangTerms;
/** "ontvangt", "erhält", "mottar": the verb put before its subject (V2 languages: "dann erhält Facebook"). */
const RECEIVES_BEFORE = lex.receivesBefore as LangTerms;
/** The data word the inverted verb must take: "ontvangt Facebook informatie". */
const RECEIVED_OBJECT = lex.receivedObject as LangTerms;
/** How far after the name the data word of an inverted verb may stand (characters). */
const OBJECT_REACH = lex.objectReach;
/** "data", "Ihre E-Mail-Adresse", "oplysninger": what the verb before "with" / "to" must pass on, in the lead's clause. */
const DATA_OBJECTS = lex.dataObjects as LangTerms;
/** "på", "auf", "via", "op": a name after these is a place ("På Facebook får du ..."), not the subject receiving. */
const PLACE_BEFORE = lex.placeBefore as LangTerms;
/** "followers", "friends", "følgere": a name right before these modifies them ("Instagram followers"), no network. */
const AUDIENCE_AFTER = lex.audienceAfter as LangTerms;
/** "-Server", "-Konzern": the second halves of a compound that still name the network as a company. */
const COMPOUND_KEEPS = lex.compoundKeeps.map((t) => new RegExp(`^-${t}$`, 'iu'));
/** "übermittelt", "doorgegeven": the verb put last, right after "an Facebook" (de, nl). */
const PASS_AFTER = lex.passAfter as LangTerms;
/** "provide", "give", "übermitteln": a verb whose indirect object is the name right after it ("We give Meta your ..."). */
const PASS_BEFORE = lex.passBefore as LangTerms;
/** "we", "wir", "vi", "nous": the operator as the subject of a verb after the reader's own act. */
const OPERATOR_SUBJECT = lex.operatorSubject as LangTerms;
/** "we post", "teilen wir", "publiceren wij", "udostępniamy": the operator posting or sharing, subject and verb. */
const OPERATOR_POSTS = lex.operatorPosts as LangTerms;
/** "teilen", "delen": the posting verb put last, right after "auf Facebook" (de, nl: "dass wir ... auf Facebook teilen"). */
const POSTS_AFTER = lex.postsAfter as LangTerms;
/** How far before the "on" word the operator's posting verb may stand (characters). */
const POST_REACH = lex.postReach;
/** "your", "Ihre", "uw", "dine", "tuoi", "Twoje": what is posted is the reader's. */
const READER_CONTENT = lex.readerContent as LangTerms;
/**
 * "if you wish", "wenn Sie es wünschen", "hvis du ønsker det", "se lo desideri": posting on the reader's wish. It
 * makes no posting the reader's by itself ("If you want to stay updated, we post our news on Facebook"); it lets a
 * possessive that is also "his / their" (READER_CONTENT_FORMAL) be the reader's.
 */
const READER_WISH = lex.readerWish as LangTerms;
/** es "sus", it "suoi", pt "seus", "suas": the formal "your", also "his / their", the reader's only with a wish said. */
const READER_CONTENT_FORMAL = lex.readerContentFormal as LangTerms;
/**
 * "the", "also", "automatically", "i", "os", nb "ut": what may stand between the posting verb and the reader's
 * possessive that opens its object ("we also post your", "pubblichiamo i tuoi", "legger vi ut resultatene dine").
 * Any other word makes the possessive part of another phrase: "tips for your training", "news about your store",
 * "job offers in your area", "die Termine Ihres Vereins".
 */
const POSTED_OBJECT_GAP = lex.postedObjectGap as LangTerms;
/** How many gap words (POSTED_OBJECT_GAP) may stand before the possessive. */
const POSTED_OBJECT_GAP_WORDS = 2;
/** "them", "dem", "le", "los", "je": a pronoun for the reader's content, posted on the reader's wish (wishedPronoun). */
const POSTED_PRONOUNS = lex.postedPronouns as LangTerms;
/** fr, es, it, pt: the object pronoun may stand before its verb ("le pubblichiamo", "nous les publions"). */
const CLITIC_LANGS: ReadonlySet<string> = new Set(lex.cliticLanguages);
/** nb, sv, da: the possessive may follow its noun ("resultatene dine", "dina resultat" both read). */
const POSTPOSED: ReadonlySet<string> = new Set(lex.postposedPossessives);
/** en "your club's fixtures": the possessive belongs to a genitive, what is posted is no reader's content. */
const GENITIVE_AFTER = /^\s+[\p{L}\p{N}-]+['’]s?(?=\s|$)/u;
/** "-Konto", "-Profil", "-Seite": a compound naming the reader's own place on the network ("Instagram-Konto"). */
const OWN_PLACE = lex.ownPlace.map((t) => new RegExp(`^-${t}$`, 'iu'));
/** What may stand between "on" and the network: up to three words ("auf Ihrem", "sulla tua pagina", "op Strava en"). */
const ON_GAP = /^\s+(?:[\p{L}'’-]+\s+){0,3}$/u;
/** How much text before a name is looked at for its lead (characters; bounds the work). */
const BEFORE_REACH = 40;
/** What may stand between two networks joined as one list: a comma and/or one joining word. */
const JOIN_GAP = /^\s*(?:,\s*)?(?:(\p{L}+(?: \p{L}+)?)\s+)?$/u;
/** A clause or sentence break between a verb and the party it would govern. */
const BREAK = /[;:!?."“”]/;
/** The second half of a hyphenated compound right after a name ("Instagram-filtre", "LinkedIn-volgers"). */
const COMPOUND_AFTER = /^-\p{L}+/u;

/** The clause around [start, end): from the last break before it to the first break after it. */
function clauseOf(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !BREAK.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < text.length && !BREAK.test(text[to] ?? '')) to++;
  return [from, to];
}

/**
 * Whether the name at `m` is only the first half of a compound or modifies the noun after it ("Instagram-filtre",
 * "LinkedIn-volgers", "Instagram followers", "Facebook friends"): people or things, not the network.
 */
function modifier(m: Mention, text: string, lang: Lang): boolean {
  const after = text.slice(m.end, m.end + BEFORE_REACH);
  const compound = COMPOUND_AFTER.exec(after);
  if (compound) return !COMPOUND_KEEPS.some((k) => k.test(compound[0]));
  const gap = after.length - after.trimStart().length;
  return gap > 0 && findAllOnce(AUDIENCE_AFTER, lang, after).some((s) => s.start === gap);
}

/**
 * Whether the reader's own act ("you publish", "Sie können ... teilen") holds the verb at [start, end), or
 * opens its clause with no operator subject between ("You may choose to share your posts ... by sharing posts
 * to Twitter"); "When you post a comment, we share your IP address with Facebook" is the operator's act.
 */
function readersVerb(text: string, start: number, end: number, lang: Lang): boolean {
  return findAllOnce(READER_SHARES, lang, text).some((r) => {
    if (r.start > start) return false;
    if (r.end >= end) return true;
    const between = text.slice(r.end, start);
    return !BREAK.test(between) && !hasAnyOnce(OPERATOR_SUBJECT, lang, between);
  });
}

/** Whether data is named in the clause of a lead at `at` before it, or right after the name ending at `end`. */
function dataInClause(text: string, at: number, end: number, lang: Lang): boolean {
  const [from, to] = clauseOf(text, at, end);
  return (
    hasAnyOnce(DATA_OBJECTS, lang, text.slice(from, at)) ||
    hasAnyOnce(DATA_OBJECTS, lang, text.slice(end, Math.min(to, end + OBJECT_REACH)))
  );
}

/** Whether a term of `table` ends exactly where `before` ends (its trailing spaces trimmed). */
function endsWith(table: LangTerms, lang: Lang, before: string): Span | undefined {
  const trimmed = before.trimEnd();
  return findAllOnce(table, lang, trimmed).find((s) => s.end === trimmed.length);
}

/**
 * Whether the network named at `m` is led by "with" / "to" after a verb of passing data on earlier in its
 * clause ("We share your e-mail address with Facebook", "Vi deler oplysninger med Facebook"), or right after a
 * passive verb and its lead ("Data shared with Facebook"): "log in with Facebook" has no such verb before it,
 * "Follow us on Facebook" no lead, "Share Pinterest Facebook" (a row of buttons) no lead either. Not where the
 * reader is the one sharing ("you may choose to share posts to Twitter").
 */
function ledFromShare(m: Mention, mentions: readonly Mention[], text: string, lang: Lang): boolean {
  const from = Math.max(0, m.start - BEFORE_REACH);
  const before = text.slice(from, m.start);
  // "Photos you have shared to Instagram": the reader's own passive act is no passing on.
  const passive = endsWith(PASSIVE_LEADS, lang, before);
  if (passive) {
    const [start, end] = [from + passive.start, from + passive.end];
    return !findAllOnce(READER_SHARES, lang, text).some((r) => r.start < end && r.end > start);
  }
  const lead = endsWith(LEADS, lang, before);
  if (!lead) return givenTo(m, text, lang, before, from);
  const at = from + lead.start;
  // "Dabei werden Ihre Daten an Facebook übermittelt", "die wir an Facebook weitergeben": the verb comes last.
  const after = text.slice(m.end, m.end + BEFORE_REACH);
  const gap = after.length - after.trimStart().length;
  if (gap > 0 && findAllOnce(PASS_AFTER, lang, after).some((v) => v.start === gap)) {
    const v = m.end + gap;
    if (!readersVerb(text, v, v + 1, lang) && dataInClause(text, at, m.end, lang)) return true;
  }
  const governed = governingLead(at, mentions, text, lang, COORDINATED_DEPTH);
  // What is passed on must be data: "Wir geben Ihnen die Möglichkeit, sich mit Facebook anzumelden", "We send
  // you a link that takes you to Instagram" and "We sell our prints to Instagram followers" pass on none.
  return governed >= 0 && dataInClause(text, governed, m.end, lang);
}

/** How many leads a list may chain back to the verb ("with A, with B, and with Meta"). */
const COORDINATED_DEPTH = 4;
/** What joins a lead to the one before it in a list: a comma and/or a joining word (JOINS) right before it. */
const LIST_JOIN = /(?:,\s*(\p{L}+\s+)?|\s+(\p{L}+)\s+)$/u;

/**
 * Where the lead at `at` is governed by a verb of passing data on: `at` itself where the last such verb before it
 * in its clause reaches it, or the position of an earlier lead of the same list it continues ("We share device
 * identifiers with advertising networks, with Google Analytics ..., and with Meta", probe21), the verb governing
 * that one; -1 where none does. Another service between the verb and the lead is the verb's party: "processed
 * by LinkedIn ... the 'Apply with LinkedIn' button" leads the button's name from no verb.
 */
function governingLead(
  at: number,
  mentions: readonly Mention[],
  text: string,
  lang: Lang,
  depth: number,
): number {
  const reach = Math.max(0, at - LEAD_REACH);
  const verb = findAllOnce(PASS_VERBS, lang, text.slice(reach, at))
    .filter(
      (v) =>
        !BREAK.test(text.slice(reach + v.end, at)) &&
        !mentions.some((o) => o.start >= reach + v.end && o.end <= at),
    )
    .at(-1);
  if (verb) return readersVerb(text, reach + verb.start, reach + verb.end, lang) ? -1 : at;
  if (depth === 0) return -1;
  const earlier = earlierLead(at, text, lang);
  return earlier < 0 ? -1 : governingLead(earlier, mentions, text, lang, depth - 1) < 0 ? -1 : at;
}

/**
 * The start of the lead of the same list before the lead at `at` (", and with Meta" after "with Google
 * Analytics"), in the same clause; -1 where the lead continues no list.
 */
function earlierLead(at: number, text: string, lang: Lang): number {
  const before = text.slice(Math.max(0, at - LEAD_REACH), at);
  const join = LIST_JOIN.exec(before);
  if (!join) return -1;
  const word = (join[1] ?? join[2] ?? '').trim();
  if (word !== '' && !findAllOnce(JOINS, lang, word).some((j) => j.start === 0 && j.end === word.length))
    return -1;
  const from = at - before.length;
  const head = before.slice(0, join.index);
  if (BREAK.test(head.slice(-1))) return -1;
  const lead = findAllOnce(LEADS, lang, head)
    .filter((l) => !BREAK.test(head.slice(l.end)))
    .at(-1);
  return lead ? from + lead.start : -1;
}

/**
 * "We provide Facebook with hashed e-mail addresses", "We give Meta your e-mail address", "Wir übermitteln
 * Facebook Ihre E-Mail-Adresse": the name right after a verb of giving and data named right after it (not
 * negated: "Wir geben Facebook keine Daten"), with the operator as the subject.
 */
function givenTo(m: Mention, text: string, lang: Lang, before: string, from: number): boolean {
  const verb = endsWith(PASS_BEFORE, lang, before);
  if (!verb) return false;
  // The operator gives: "we" before the verb in its clause ("You give Facebook your e-mail address" is no).
  const [start, to] = clauseOf(text, m.start, m.end);
  if (!hasAnyOnce(OPERATOR_SUBJECT, lang, text.slice(start, from + verb.start))) return false;
  const after = text.slice(m.end, Math.min(to, m.end + OBJECT_REACH));
  const data = findAllOnce(DATA_OBJECTS, lang, after)[0];
  return data !== undefined && !negatedBefore(text, m.end + data.end, lang);
}

/** "gemeinsam mit Meta" in a sentence about processing ("verarbeiten wir gemeinsam mit Meta Ihre Daten"). */
function jointWith(m: Mention, text: string, lang: Lang): boolean {
  const before = text.slice(Math.max(0, m.start - BEFORE_REACH), m.start);
  if (endsWith(JOINT, lang, before) === undefined) return false;
  // The processing must be said in the name's clause: "together with Instagram ... organises a photo
  // contest; entries are processed by the jury" is no joint processing.
  const [from, to] = clauseOf(text, m.start, m.end);
  return hasAnyOnce(JOINT_PROCESSING, lang, text.slice(from, to));
}

/** "Facebook receives information", "ontvangt Facebook informatie": the network as the subject of receiving data. */
function receivesData(m: Mention, text: string, lang: Lang): boolean {
  const after = text.slice(m.end, m.end + BEFORE_REACH + OBJECT_REACH);
  const lead = after.length - after.trimStart().length;
  const before = text.slice(Math.max(0, m.start - BEFORE_REACH), m.start);
  const got = findAllOnce(RECEIVES_AFTER, lang, after).find((r) => r.start === lead && lead > 0);
  // "På Facebook får du informasjon", "Über Instagram erhält jedes Mitglied Informationen": a name after a
  // preposition is where the reader gets news, not the subject receiving data.
  if (got) return !endsWith(PLACE_BEFORE, lang, before) && !negatedBefore(text, m.end + got.end, lang);
  if (!endsWith(RECEIVES_BEFORE, lang, before)) return false;
  const object = findAllOnce(RECEIVED_OBJECT, lang, text.slice(m.end, m.end + OBJECT_REACH))[0];
  return (
    object !== undefined &&
    !BREAK.test(text.slice(m.end, m.end + object.start)) &&
    !negatedBefore(text, m.end + object.end, lang)
  );
}

/**
 * "we post your achievements to Facebook", "teilen wir die Titel auf Ihrem Instagram-Konto", "publiceren wij uw
 * prestaties op Strava en Facebook", "du kan velge at vi deler dem på Facebook", "udostępniamy Twoje wyniki na
 * Facebooku": the operator posting the reader's content on a network, which so receives it. The operator must be
 * the subject of the posting verb ("You can share your results on Facebook" is the reader's act, "Follow us on
 * Instagram" posts nothing), what is posted the reader's ("your" between the verb and the name, or the reader's
 * wish said: "We post news on our Facebook page" is the operator's own, operatorsPlaces), and the clause neither negated ("We never
 * post to Facebook without your permission", "Wir teilen ... nicht") nor a question.
 */
function postedOn(m: Mention, text: string, lang: Lang): boolean {
  const [, to] = clauseOf(text, m.start, m.end);
  if (text[to] === '?' || negatedClause(text, m.start, lang)) return false;
  return postingOf(m, text, lang) === 'reader';
}

/**
 * Whose posting on the network named at `m` the sentence tells, with the operator as the subject of the posting
 * verb and the name after "on": the reader's content ("your" between the verb and the name, or the reader's wish
 * said) or the operator's own ("We publish our news on Facebook"); null where no such posting is told.
 */
function postingOf(m: Mention, text: string, lang: Lang): 'reader' | 'own' | null {
  const [from] = clauseOf(text, m.start, m.end);
  const start = Math.max(from, m.start - POST_REACH - BEFORE_REACH);
  const before = text.slice(start, m.start);
  const on = findAllOnce(ON_WORDS, lang, before)
    .filter((o) => ON_GAP.test(before.slice(o.end)))
    .at(0);
  if (!on) return null;
  const onAt = start + on.start;
  const verb = findAllOnce(OPERATOR_POSTS, lang, text.slice(from, onAt))
    .filter((v) => onAt - (from + v.end) <= POST_REACH)
    .at(-1);
  const objectFrom = verb ? from + verb.end : verbLast(m, text, lang, from, onAt);
  if (objectFrom < 0) return null;
  const verbWords = verb ? text.slice(Math.max(from, from + verb.start - CLITIC_REACH), objectFrom) : '';
  const reader =
    readerObject(text, objectFrom, onAt, lang) ||
    readerPossessive(text, text.slice(onAt, m.start), lang).length > 0 ||
    wishedPronoun(text, text.slice(objectFrom, onAt), verbWords, lang);
  return reader ? 'reader' : 'own';
}

/** How far before the posting verb a Romance clitic may stand ("le pubblichiamo", "los publicamos"; characters). */
const CLITIC_REACH = 5;

/**
 * The reader's possessives in `words`: "your", "Ihre" (capitalised: "ihrer" is their), and with the reader's wish
 * said in the sentence the formal ones that are also "his / their" (es "sus", pt "seus"). Used for the place
 * posted to too: "auf Ihrem Instagram-Konto", "sulla tua pagina Facebook" is the reader's own account.
 */
function readerPossessive(text: string, words: string, lang: Lang): Span[] {
  const found = [...findAllOnce(READER_CONTENT, lang, words)];
  if (hasAnyOnce(READER_WISH, lang, text)) found.push(...findAllOnce(READER_CONTENT_FORMAL, lang, words));
  return found.filter((p) => lang !== 'de' || words.charAt(p.start) !== 'i');
}

/**
 * "du kan velge at vi deler dem på Facebook", "se lo desideri, le pubblichiamo", "nous les publions": with the
 * reader's wish said, a pronoun that is the whole object (after gap words), or a clitic right before or inside the
 * posting verb (fr, es, it, pt), stands for the reader's content named before it.
 */
function wishedPronoun(text: string, object: string, verbWords: string, lang: Lang): boolean {
  if (!hasAnyOnce(READER_WISH, lang, text)) return false;
  const pronoun = (w: string) => wholeWord(POSTED_PRONOUNS, w, lang);
  const words = wordsIn(object).filter((w) => !gapWord(w, lang));
  if (words.length === 1 && pronoun(words[0] ?? '')) return true;
  return CLITIC_LANGS.has(lang) && wordsIn(verbWords).some(pronoun);
}

/** Whether a term of `table` is the whole of `word`. */
function wholeWord(table: LangTerms, word: string, lang: Lang): boolean {
  return findAllOnce(table, lang, word).some((g) => g.start === 0 && g.end === word.length);
}

/** Whether `word` may stand between the posting verb and what it posts ("the", "also", "i": POSTED_OBJECT_GAP). */
function gapWord(word: string, lang: Lang): boolean {
  return wholeWord(POSTED_OBJECT_GAP, word, lang);
}

/** The words of `text`, split at white space. */
function wordsIn(text: string): string[] {
  return text
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
}

/**
 * Whether the object posted, the words [from, to) between the posting verb (or the operator subject of a verb put
 * last) and the "on" word, is the reader's: it opens with the reader's possessive, after at most
 * POSTED_OBJECT_GAP_WORDS gap words ("we post your workouts", "pubblichiamo i tuoi risultati"), or (nb, sv, da) the
 * possessive follows the one noun that opens it and ends it ("deler vi resultatene dine på"). The formal
 * possessive that is also "his / their" counts only with the reader's wish said in the sentence. German "ihr"
 * counts only capitalised ("ihrer Erfolge" is their successes), en "your club's" is a genitive.
 */
function readerObject(text: string, from: number, to: number, lang: Lang): boolean {
  const object = text.slice(from, to);
  return readerPossessive(text, object, lang).some((p) => {
    if (lang === 'en' && GENITIVE_AFTER.test(object.slice(p.end))) return false;
    const words = wordsIn(object.slice(0, p.start));
    const gap = (w: string) => gapWord(w, lang);
    if (words.length <= POSTED_OBJECT_GAP_WORDS && words.every(gap)) return true;
    // nb/sv/da "resultatene dine": gap words, one noun, the possessive, and nothing after it.
    return (
      POSTPOSED.has(lang) &&
      words.length >= 1 &&
      words.length <= POSTED_OBJECT_GAP_WORDS + 1 &&
      words.slice(0, -1).every(gap) &&
      object.slice(p.end).trim() === ''
    );
  });
}

/**
 * "dass wir Ihre Erfolge auf Facebook teilen": the posting verb right after the name (or its "-Konto"), with the
 * operator in the clause before the "on" word; where its object begins (right after the last operator subject
 * before the "on" word), or -1.
 */
function verbLast(m: Mention, text: string, lang: Lang, from: number, onAt: number): number {
  const rest = text.slice(m.end, m.end + BEFORE_REACH);
  const compound = COMPOUND_AFTER.exec(rest);
  const after = compound ? rest.slice(compound[0].length) : rest;
  const gap = after.length - after.trimStart().length;
  if (gap === 0 || !findAllOnce(POSTS_AFTER, lang, after).some((v) => v.start === gap)) return -1;
  const subject = findAllOnce(OPERATOR_SUBJECT, lang, text.slice(from, onAt)).at(-1);
  return subject ? from + subject.end : -1;
}

/** Whether the name at `m` is the first half of a compound naming the reader's place there ("Instagram-Konto"). */
function ownPlace(m: Mention, text: string): boolean {
  const compound = COMPOUND_AFTER.exec(text.slice(m.end, m.end + BEFORE_REACH));
  return compound !== null && OWN_PLACE.some((p) => p.test(compound[0]));
}

/** Whether `b` continues a list that `a` heads: "Facebook and Instagram", "Facebook, Instagram". */
function joined(a: Mention, b: Mention, text: string, lang: Lang): boolean {
  const gap = JOIN_GAP.exec(text.slice(a.end, b.start));
  if (!gap) return false;
  return (
    gap[1] === undefined ||
    findAllOnce(JOINS, lang, gap[1]).some((j) => j.start === 0 && j.end === gap[1]?.length)
  );
}

/**
 * The mentions of social networks a sentence names as receiving data, so a `social-networks` recipient:
 * led by "with" / "to" after a verb of passing data on, processing jointly with the operator, the
 * subject of receiving data, or where the operator posts the reader's content ("we post your results on Facebook"); and a further network joined to one of these ("with Facebook and Instagram").
 * Negation before the name is the caller's to check.
 */
export function networksReceiving(
  mentions: readonly Mention[],
  text: string,
  lang: Lang,
): ReadonlySet<Mention> {
  return withListed(
    mentions,
    text,
    lang,
    (m) =>
      m.service !== null &&
      NETWORKS.has(m.service.name) &&
      (!modifier(m, text, lang) || (ownPlace(m, text) && postedOn(m, text, lang))),
    (m) =>
      ledFromShare(m, mentions, text, lang) ||
      jointWith(m, text, lang) ||
      receivesData(m, text, lang) ||
      postedOn(m, text, lang),
  );
}

/**
 * The mentions `eligible` admits that `marked` picks, and each eligible mention that continues a list one of
 * them heads ("with Facebook and Instagram", "on Facebook or LinkedIn").
 */
function withListed(
  mentions: readonly Mention[],
  text: string,
  lang: Lang,
  eligible: (m: Mention) => boolean,
  marked: (m: Mention) => boolean,
): ReadonlySet<Mention> {
  const found = new Set<Mention>();
  let prev: Mention | undefined;
  for (const m of mentions) {
    if (eligible(m) && (marked(m) || (prev !== undefined && found.has(prev) && joined(prev, m, text, lang))))
      found.add(m);
    prev = m;
  }
  return found;
}

/**
 * The networks a sentence names only as where the reader shares something themselves ("You can share our
 * articles on Facebook", "Sie können unsere Beiträge selbst auf Facebook teilen"): no data goes to it from
 * the operator, so they are named neither as recipients nor as a kind.
 */
export function readersPlaces(mentions: readonly Mention[], text: string, lang: Lang): ReadonlySet<Mention> {
  if (!hasAnyOnce(READER_SHARES, lang, text)) return new Set<Mention>();
  return withListed(
    mentions,
    text,
    lang,
    () => true,
    (m) => endsWith(ON_WORDS, lang, text.slice(Math.max(0, m.start - BEFORE_REACH), m.start)) !== undefined,
  );
}

/**
 * The networks a sentence names only as where the operator posts its own news ("We publish our news on
 * Facebook", "Publikujemy nasze aktualności na Facebooku"): the operator's channel, which receives none of the
 * reader's data, so named neither as a recipient nor as a kind.
 */
export function operatorsPlaces(
  mentions: readonly Mention[],
  text: string,
  lang: Lang,
): ReadonlySet<Mention> {
  if (!hasAnyOnce(OPERATOR_POSTS, lang, text)) return new Set<Mention>();
  return withListed(
    mentions,
    text,
    lang,
    (m) => m.service !== null && NETWORKS.has(m.service.name),
    (m) => postingOf(m, text, lang) === 'own',
  );
}
