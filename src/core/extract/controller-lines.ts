import type { Lang } from '../vocabulary';
import { escapeRegExp, findAllOnce, hasAnyOnce, isWholeTerm, type LangTerms } from './lexicon';
import recipients from './lexicon/recipients.json';

/**
 * The label of a controller line: "Data controller", "Verantwortlicher", "Responsable du traitement",
 * "Titolare del trattamento", "Administratorem danych". Matched alone in sentences that name a party
 * (findAllOnce), so not declared.
 */
const LABELS = recipients.controllerLines.labels as LangTerms;
/** "is", "ist", "est", "es", "è", "jest": "El responsable del tratamiento es Banco del Sur". */
const COPULAS = recipients.controllerLines.copulas as LangTerms;
/** How far after its label a party word of the controller's name may stand (bounds the work). */
const REACH = recipients.controllerLines.reach;

/** What links a label to the name it gives: a colon or dash, or a copula word (checked apart), then the name. */
const LINK = /^\s*(?:[:–—-]\s*|\s(\p{L}+)\s*:?\s*)/u;
/** Small words inside a name ("Banque du Littoral", "Caja Rural del Sur"). */
const NAME_JOINS = recipients.controllerLines.nameJoins.map(escapeRegExp).join('|');
/**
 * The name so far: capitalised words, numbers, small words inside a name, each ended by a space or comma
 * ("Banque du Littoral SA, 12 "). One word is one token, so a failed test does not backtrack.
 */
const NAME_SO_FAR = new RegExp(`^(?:(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’-]*|${NAME_JOINS})[\\s,]+)*$`, 'u');

/**
 * Whether the party word at `start` is part of the name a controller line gives: "Responsable du
 * traitement : Banque du Littoral SA, ...", "Responsável pelo tratamento: Banco do Atlântico, S.A.",
 * "The data controller is Acme Bank plc". The controller is the operator itself, so its name ("Banque",
 * "Banco", "Hosting", "Services") names no recipient. Only capitalised words of the name may stand between
 * the label's link and the word: "Data controller: Acme Ltd, which shares data with payment providers"
 * still names the payment providers.
 */
export function inControllerName(text: string, start: number, lang: Lang): boolean {
  const before = text.slice(Math.max(0, start - REACH), start);
  return findAllOnce(LABELS, lang, before).some((label) => {
    const link = LINK.exec(before.slice(label.end));
    if (!link) return false;
    if (link[1] !== undefined && !isWholeTerm(COPULAS, lang, link[1])) return false;
    return NAME_SO_FAR.test(before.slice(label.end + link[0].length));
  });
}

/**
 * Whether a text holds a controller label ("Data controller", "Verantwortlich", "Responsable du traitement"):
 * the party it names is the one the reader deals with, not a processor (contact.ts keeps its address).
 */
export function namesController(text: string, lang: Lang): boolean {
  return hasAnyOnce(LABELS, lang, text);
}
