import type { Lang } from '../vocabulary';
import { blankSpans } from './blank-spans';
import { findAll, findAllOnce, type LangTerms, type Span } from './lexicon';
import { cues } from './lexicon/cues/index';
import { dataTypes } from './lexicon/data-types/index';
import { CLAUSE_BREAKS, clauseAround, negatedBefore, negatedNear, negators } from './negation';

/**
 * A collection denied after the data it names ("Your name is never collected", "Votre adresse e-mail n'est
 * pas conservée", "Ihre IP-Adresse wird nicht gespeichert"), read only where the denial is outright: the
 * rule typesIn (collection.ts) asks of every mention.
 */
const COLLECT = cues.collect as LangTerms;
/** "and", "und", "oraz": "anonymised and not stored" denies a second verb, not the data (deniedOutright). */
const JOINS = dataTypes.joins as LangTerms;
/** A negation this close after a collection verb is its own: "werden nicht gespeichert", "speichern wir nicht". */
export const CUE_NEGATION_REACH = 12;
/**
 * "collected", "gespeichert", "conservée", "lagret": the verbs of gathering and keeping data, the only ones whose
 * denial after a mention denies the data (deniedAfter). A use verb denied ("wird nicht für Werbezwecke
 * verwendet", "brukes ikke til markedsføring") limits what the data is used for: the data is still processed.
 * This list and the three below are matched alone in the few stretches around a denied verb (findAllOnce),
 * not declared: their short common words ("is", "se", "op") would swell the matches of every sentence walked.
 */
const DENIED_VERB = cues.deniedVerb as LangTerms;
/**
 * "is", "wird", "n'est", "no se", "nie jest", "speichern wir nicht": auxiliaries, reflexives and subject pronouns
 * that may stand between a denied verb and its negation, where nothing else may ("nicht im Klartext gespeichert",
 * "nicht länger als 7 Tage gespeichert" limit the keeping, they do not deny it).
 */
const DENIAL_AUX = cues.denialAux as LangTerms;
/** "at all", "samlas inte in": what may follow a denied verb in its clause, where anything else limits it. */
const DENIAL_TAIL = cues.denialTail as LangTerms;
/**
 * "only", "nur", "utan": a word opening the clause after a denied verb's comma that says the data is kept
 * after all ("nicht gespeichert, sondern nur von unserem Hoster"), as the clause breaks "but", "unless" do.
 */
const DENIAL_PROVISO = cues.denialProviso as LangTerms;
/**
 * "speichern", "bewaren", "slaan": finite gathering and keeping verbs of German and Dutch, whose main clause
 * puts the verb second, the data after it and the negation at its end ("Wir speichern Ihre IP-Adresse nicht",
 * "Wij slaan uw IP-adres niet op"): closingDenial.
 */
const VERB_SECOND = cues.verbSecond as LangTerms;
/** "nicht", "niemals", "niet", "nooit": the negations that may close such a clause. */
const CLOSING_NEGATION = cues.closingNegation as LangTerms;
/**
 * "wir", "Ihre", "die", "dabei", "uw", "het": what may stand between such a verb, the data and the closing
 * negation besides other data and "and"; any other word ("im Klartext", "länger als") limits the keeping.
 */
const CLOSING_GAP = cues.closingGap as LangTerms;
/** "wenn", "falls", "als", "zolang": a clause after the closing negation's comma or "and" that sets a condition. */
const CLOSING_CONDITION = cues.closingCondition as LangTerms;
/** What ends the clause of a denied verb: a comma or a statement's end ("nicht gespeichert, auch nicht ..."). */
const DENIAL_END = /[,.;:!?•]|\s[–—]\s/;
/** A denied collection verb at most this far after a mention is said of it ("Votre nom ... ne sont jamais collectés"). */
const DENIED_AFTER_REACH = 80;
/** What parts a mention from a verb after it: the end of a statement. */
const STATEMENT_BREAK = /[.;:!?]/;

/**
 * Whether a mention is the subject of a denied gathering or keeping verb after it: "Your name is never
 * collected", "Votre adresse e-mail n'est pas conservée", "Personnummer samlas inte in". Only where no
 * collection verb before the mention in its clause is affirmed (in "We store your e-mail address and do not
 * use it for ads" the address is the object of "store"), and the first collection verb after it, within
 * DENIED_AFTER_REACH and the same statement, is denied outright (deniedOutright): "stored and not passed on",
 * "not used for advertising", "not stored in plain text", "not collected unless you register" keep the data.
 */
export function deniedAfter(text: string, lang: Lang, mentions: readonly Span[] = []): (m: Span) => boolean {
  const closing = closingDenial(text, lang, mentions);
  const cues = findAll(COLLECT, lang, text);
  if (cues.length === 0) return closing;
  const denied = (c: Span): boolean =>
    negatedBefore(text, c.start, lang) || negatedNear(text, c, CUE_NEGATION_REACH, lang);
  let words: DenialWords | undefined;
  return (m) => {
    if (closing(m)) return true;
    const clause = clauseAround(text, m.start, lang);
    if (cues.some((c) => c.start >= clause.start && c.end <= m.start && !denied(c))) return false;
    const next = cues.find((c) => c.start >= m.end);
    if (next === undefined || next.start - m.end > DENIED_AFTER_REACH) return false;
    if (STATEMENT_BREAK.test(text.slice(m.end, next.start))) return false;
    if (!findAllOnce(DENIED_VERB, lang, text.slice(next.start, next.end)).some((v) => v.start === 0))
      return false;
    words ??= denialWords(text, lang);
    return deniedOutright(text, m, next, words, lang);
  };
}

