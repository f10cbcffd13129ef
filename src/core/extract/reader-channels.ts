import type { Lang } from '../vocabulary';
import { findAllOnce, hasAnyOnce, type LangTerms } from './lexicon';
import lexicon from './lexicon/reader-channels.json';

/** The word a mention is replaced with while its sentence is read against ACTS and ACCOUNTS. */
const PLACEHOLDER = lexicon.placeholder;
/**
 * The reader's own act through a service ("You can forward recipes to your friends via WhatsApp", "Sie
 * können ... per WhatsApp an Freunde weiterleiten", "Puoi condividere le foto con i tuoi amici su
 * Instagram"), the service's name as `namex`. Matched alone, in the sentence with one mention replaced, so
 * not declared.
 */
const ACTS = lexicon.acts as LangTerms;
/**
 * Where data comes from: the service the reader signs up with ("if you sign up with LinkedIn", "Wenn Sie
 * sich mit LinkedIn registrieren"), the reader's own account there ("the details of your LinkedIn
 * profile", "tu perfil de LinkedIn") and what the reader brings from it ("anbefalinger fra LinkedIn").
 */
const ACCOUNTS = lexicon.accounts as LangTerms;
/** "we", "us", "wir", "nous": the operator in the act, which makes the service a recipient after all. */
const OPERATOR = lexicon.operator as LangTerms;
/**
 * Data passed to the service the sentence names again ("You can share posts on Facebook with our plugin,
 * which sends your IP address to Facebook" ("Om du loggar in med Google skickas din e-postadress ...
 * till Google", "... naar Google gestuurd"): the service signed in with is a recipient after all.
 */
const PASSIVES = lexicon.passives as LangTerms;

/** Whether another mention of the same name in the sentence is where data is passed to. */
function passedToAgain(text: string, start: number, end: number, lang: Lang): boolean {
  const lower = text.toLowerCase();
  const name = lower.slice(start, end);
  for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
    if (at === start) continue;
    const window = `${text.slice(0, at)}${PLACEHOLDER}${text.slice(at + name.length)}`;
    if (hasAnyOnce(PASSIVES, lang, window)) return true;
  }
  return false;
}

/**
 * Whether the service named at [start, end) is only the reader's channel, sign-in or own account, or the
 * source of data, not a party the operator gives data to (probe20, fixq20). Not where the operator takes
 * part in the act ("You can send us your photos via WhatsApp"), nor a source in a sentence where the operator
 * shares (`shares`: "Si vous vous connectez via Facebook, nous échangeons des informations avec ce réseau").
 */
export function readerChannel(
  text: string,
  start: number,
  end: number,
  lang: Lang,
  shares: boolean,
): boolean {
  const window = `${text.slice(0, start)}${PLACEHOLDER}${text.slice(end)}`;
  const to = start + PLACEHOLDER.length;
  // Every reading of the act must leave the operator out: "Als je de app gebruikt, kan de app je apparaat-ID met
  // Facebook delen" reads from the first "je" with the app sharing, though the second "je" alone would not.
  const holds = (table: LangTerms): boolean => {
    const acts = findAllOnce(table, lang, window).filter((s) => s.start <= start && s.end >= to);
    return acts.length > 0 && !acts.some((s) => hasAnyOnce(OPERATOR, lang, window.slice(s.start, s.end)));
  };
  return (holds(ACTS) || (!shares && holds(ACCOUNTS))) && !passedToAgain(text, start, end, lang);
}
