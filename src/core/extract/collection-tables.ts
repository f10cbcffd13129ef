/**
 * The lexicons collection reads (collection.ts declares them), each named once with why it is read, and the
 * affinity a sentence needs to count without a collection verb; shared by the modules that read collection.
 */
import type { DataType } from '../vocabulary';
import { joinedTerms, type LangTerms } from './lexicon';
import { cues } from './lexicon/cues/index';
import { dataTypes } from './lexicon/data-types/index';
import flags from './lexicon/flags.json';
import { retention } from './lexicon/retention/index';
import type { KindTerms } from './typed-matches';

/**
 * "We send you our newsletter", "Bekreftelser sendes på e-post": the practice of sending the person mail,
 * which states by itself that their address is processed. Strong `email` terms, that count where they pass
 * the same checks (sendingSaid) in a collection context or alone (sendsMail).
 */
export const SENDING = dataTypes.sending as LangTerms;
/**
 * "send us an e-mail", "uns per E-Mail kontaktieren", "ci invii una e-mail": the person writing to us by
 * e-mail. Strong `email` terms that count only where the sentence states what is done with what they send
 * ("If you send us an e-mail, we store your message"); an invitation to write, to ask or to exercise one's
 * rights by e-mail is the channel (mailSaid).
 */
export const WRITING = dataTypes.writing as LangTerms;
export const TYPES = withEmailTerms(dataTypes.types as Readonly<Record<DataType, KindTerms>>, [
  SENDING,
  WRITING,
]);
/**
 * The masks, and a session's end as retention reads it ("une fois que vous fermez votre navigateur", "when you
 * close your browser", "beim Schließen des Browsers"): a cookie's lifetime, no browser described, so the browser
 * there does not back a neighbouring "cookies" as device information.
 */
export const MASKS = joinedTerms([dataTypes.masks as LangTerms, retention.deletionWhenMask as LangTerms]);
export const COOKIES = TYPES.cookies.strong as LangTerms;
export const COLLECT = cues.collect as LangTerms;
/**
 * "zum Beispiel per E-Mail", "for example by e-mail": an example marker before a mail channel gives a means
 * of writing to us ("widerrufen, zum Beispiel per E-Mail an uns"), no example of data collected, so it states
 * no collection for mail as a channel (mailChannel).
 */
export const EXAMPLE_CHANNEL = cues.exampleChannel as LangTerms;
/**
 * "el nombre y apellidos de los participantes serán compartidos", "Ihre IP-Adresse wird an YouTube gesendet":
 * data passed on to others is data processed, so the sentence states what it names as a collection verb
 * would. Passive forms and participles mostly: active "we share" is said of data or of anything else.
 */
export const PASSED_ON = cues.passOn as LangTerms;
/**
 * "Personal data is any information relating to ... (e.g. name, address)": a definition, not a practice (no
 * data named).
 */
export const DEFINITION = cues.definition as LangTerms;
/**
 * "Cookies are small text files that a website stores on your computer": a definition of cookies, no cookie set
 * by this site. Unlike a definition of personal data, it often goes on to say what this site does with them
 * ("... that we use to collect your IP address"), so it hides its sentence only where the operator is not named
 * after it (OPERATOR_AFTER).
 */
export const COOKIE_DEFINITION = cues.cookieDefinition as LangTerms;
/**
 * "we", "uns", "nous", a first-person verb ("instalamos", "installiamo", "zapisujemy"): the operator named in a
 * sentence. After a cookie definition it makes the sentence this site's practice, not a definition; with a
 * request verb (ID_REQUEST) it makes a copy of an ID one the operator asks for.
 */
export const OPERATOR = cues.operator as LangTerms;
/**
 * "ask", "require", "verlangen", "demander", "pedir": asking for something. A copy of an ID is collected only
 * where the operator asks for it or requires it ("we may ask you for a copy of your ID"), not in a warning
 * ("fraudsters ask for a copy of your ID") or travel advice ("bring a copy of your passport").
 */
export const ID_REQUEST = cues.idRequest as LangTerms;
/**
 * "Stripe", "PayPal", "a payment service provider", "Zahlungsdienstleister", "prestataire de paiement": who
 * handles a payment. The handling of payments states payment data only with one named ("Card payments are
 * processed by Stripe"): payments to suppliers, royalties, "by our finance team" or payment terms ("Betaling
 * sker senest 8 dage") are no customer's payment data handed over.
 */
export const PAYMENT_AGENT = cues.paymentAgent as LangTerms;
/** "Contact us at ...", "we will notify you by e-mail": an invitation or a notice, not a collection. */
export const NOTICE = cues.notice as LangTerms;
/** "We will send you e-mails about changes to this policy": a notice of changes, mail as its channel. */
export const CHANGES = flags.changes.strong as LangTerms;
/**
 * "and", "und", "oraz": a word joining two statements. "... about changes to this privacy policy and send you
 * our newsletter": the sending after it is a statement of its own, not the notice of changes (changesNotice).
 * Matched alone in the few stretches between a change and a sending (findAllOnce), not declared: these short
 * common words would swell the matches of every sentence walked.
 */
export const JOINS = dataTypes.joins as LangTerms;
/**
 * "Requests sent by e-mail are stored", "si nos contactas por correo, tratamos...": mail as the channel of
 * what is collected. The phrase is a mask (it names no address by itself), but where the sentence itself
 * states a collection in a passage about collection, the address of whoever writes is processed.
 */
export const CHANNELS = dataTypes.channels as LangTerms;
/**
 * Phrases that state a collection of their type by themselves, each its own collection cue: the handling of
 * payments, by the operator or its payment processor ("Card payments are processed by Stripe", "Kartenzahlungen
 * werden über Stripe abgewickelt", "Płatności obsługuje Przelewy24": paying hands over card, bank or
 * transaction data, as "payment processing", a strong `payment` term, says), and a copy of an identity document
 * ("we may ask for a copy of your ID", "eine Kopie Ihres Personalausweises anfordern": only the operator asks
 * for one, to verify a request), and credentials the person chooses ("you choose a username and password",
 * "eliges un nombre de usuario y una contraseña": chosen to log in, so kept by the service). Denied ("we do not
 * process payments"), they state nothing (statedByPhrase).
 */
export const SELF_STATED = dataTypes.selfStated as Readonly<Partial<Record<DataType, LangTerms>>>;
export const SELF_STATED_KINDS = Object.keys(SELF_STATED) as DataType[];
/** Without a collection verb, a sentence counts only where the model or heading says "collection". */
export const AFFINITY_ALONE = 0.5;

/** The data-type table with the sending and writing terms among the strong `email` terms. */
function withEmailTerms(
  types: Readonly<Record<DataType, KindTerms>>,
  lists: readonly LangTerms[],
): Readonly<Record<DataType, KindTerms>> {
  const strong: Record<string, readonly string[]> = { ...types.email.strong };
  for (const list of lists)
    for (const [lang, terms] of Object.entries(list))
      strong[lang] = [...(strong[lang] ?? []), ...(terms ?? [])];
  return { ...types, email: { ...types.email, strong: strong as LangTerms } };
}