/** The negation words and auxiliaries of a sentence, found once for its mentions. */
interface DenialWords {
  readonly negations: readonly Span[];
  readonly auxiliaries: readonly Span[];
}

function denialWords(text: string, lang: Lang): DenialWords {
  return {
    negations: findAllOnce(negators(lang), lang, text),
    auxiliaries: findAllOnce(DENIAL_AUX, lang, text),
  };
}

/**
 * Whether the verb `verb` after mention `m` is denied outright: its negation stands right at it, before it
 * with only auxiliaries between ("is never collected", "n'est pas conservée", "nie jest przechowywany") and
 * not after "and" ("anonymised and not stored": a second verb of the data), or after it with only auxiliaries
 * or a pronoun between ("samlas inte", "speichern wir nicht"); and nothing limits it in its clause after it
 * (denialLimited).
 */
function deniedOutright(text: string, m: Span, verb: Span, words: DenialWords, lang: Lang): boolean {
  const before = runEndingAt(text, verb.start, m.end, words);
  if (before.negated) {
    const join = findAllOnce(JOINS, lang, text.slice(m.end, before.start)).at(-1);
    if (join !== undefined && text.slice(m.end + join.end, before.start).trim() === '') return false;
    return !denialLimited(text, verb.end, lang);
  }
  const after = runStartingAt(text, verb.end, words);
  return after.negated && !denialLimited(text, after.end, lang);
}

/** A run of auxiliaries and negation words next to a verb, and whether a negation is among them. */
interface Run {
  readonly start: number;
  readonly end: number;
  readonly negated: boolean;
}

/** Whether only spaces (or nothing, after "n'") lie between two positions. */
function adjacent(text: string, from: number, to: number): boolean {
  return from <= to && text.slice(from, to).trim() === '';
}

/** The run of auxiliaries and negation words that ends right before `end`, walking back no further than `floor`. */
function runEndingAt(text: string, end: number, floor: number, words: DenialWords): Run {
  let start = end;
  let negated = false;
  for (;;) {
    const at = start;
    const neg = words.negations.find((w) => w.start >= floor && adjacent(text, w.end, at));
    const aux = neg ?? words.auxiliaries.find((w) => w.start >= floor && adjacent(text, w.end, at));
    if (aux === undefined) return { start, end, negated };
    negated ||= neg !== undefined;
    start = aux.start;
  }
}

/** The run of auxiliaries and negation words that starts right after `start`. */
function runStartingAt(text: string, start: number, words: DenialWords): Run {
  let end = start;
  let negated = false;
  for (;;) {
    const at = end;
    const neg = words.negations.find((w) => w.end > at && adjacent(text, at, w.start));
    const aux = neg ?? words.auxiliaries.find((w) => w.end > at && adjacent(text, at, w.start));
    if (aux === undefined) return { start, end, negated };
    negated ||= neg !== undefined;
    end = aux.end;
  }
}

/**
 * Whether anything but "at all" or a particle follows a denied verb in its clause ("not stored for longer than
 * 7 days", "not used for advertising", "not stored by us but by our host", "not collected unless you
 * register"), or the clause after its comma opens with "but", "unless" or "only" ("nicht gespeichert, sondern
 * nur von unserem Hoster"): the negation limits the collection, it does not deny it. A clause after the comma
 * that opens otherwise ("not collected, so you can browse without an account") leaves the denial whole.
 */
function denialLimited(text: string, from: number, lang: Lang): boolean {
  const rest = text.slice(from);
  const stop = rest.search(DENIAL_END);
  const tail = stop < 0 ? rest : rest.slice(0, stop);
  if (!onlyWords(tail, [...findAllOnce(DENIAL_TAIL, lang, tail), ...findAllOnce(negators(lang), lang, tail)]))
    return true;
  if (stop < 0 || rest[stop] !== ',') return false;
  const next = rest.slice(stop + 1);
  const opening = next.length - next.trimStart().length;
  return [...findAllOnce(CLAUSE_BREAKS, lang, next), ...findAllOnce(DENIAL_PROVISO, lang, next)].some(
    (w) => w.start === opening,
  );
}

/** Whether `text` holds nothing but the words of `spans` and spaces. */
function onlyWords(text: string, spans: readonly Span[]): boolean {
  return blankSpans(text, spans).trim() === '';
}

/** The words a clause-final denial is read with, found once for a sentence's mentions. */
interface ClosingWords {
  readonly verbs: readonly Span[];
  readonly negations: readonly Span[];
  /** The gap words, "and" and the sentence's other mentions: what may stand between verb, data and negation. */
  readonly fillers: readonly Span[];
  /** "and", "or": what closes a list. */
  readonly joins: readonly Span[];
}

