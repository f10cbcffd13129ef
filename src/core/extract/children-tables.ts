/**
 * The lexicons children's reading uses (children.ts declares them), each named once with why it is read: the
 * child words, the age patterns ({n} a number), what makes an age the policy's minimum age (topics, audience,
 * joining, collecting from people), what makes it no user's age (things, purchases, other acts, role
 * holders, admissions), the age of majority, the GDPR's erasure ground for a child's data, and the number
 * words, ordinals and ranges the age patterns read.
 */
import type { LangTerms } from './lexicon';
import { children } from './lexicon/children/index';
import { cues } from './lexicon/cues/index';
import numbers from './lexicon/numbers.json';

export const TERMS = children.terms as LangTerms;
/** Phrases that state an age on their own ("under the age of 16", "16 years old"). */
export const AGES = children.ages as LangTerms;
/** Phrases that state an age only next to a word for children ("Kinder unter 16 Jahren": "16 Jahren"). */
export const AGES_WITH_CHILDREN = children.agesWithChildren as LangTerms;
export const COLLECT = cues.collect as LangTerms;
/**
 * What makes an age stated next to a child word the policy's minimum age: the sentence speaks of data,
 * privacy, consent or parents ("Kinder unter 16 Jahren nur mit Zustimmung der Eltern"), of collecting, or
 * of who the service is for (AUDIENCE). "Está prohibida la venta de alcohol a menores de 18 años" and
 * "Los jugadores menores de 12 años juegan en campos más pequeños" speak of none: their age is a limit
 * for buying a product or a sports category, not the privacy minimum age.
 */
export const AGE_TOPICS = children.ageTopics as LangTerms;
/**
 * Who the service is for or who may use it: an account, registration, "intended for", "richtet sich an",
 * the service, adults. With it an age reads without a child word ("You must be at least 16 years old to
 * create an account", "Erwachsene ab 18 Jahren", "not meant for anyone under the age of fifteen").
 */
export const AUDIENCE = children.audience as LangTerms;
/**
 * Ages said of a person without a child word: forms that cannot be a duration or a count ("16 years old",
 * "aged 18", "be at least 16", "mindestens 16 Jahre alt", "voksne over 18 år", "avoir au moins 16 ans");
 * "at least 16 years" alone (a retention) or "at least 12 characters" (a password) is not one.
 */
export const USER_AGES = children.agesOfUsers as LangTerms;
/**
 * An age said as where something starts ("from the age of 16", "vanaf 16 jaar", "à partir de 16 ans"): a
 * minimum age only beside joining, signing up or using (FROM_AGE_JOINS), "You can become a member from the
 * age of 16". Beside a perk it is when the perk starts: "Members from the age of 16 receive a birthday
 * voucher", "From the age of 18 you receive our adult newsletter" (review17a finding 3).
 */
export const AGES_FROM = children.agesFrom as LangTerms;
/** Joining, signing up, using, or a membership said open or possible: what a from-age limits. */
export const FROM_AGE_JOINS = children.fromAgeJoins as LangTerms;
/**
 * Data taken from people as such ("collect personal information from anyone", "Daten von Personen", "données
 * des utilisateurs"): with a person's age it is the COPPA statement of a minimum age ("We do not knowingly
 * collect personal information from anyone under the age of sixteen"). Not the generic collection cue, which
 * holds every "receive", "erhalten", "får" (review17a finding 3).
 */
export const COLLECTED_UNDER = children.collectedUnder as LangTerms;
/**
 * Things that have ages and are no person: "Accounts that are over 12 years old are deleted", "Kontoer som er
 * over 10 år gamle", "the company must be at least 16 years old", "18 years in business", inactivity ("nach
 * über 10 Jahren Inaktivität"). A sentence with one states no user's age (no child word in it).
 */
export const AGED_THINGS = children.agedThings as LangTerms;
/**
 * "buy alcohol", "Alkohol kaufen", "acheter de l'alcool", "kupować alkohol": an age for buying or being served
 * alcohol or tobacco is the law's, not the service's. It states no user's age only when nothing else in the
 * sentence says whom the service is for: "You must be 18 to create an account and purchase alcohol" gives 18
 * (review15a finding 5), "Um Alkohol zu kaufen, müssen Sie mindestens 18 Jahre alt sein" nothing.
 */
export const AGED_PURCHASES = children.agedPurchases as LangTerms;
/**
 * A purpose beyond using the service, said with its lead ("to rent", "um ... zu mieten", "för att hyra", "pour
 * louer", "para participar en el sorteo", "aby wynająć"), or a driving licence: "Customers must be 21 to rent a
 * car", "Vous déclarez être âgé d'au moins 21 ans et titulaire du permis" state the age of a rental, a purchase,
 * an order, a prize draw or a driver, no minimum age of the service (review19b finding 1). Read like
 * AGED_PURCHASES: only when no audience word (use, account, registering, service) is said beside it.
 */
export const AGED_ACTS = children.agedActs as LangTerms;
/**
 * People in a role other than the reader's: an account holder, an employee, "the parent who creates the family
 * account", a guarantor ("Der Kontoinhaber muss volljährig sein, Familienmitglieder dürfen das Konto mitnutzen",
 * "Pracownik obsługujący konta musi być pełnoletni"). An age said of one limits who holds that role, not who may
 * use the service (others, children too, may still use it): such a sentence states no user's age unless it is
 * said to the reader ("you must be 18", REQUIRED_AGES) (review14b finding 3).
 */
