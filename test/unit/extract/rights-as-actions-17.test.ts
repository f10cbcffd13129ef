/**
 * Rights session 16's unseen probe left unread (session 17, fix17a), said as actions or plain wishes: being told
 * or seeing what is stored about you ("Auf Anfrage teilen wir Ihnen mit, welche Punkte und Einkäufe wir zu Ihrer
 * Kundenkarte gespeichert haben", "se hvilke opplysninger vi har registrert om deg", "saber si estamos tratando sus
 * datos"), receiving or downloading your data or files in a file or archive (portability), stopping processing
 * for a while (restriction), consent withdrawn as the subject or before the verb, and updating changed details
 * (rectification). Not rights: downloading an app or an invoice, stopping a subscription, withdrawing money,
 * deleting a reservation (a booking, like a post, is a thing of the product: review leftover decided).
 */
import { describe, expect, it } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const GRANTED: readonly [Lang, string, readonly Right[]][] = [
  [
    'de',
    'Auf Anfrage teilen wir Ihnen kostenlos mit, welche Punkte und Einkäufe wir zu Ihrer Kundenkarte gespeichert haben.',
    ['access'],
  ],
  [
    'en',
    'On request, we will tell you free of charge which points and purchases we have stored about you.',
    ['access'],
  ],
  [
    'nb',
    'Du kan når som helst se hvilke opplysninger vi har registrert om deg ved å logge inn på Min side.',
    ['access'],
  ],
  [
    'sv',
    'Du kan när som helst se vilka uppgifter vi har registrerat om dig genom att logga in på Mina sidor.',
    ['access'],
  ],
  [
    'da',
    'Du kan altid se hvilke oplysninger vi har registreret om dig ved at logge ind på Min side.',
    ['access'],
  ],
  ['es', 'Tiene derecho a saber si estamos tratando sus datos y a obtener una copia de ellos.', ['access']],
  ['pt', 'Tem o direito de saber se estamos a tratar os seus dados.', ['access']],
  ['it', 'Hai il diritto di sapere se trattiamo i tuoi dati.', ['access']],
  [
    'nl',
    'U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te verwijderen en om uw gegevens in een digitaal bestand te ontvangen.',
    ['access', 'rectification', 'erasure', 'portability'],
  ],
  [
    'it',
    'Puoi scaricare tutti i file che hai caricato in un archivio ZIP dalla pagina Impostazioni.',
    ['portability'],
  ],
  [
    'en',
    'You can download all the files you have uploaded in a ZIP archive from the Settings page.',
    ['portability'],
  ],
  ['de', 'Sie können alle Ihre Daten als ZIP-Archiv herunterladen.', ['portability']],
  ['es', 'Puedes descargar todos tus datos en un archivo ZIP desde tu perfil.', ['portability']],
  [
    'nl',
    'Ook kunt u ons vragen de verwerking van uw gegevens tijdelijk stop te zetten terwijl wij uw verzoek beoordelen.',
    ['restriction'],
  ],
  [
    'en',
    'You can also ask us to temporarily stop processing your data while we assess your request.',
    ['restriction'],
  ],
  [
    'de',
    'Sie können uns auch bitten, die Verarbeitung Ihrer Daten vorübergehend einzustellen, während wir Ihren Antrag prüfen.',
    ['restriction'],
  ],
  [
    'fr',
    "Vous pouvez aussi nous demander de suspendre temporairement le traitement de vos données pendant l'examen de votre demande.",
    ['restriction'],
  ],
  [
    'nb',
    'Samtykket ditt til å motta tilbud kan trekkes tilbake når som helst under «Min profil».',
    ['withdraw-consent'],
  ],
  [
    'sv',
    'Ditt samtycke till att ta emot erbjudanden kan återkallas när som helst under Min profil.',
    ['withdraw-consent'],
  ],
  [
    'es',
    'Podrá revocar el consentimiento prestado en cualquier momento, sin que ello afecte a la licitud del tratamiento previo.',
    ['withdraw-consent'],
  ],
  ['pl', 'Zgodę na otrzymywanie newslettera możesz wycofać w dowolnym momencie.', ['withdraw-consent']],
  ['it', 'Il consenso a ricevere la newsletter puoi revocarlo in qualsiasi momento.', ['withdraw-consent']],
  [
    'it',
    'Se i tuoi dati anagrafici cambiano, puoi aggiornarli direttamente dalla tua area riservata.',
    ['rectification'],
  ],
  ['en', 'If your personal details change, you can update them in your account.', ['rectification']],
  ['de', 'Wenn sich Ihre Daten ändern, können Sie diese in Ihrem Konto aktualisieren.', ['rectification']],
  [
    'fr',
    'Si vos coordonnées changent, vous pouvez les mettre à jour dans votre espace client.',
    ['rectification'],
  ],
];

const NONE: readonly [Lang, string][] = [
  ['pl', 'Zgodę na udział w zawodach można wycofać do 3 dni przed startem.'],
  ['es', 'El consentimiento para participar en el torneo puedes revocarlo hasta tres días antes.'],
  ['en', 'You can download our app from the App Store or Google Play.'],
  ['en', 'You can download the invoice from your account page.'],
  ['it', 'Puoi scaricare la fattura in formato PDF dalla tua area riservata.'],
  ['en', 'You can stop your subscription at any time from your account.'],
  ['en', 'You can withdraw money from your wallet at any time.'],
  ['en', 'You can delete your reservation up to 24 hours before arrival.'],
];

describe('rights said as actions (fix17a)', () => {
  it.each(GRANTED)('[%s] %s', (lang, text, rights) => {
    const got = practicesOf([text], lang).rights.rights;
    for (const r of rights) expect(got).toContain(r);
  });
});

describe('actions that grant no right (fix17a)', () => {
  it.each(NONE)('[%s] %s', (lang, text) => {
    expect(practicesOf([text], lang).rights.rights).toEqual([]);
  });
});