/**
 * Whether a mention is the object of a German or Dutch main clause whose gathering or keeping verb stands
 * before it and whose negation closes it: "Wir speichern Ihre IP-Adresse nicht", "Wir erheben Ihre E-Mail-Adresse
 * und Ihren Namen nicht", "Wij slaan uw IP-adres niet op". Only with nothing but pronouns, articles, a few
 * adverbs and other data between verb, mention and negation, and nothing after the negation but the verb's
 * particle before the clause ends (closingLimited): "nicht länger als 7 Tage", "nicht im Klartext", "niet
 * langer dan nodig", "nicht, sondern nur gekürzt" limit the keeping and keep the data.
 */
function closingDenial(text: string, lang: Lang, mentions: readonly Span[]): (m: Span) => boolean {
  let words: ClosingWords | undefined;
  return (m) => {
    words ??= closingWords(text, lang, mentions);
    const { verbs, negations, fillers, joins } = words;
    const verb = verbs.filter((v) => v.end <= m.start).at(-1);
    const negation = negations.find((n) => n.start >= m.end);
    if (verb === undefined || negation === undefined || !verbSecond(text, verb)) return false;
    if (!onlyListed(text.slice(verb.end, m.start), shifted(fillers, verb.end))) return false;
    if (!onlyListed(text.slice(m.end, negation.start), shifted(fillers, m.end))) return false;
    if (!listClosed(text, verb.end, negation.start, joins)) return false;
    return !closingLimited(text, negation.end, lang);
  };
}

/**
 * Whether a word stands before the verb in its statement: the verb is second, not first, where it opens a
 * condition or a question ("Speichern wir Ihre IP-Adresse nicht, können Sie ..." says the address is stored).
 */
function verbSecond(text: string, verb: Span): boolean {
  const lead = text.slice(0, verb.start);
  const start = Math.max(...[...'.;:!?'].map((c) => lead.lastIndexOf(c))) + 1;
  return /\p{L}/u.test(lead.slice(start));
}

/**
 * Whether the commas between a verb and its closing negation, if any, part a list that "and" or "or" closes
 * ("Ihre E-Mail-Adresse, Ihren Namen und Ihre IP-Adresse nicht"): without it the comma sets a contrast ("Wir
 * speichern Ihre IP-Adresse, Ihren Namen nicht" keeps the address).
 */
function listClosed(text: string, from: number, to: number, joins: readonly Span[]): boolean {
  const comma = text.lastIndexOf(',', to - 1);
  return comma < from || joins.some((j) => j.start > comma && j.end <= to);
}

function closingWords(text: string, lang: Lang, mentions: readonly Span[]): ClosingWords {
  const negations = findAllOnce(CLOSING_NEGATION, lang, text);
  if (negations.length === 0) return { verbs: [], negations, fillers: [], joins: [] };
  const joins = findAllOnce(JOINS, lang, text);
  return {
    verbs: findAllOnce(VERB_SECOND, lang, text),
    negations,
    fillers: [...findAllOnce(CLOSING_GAP, lang, text), ...joins, ...mentions],
    joins,
  };
}

/** Whether `text` holds nothing but the words of `spans`, commas and spaces: the words of a list. */
function onlyListed(text: string, spans: readonly Span[]): boolean {
  return blankSpans(text, spans).replaceAll(',', ' ').trim() === '';
}

/** Spans moved to offsets within a slice of the text that starts at `from`. */
function shifted(spans: readonly Span[], from: number): Span[] {
  return spans.map((s) => ({ start: s.start - from, end: s.end - from }));
}

/**
 * Whether a clause-final negation is limited: anything but the verb's particle ("op", "auf") follows it before
 * the clause ends, or the clause ends at a contrast ("sondern", "maar"), or the clause after its comma or "and"
 * opens with "but", "only" or a condition ("nicht, wenn Sie ...").
 */
function closingLimited(text: string, from: number, lang: Lang): boolean {
  const rest = text.slice(from);
  const punctuation = rest.search(DENIAL_END);
  const breaks = findAllOnce(CLAUSE_BREAKS, lang, rest);
  const join = findAllOnce(JOINS, lang, rest)[0];
  const stops = [
    punctuation < 0 ? rest.length : punctuation,
    breaks[0]?.start ?? rest.length,
    join?.start ?? rest.length,
  ];
  const stop = Math.min(...stops);
  if (!onlyWords(rest.slice(0, stop), findAllOnce(DENIAL_TAIL, lang, rest.slice(0, stop)))) return true;
  if (stop === rest.length) return false;
  if (breaks[0]?.start === stop) return true;
  if (stop === punctuation && rest[stop] !== ',') return false;
  const after = stop === punctuation ? stop + 1 : (join?.end ?? stop);
  const next = rest.slice(after);
  const opening = next.length - next.trimStart().length;
  return [CLAUSE_BREAKS, DENIAL_PROVISO, CLOSING_CONDITION].some((table) =>
    findAllOnce(table, lang, next).some((w) => w.start === opening),
  );
}
