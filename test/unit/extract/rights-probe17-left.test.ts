/**
 * Rights session 17's unseen probe left misread (session 18, fixp18g): restriction coordinated with objection
 * ("to restrict or object to how we use it", "limitar u oponerse"); consent withdrawn with a long complement
 * before its verb ("Samtykket til at vi bruker bilder av barnet ditt på barnehagens Facebook-side, kan trekkes
 * tilbake", "Il consenso all'invio di newsletter può essere revocato"); an export of one's data or a transfer to
 * another organisation asked for (portability); a copy of one's records, file or journal on request (access); telling
 * us when one's details change (rectification); deleting one's account by a request or a button (erasure). Not
 * rights: an invoice exported or copied, our own transfers and deletions ("When we delete your account"), bookings,
 * cookies, products, the policy or the app updated.
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
  // Portability: an export of one's data, or a transfer to another organisation asked for.
  [
    'en',
    'To get a machine-readable export of your saved recipes, meal plans and shopping lists, go to Settings > Export my data.',
    ['portability'],
  ],
  [
    'nl',
    'U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te verwijderen, en u kunt ons vragen uw gegevens over te dragen aan een andere organisatie.',
    ['access', 'rectification', 'erasure', 'portability'],
  ],
  ['en', 'You can ask us to transfer your data to another organisation.', ['portability']],
  ['de', 'Sie können uns bitten, Ihre Daten an eine andere Organisation zu übertragen.', ['portability']],
  ['nb', 'Du kan be oss overføre opplysningene dine til en annen virksomhet.', ['portability']],
  ['sv', 'Du kan be oss att överföra dina uppgifter till en annan organisation.', ['portability']],
  ['da', 'Du kan bede os om at overføre dine oplysninger til en anden organisation.', ['portability']],
  ['fr', 'Vous pouvez nous demander de transférer vos données à un autre organisme.', ['portability']],
  ['es', 'Puede pedirnos que transfiramos sus datos a otra organización.', ['portability']],
  ['it', "Puoi chiederci di trasferire i tuoi dati a un'altra organizzazione.", ['portability']],
  ['pl', 'Możesz poprosić nas o przekazanie Twoich danych innej organizacji.', ['portability']],
  ['pt', 'Pode pedir-nos que transfiramos os seus dados para outra organização.', ['portability']],
  [
    'fr',
    'Pour obtenir un export de vos recettes et listes de courses, allez dans Paramètres > Exporter mes données.',
    ['portability'],
  ],
  [
    'es',
    'Para obtener una exportación de sus recetas y listas de la compra, vaya a Ajustes > Exportar mis datos.',
    ['portability'],
  ],
  [
    'de',
    'Um einen maschinenlesbaren Export Ihrer gespeicherten Rezepte zu erhalten, gehen Sie zu Einstellungen > Meine Daten exportieren.',
    ['portability'],
  ],
  [
    'nl',
    'Om een machineleesbare export van uw opgeslagen recepten te krijgen, gaat u naar Instellingen > Mijn gegevens exporteren.',
    ['portability'],
  ],
  [
    'nb',
    'For å få en maskinlesbar eksport av dine lagrede oppskrifter, gå til Innstillinger > Eksporter mine data.',
    ['portability'],
  ],
  [
    'sv',
    'För att få en maskinläsbar export av dina sparade recept, gå till Inställningar > Exportera mina data.',
    ['portability'],
  ],
  [
    'da',
    'For at få en maskinlæsbar eksport af dine gemte opskrifter skal du gå til Indstillinger > Eksportér mine data.',
    ['portability'],
  ],
  [
    'it',
    "Per ottenere un'esportazione leggibile da dispositivo automatico delle tue ricette salvate, vai su Impostazioni > Esporta i miei dati.",
    ['portability'],
  ],
  [
    'pl',
    'Aby otrzymać eksport twoich zapisanych przepisów w formacie do odczytu maszynowego, przejdź do Ustawienia > Eksportuj moje dane.',
    ['portability'],
  ],
  [
    'pt',
    'Para obter uma exportação das suas receitas guardadas, aceda a Definições > Exportar os meus dados.',
    ['portability'],
  ],
  // Access: a copy of the records, file or journal kept about the reader, on request.
  ['de', 'Auf Wunsch senden wir Ihnen eine Kopie Ihrer Fahrstundennachweise als PDF.', ['access']],
  ['nb', 'Ønsker du en kopi av journalen til dyret ditt, kan du be om det i resepsjonen.', ['access']],
  ['en', "If you would like a copy of your pet's records, you can ask for it at reception.", ['access']],
  ['en', 'On request, we will send you a copy of your driving lesson records as a PDF.', ['access']],
  [
    'nl',
    'Wilt u een kopie van het dossier van uw huisdier, dan kunt u daar bij de receptie om vragen.',
    ['access'],
  ],
  ['sv', 'Vill du ha en kopia av journalen för ditt djur kan du be om det i receptionen.', ['access']],
  ['da', 'Ønsker du en kopi af journalen for dit dyr, kan du bede om den i receptionen.', ['access']],
  ['fr', 'Sur demande, nous vous envoyons une copie du dossier de votre animal.', ['access']],
  ['es', 'Si lo solicita, le enviaremos una copia del historial de su mascota.', ['access']],
  ['it', 'Su richiesta, ti inviamo una copia della cartella clinica del tuo animale.', ['access']],
  ['pl', 'Na życzenie prześlemy Ci kopię dokumentacji medycznej Twojego zwierzęcia.', ['access']],
  ['pt', 'Mediante pedido, enviamos-lhe uma cópia do processo clínico do seu animal.', ['access']],
  // Rectification: telling us when one's details change.
  ['en', 'Tell us if your contact details change and we will update our records.', ['rectification']],
  [
    'de',
    'Teilen Sie uns mit, wenn sich Ihre Kontaktdaten ändern, und wir aktualisieren unsere Unterlagen.',
    ['rectification'],
  ],
  [
    'nl',
    'Laat het ons weten als uw contactgegevens veranderen, dan passen wij onze administratie aan.',
    ['rectification'],
  ],
  [
    'nb',
    'Gi oss beskjed hvis kontaktopplysningene dine endres, så oppdaterer vi registrene våre.',
    ['rectification'],
  ],
  ['sv', 'Meddela oss om dina kontaktuppgifter ändras, så uppdaterar vi vårt register.', ['rectification']],
  [
    'da',
    'Giv os besked, hvis dine kontaktoplysninger ændres, så opdaterer vi vores register.',
    ['rectification'],
  ],
  [
    'fr',
    'Informez-nous si vos coordonnées changent et nous mettrons à jour nos dossiers.',
    ['rectification'],
  ],
  ['es', 'Avísenos si sus datos de contacto cambian y actualizaremos nuestros registros.', ['rectification']],
  [
    'it',
    'Comunicaci se i tuoi dati di contatto cambiano e aggiorneremo i nostri archivi.',
    ['rectification'],
  ],
  [
    'pl',
    'Poinformuj nas, jeśli Twoje dane kontaktowe się zmienią, a zaktualizujemy nasze rejestry.',
    ['rectification'],
  ],
  [
    'pt',
    'Informe-nos se os seus dados de contacto mudarem e atualizaremos os nossos registos.',
    ['rectification'],
  ],
  // Erasure: deleting one's account, by a request or a button.
  [
    'es',
    'Para borrar su cuenta de alumno y el historial de clases, escriba a nuestro equipo desde la sección Ayuda.',
    ['erasure'],
  ],
  [
    'pl',
    'Aby usunąć konto w aplikacji z przepisami, przejdź do zakładki Profil i wybierz „Usuń konto”.',
    ['erasure'],
  ],
  [
    'en',
    'To delete your student account and class history, write to our team from the Help section.',
    ['erasure'],
  ],
  ['en', 'To delete your account, go to the Profile tab and select "Delete account".', ['erasure']],
  [
    'de',
    'Um Ihr Schülerkonto und den Kursverlauf zu löschen, schreiben Sie unserem Team über den Bereich Hilfe.',
    ['erasure'],
  ],
  ['de', 'Um Ihr Konto zu löschen, gehen Sie zum Reiter Profil und wählen Sie „Konto löschen“.', ['erasure']],
  [
    'nl',
    'Om uw account te verwijderen, gaat u naar het tabblad Profiel en kiest u „Account verwijderen”.',
    ['erasure'],
  ],
  ['nb', 'For å slette kontoen din, gå til fanen Profil og velg «Slett konto».', ['erasure']],
  ['sv', 'För att radera ditt konto går du till fliken Profil och väljer ”Radera konto”.', ['erasure']],
  ['da', 'For at slette din konto skal du gå til fanen Profil og vælge »Slet konto«.', ['erasure']],
  [
    'fr',
    "Pour supprimer votre compte, allez dans l'onglet Profil et choisissez « Supprimer le compte ».",
    ['erasure'],
  ],
  ['es', 'Para eliminar tu cuenta, ve a la pestaña Perfil y selecciona «Eliminar cuenta».', ['erasure']],
  ['it', 'Per eliminare il tuo account, vai alla scheda Profilo e seleziona «Elimina account».', ['erasure']],
  ['pt', 'Para eliminar a sua conta, aceda ao separador Perfil e selecione «Eliminar conta».', ['erasure']],
  ['pl', 'Aby usunąć swoje konto ucznia i historię zajęć, napisz do naszego zespołu.', ['erasure']],
];

const NONE: readonly [Lang, string][] = [
  ['en', 'Consent of the parent to the trip can be given at the front desk.'],
  ['it', "Con il consenso all'invio di newsletter l'indirizzo può essere revocato dalla lista."],
  ['en', 'We may restrict or limit features of the website for some users.'],
  ['en', 'We transfer your data to another organisation that hosts our servers.'],
  ['en', 'You can export your invoice to PDF from the Orders page.'],
  ['en', 'We export our products to more than 30 countries.'],
  ['nl', 'Wij dragen uw gegevens over aan een andere organisatie die onze servers beheert.'],
  ['en', 'To get a copy of your invoice as PDF, go to Orders > Download invoice.'],
  ['en', 'To get an export of your invoices, go to the Billing page.'],
  ['en', 'On request, we will send you a copy of your invoice as a PDF.'],
  ['de', 'Auf Wunsch senden wir Ihnen eine Kopie Ihrer Rechnung als PDF.'],
  ['en', 'We keep a copy of your order confirmation for our records.'],
  ['nb', 'Ønsker du en kopi av kvitteringen, kan du be om det i kassen.'],
  ['en', 'We keep a copy for our records.'],
  ['pl', 'Na życzenie prześlemy Ci kopię faktury w formacie PDF.'],
  ['en', 'On request, we will send you a copy of our catalogue.'],
  ['en', 'We update this policy from time to time and will tell you if anything important changes.'],
  ['en', 'Please update the app to get the latest features.'],
  ['en', 'Tell us if the policy changes confuse you.'],
  ['en', 'When we delete your account, we also remove your recipes from our servers.'],
  ['de', 'Wenn wir Ihr Konto löschen, entfernen wir auch Ihre Rezepte von unseren Servern.'],
  ['es', 'Cuando eliminamos su cuenta, también borramos sus recetas de nuestros servidores.'],
  ['en', 'To delete your booking, go to My trips and select "Cancel booking".'],
  ['en', 'To delete cookies, go to your browser settings.'],
  ['pl', 'Aby usunąć produkt z koszyka, wybierz „Usuń”.'],
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
