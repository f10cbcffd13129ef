/**
 * Rights session 17's unseen probe left misread (session 18, fixp18g): restriction coordinated with objection
 * ("to restrict or object to how we use it", "limitar u oponerse"); consent withdrawn with a long complement
 * before its verb ("Samtykket til at vi bruker bilder av barnet ditt på barnehagens Facebook-side, kan trekkes
 * tilbake", "Il consenso all'invio di newsletter può essere revocato").
 */
import { describe, expect, it } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const GRANTED: readonly [Lang, string, readonly Right[]][] = [
  // Restriction coordinated with objection.
  [
    'en',
    'Under the UK GDPR you have the right to ask us for a copy of your information, to have anything inaccurate corrected, to have your data erased, and to restrict or object to how we use it.',
    ['access', 'rectification', 'erasure', 'restriction', 'objection'],
  ],
  [
    'de',
    'Sie haben das Recht, Auskunft über Ihre Daten zu verlangen und deren Nutzung einzuschränken oder ihr zu widersprechen.',
    ['access', 'restriction', 'objection'],
  ],
  [
    'nl',
    'U heeft het recht om uw gegevens in te zien en het gebruik ervan te beperken of er bezwaar tegen te maken.',
    ['access', 'restriction', 'objection'],
  ],
  [
    'nb',
    'Du har rett til innsyn i opplysningene dine og til å begrense eller protestere mot hvordan vi bruker dem.',
    ['access', 'restriction', 'objection'],
  ],
  [
    'sv',
    'Du har rätt att få tillgång till dina uppgifter och att begränsa eller invända mot hur vi använder dem.',
    ['access', 'restriction', 'objection'],
  ],
  [
    'da',
    'Du har ret til indsigt i dine oplysninger og til at begrænse eller gøre indsigelse mod, hvordan vi bruger dem.',
    ['access', 'restriction', 'objection'],
  ],
  [
    'fr',
    "Vous avez le droit d'accéder à vos données et de limiter ou vous opposer à la façon dont nous les utilisons.",
    ['access', 'restriction', 'objection'],
  ],
  [
    'es',
    'Tiene derecho a acceder a sus datos y a limitar u oponerse a la forma en que los usamos.',
    ['access', 'restriction', 'objection'],
  ],
  [
    'it',
    'Hai il diritto di accedere ai tuoi dati e di limitare o opporti al modo in cui li utilizziamo.',
    ['access', 'restriction', 'objection'],
  ],
  [
    'pl',
    'Masz prawo dostępu do swoich danych oraz prawo, aby ograniczyć lub sprzeciwić się temu, jak je wykorzystujemy.',
    ['access', 'restriction', 'objection'],
  ],
  [
    'pt',
    'Tem o direito de aceder aos seus dados e de limitar ou se opor à forma como os utilizamos.',
    ['access', 'restriction', 'objection'],
  ],
  // Consent withdrawn, its complement long before the verb.
  [
    'nb',
    'Samtykket til at vi bruker bilder av barnet ditt på barnehagens Facebook-side, kan trekkes tilbake når som helst ved å gi beskjed til pedagogisk leder.',
    ['withdraw-consent'],
  ],
  [
    'it',
    "Il consenso all'invio di newsletter può essere revocato in ogni momento cliccando sul link presente in ogni email.",
    ['withdraw-consent'],
  ],
  [
    'en',
    "Your consent to our use of photos of your child on the nursery's Facebook page can be withdrawn at any time by telling the group leader.",
    ['withdraw-consent'],
  ],
  [
    'de',
    'Die Einwilligung zur Veröffentlichung von Fotos Ihres Kindes auf der Facebook-Seite des Kindergartens kann jederzeit widerrufen werden.',
    ['withdraw-consent'],
  ],
  [
    'nl',
    "De toestemming voor het gebruik van foto's van uw kind op de Facebook-pagina van het kinderdagverblijf kan op elk moment worden ingetrokken.",
    ['withdraw-consent'],
  ],
  [
    'sv',
    'Samtycket till att vi använder bilder på ditt barn på förskolans Facebook-sida kan återkallas när som helst.',
    ['withdraw-consent'],
  ],
  [
    'da',
    'Samtykket til at vi bruger billeder af dit barn på børnehavens Facebook-side, kan til enhver tid trækkes tilbage.',
    ['withdraw-consent'],
  ],
  [
    'fr',
    "Le consentement à l'envoi de la newsletter par e-mail peut être retiré à tout moment.",
    ['withdraw-consent'],
  ],
  [
    'es',
    'El consentimiento para el envío de boletines por correo electrónico puede revocarse en cualquier momento.',
    ['withdraw-consent'],
  ],
  [
    'pl',
    'Zgoda na otrzymywanie newslettera na adres e-mail może zostać wycofana w każdej chwili.',
    ['withdraw-consent'],
  ],
  [
    'pt',
    'O consentimento para o envio de newsletters por e-mail pode ser retirado a qualquer momento.',
    ['withdraw-consent'],
  ],
];

const NONE: readonly [Lang, string][] = [
  ['en', 'Consent of the parent to the trip can be given at the front desk.'],
  ['it', "Con il consenso all'invio di newsletter l'indirizzo può essere revocato dalla lista."],
  ['en', 'We may restrict or limit features of the website for some users.'],
];

describe('rights probe17 left unread (fixp18g)', () => {
  it.each(GRANTED)('[%s] %s', (lang, text, rights) => {
    expect([...practicesOf([text], lang).rights.rights].sort()).toEqual([...rights].sort());
  });
});

describe('near sentences that grant no right (fixp18g)', () => {
  it.each(NONE)('[%s] %s', (lang, text) => {
    expect(practicesOf([text], lang).rights.rights).toEqual([]);
  });
});