export const ROLE_HOLDERS = children.roleHolders as LangTerms;
/**
 * Taking part: "participate", "teilnehmen", "delta", "partecipare", "allowed on the platform". Denied next to
 * a child word and an age ("Barn under 13 år kan ikke delta", "Los menores de 14 años no pueden participar"),
 * it states who may join, a minimum age, outside a children heading and with no data word.
 */
export const JOINING = children.joining as LangTerms;
/**
 * The GDPR's ground for erasure of data "collected in relation to the offer of information society services"
 * to a child (Art. 17(1)(f)), retold as "data about a child collected when the child created a profile on a
 * social network" ("Om personuppgifterna avser barn och har samlats in i samband med att barnet skapar en
 * profil i ett socialt nätverk"). One item of a rights list, copied from the regulation: it says nothing of
 * the service's own users being children.
 */
export const ERASURE_GROUNDS = children.erasureGrounds as LangTerms;
/**
 * The ground's own shape: data "collected in relation to" the offer ("have been collected", "erhoben",
 * "samlats in", "collectées", "recogieron", "raccolti", "zebrane"), or as policies retell it, data "processed"
 * ("verarbeitet", "traitées", "tratados", "przetwarzane", "behandlats"), data that "relates to" the offer
 * ("i dati riguardano"), consent given "as a child" ("als Kind") (review14 finding 6). Without it, "Our
 * information society services are not directed at children" or "Children may not create a profile on a social
 * network" is a statement about the service's users, even under a rights heading (review13b finding 4).
 */
export const ERASURE_GROUND_COLLECTED = children.erasureGroundCollected as LangTerms;
/**
 * What the reader must be or have turned, a condition on using the service whatever it is used for: "För att
 * boka ett rum måste du ha fyllt 18 år", "Sie müssen mindestens 18 Jahre alt sein", "è necessario aver compiuto
 * 14 anni". Said to the reader ("you must", "du måste"), it reads without an audience word; "Spieler müssen
 * mindestens 16 Jahre alt sein" (a team's rule) is not said to the reader and does not.
 */
export const REQUIRED_AGES = children.agesRequired as LangTerms;
/**
 * The leads of REQUIRED_AGES ("you must be", "du måste"), a cheap check from the shared lexicon index: without
 * one the age patterns are not run (most sentences hold a digit; their regexes doubled children's time).
 */
export const REQUIRED_LEADS = children.requiredLeads as LangTerms;
/**
 * The age of majority said with a word ("volljährig", "maggiorenni", "pełnoletnie", "mayor de edad", "of legal
 * age"): 18. It reads only where the sentence restricts who may use or join (AUDIENCE, a denied or restricted
 * taking part): "L'app è riservata agli utenti maggiorenni"; "Wenn Sie volljährig sind, können Sie selbst
 * einwilligen" speaks of consent, not of who may use the service, and gives no age.
 */
export const OF_MAJORITY = children.ofMajority as LangTerms;
/**
 * The age of majority required of the reader ("Vous devez être majeur pour passer commande", "Sie müssen volljährig
 * sein", "you must be of legal age"): like REQUIRED_AGES, a condition said to the reader, so it reads 18 without an
 * audience word. Not "majeur protégé" (an adult under guardianship), nor a majority said of no one ("la majeure
 * partie", "the majority of our users").
 */
export const MAJORITY_REQUIRED = children.majorityRequired as LangTerms;
/** The age of majority these words mean (in all eleven languages' countries). */
export const MAJORITY_AGE = 18;
/** "only", "nur", "wyłącznie": beside a taking part (JOINING) it restricts who may join. */
export const RESTRICTED_TO = children.restrictedTo as LangTerms;
/**
 * A service's aim said with a child word ("Våra tjänster riktar sig inte till barn", "not directed at
 * children"): a children statement even without an age or a data word. An aim at parents ("Unsere Werbung
 * richtet sich an Eltern mit Kindern") is not one: each pattern refuses a parent word after it (review14b).
 */
export const DIRECTED_AT = children.directedAt as LangTerms;
/**
 * A price or a stay rule for children ("Kinderen tot 12 jaar verblijven gratis op de kamer van hun ouders",
 * "Los niños menores de 12 años se alojan gratis"): its age is who stays, travels or enters free, not who may
 * use the service, even beside "parents" or "adults". A sentence that also speaks of collecting still reads.
 */
export const ADMISSIONS = children.admissions as LangTerms;
/** The word "right" ("rätt", "Recht", "droit"): a list introduced with it is a list of rights. */
export const RIGHT_WORD = cues.rightWord as LangTerms;
export const NUMBER_WORDS = numbers as Readonly<Record<string, Readonly<Record<string, number>>>>;
/** Ordinal words an age is said with ("poniżej trzynastego roku życia", "das sechzehnte Lebensjahr"). */
export const ORDINALS = children.ordinals as Readonly<Record<string, Readonly<Record<string, number>>>>;
/**
 * Two ages joined as a range ("barn i åldern 13–16 år", "Kinder von 13 bis 16 Jahren", "aged between 13 and
 * 16"): the ages of the people a service or a programme serves, no minimum age. A number inside one is read
 * as no age ({n} is two digits here).
 */
export const AGE_RANGES = children.rangesOfAges as LangTerms;
/**
 * "under", "unter", "moins de" right before a range ("Children under 13 to 16 years, depending on the member
 * state, may not register"): its lower number is the age below which no one may join, so it still reads;
 * only the upper one is masked.
 */
export const BELOW_BEFORE_RANGE = children.belowBeforeRange as LangTerms;
