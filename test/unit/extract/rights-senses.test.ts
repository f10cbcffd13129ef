/**
 * Rights read from what a sentence means, not from a word alone (session 12's unseen probe). Inventing a
 * right is worse than missing one, so each reading is checked with the model silent and sure of "access".
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { rightsBoth } from './helpers';

const both = (text: string, lang: Lang) => rightsBoth(text, lang);

describe('an accuracy word that is no correction is no right to rectification', () => {
  test.each<[Lang, string, Right[]]>([
    // "whether it is correct" describes the check that the right to restriction waits for.
    ['en', 'You can ask us to stop using your data while we check whether it is correct.', ['restriction']],
    // "processes wrongly / unlawfully" is the ground for a complaint, not inaccurate data.
    [
      'sv',
      'Om du anser att vi behandlar dina personuppgifter felaktigt kan du lämna klagomål till Integritetsskyddsmyndigheten (IMY).',
      ['complaint'],
    ],
    [
      'nb',
      'Mener du at vi behandler opplysningene dine uriktig, kan du klage til Datatilsynet.',
      ['complaint'],
    ],
    [
      'da',
      'Mener du, at vi behandler dine oplysninger urigtigt, kan du klage til Datatilsynet.',
      ['complaint'],
    ],
    [
      'nl',
      'Als u vindt dat wij uw gegevens onjuist verwerken, kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.',
      ['complaint'],
    ],
    [
      'de',
      'Wenn Sie meinen, dass wir Ihre Daten unrichtig verarbeiten, können Sie sich bei der Aufsichtsbehörde beschweren.',
      ['complaint'],
    ],
    [
      'fr',
      'Si vous estimez que nous traitons vos données de manière inexacte, vous pouvez introduire une réclamation auprès de la CNIL.',
      ['complaint'],
    ],
    [
      'es',
      'Si cree que tratamos sus datos inexactamente, puede presentar una reclamación ante la AEPD.',
      ['complaint'],
    ],
    [
      'it',
      'Se ritiene che trattiamo i suoi dati inesattamente, può proporre reclamo al Garante per la protezione dei dati personali.',
      ['complaint'],
    ],
    [
      'pt',
      'Se considerar que tratamos os seus dados inexatamente, pode apresentar reclamação à CNPD.',
      ['complaint'],
    ],
  ])('%s: %s', (lang, text, rights) => {
    expect(both(text, lang)).toEqual([rights, rights]);
  });

  test.each<[Lang, string]>([
    ['en', 'If your data is not correct, you can ask us to correct it.'],
    ['en', 'You have the right to rectification of inaccurate data.'],
    ['sv', 'Du har rätt att få felaktiga uppgifter rättade.'],
    ['nb', 'Du har rett til å få uriktige opplysninger rettet.'],
    ['da', 'Du har ret til at få urigtige oplysninger berigtiget.'],
    ['nl', 'U hebt recht op correctie van gegevens die onjuist zijn.'],
    ['de', 'Sie haben das Recht, unrichtige Daten berichtigen zu lassen.'],
    ['fr', 'Vous pouvez demander la correction des données inexactes.'],
    ['es', 'Puede solicitar la rectificación de los datos inexactos.'],
  ])('still rectification, %s: %s', (lang, text) => {
    expect(both(text, lang)).toEqual([['rectification'], ['rectification']]);
  });
});

/** The probe's sentences that granted a right without the words the lexicons knew (items I1 to I6). */
describe('rights said as a request, an action or a description', () => {
  test.each<[Lang, string, Right]>([
    // Asking which data is held is the right of access.
    ['en', 'You can ask us at any time which data we hold about you.', 'access'],
    ['de', 'Sie können uns jederzeit fragen, welche Daten wir über Sie gespeichert haben.', 'access'],
    ['nl', 'U kunt ons altijd vragen welke gegevens wij over u hebben.', 'access'],
    ['nb', 'Du kan når som helst spørre oss hvilke opplysninger vi har om deg.', 'access'],
    ['sv', 'Du kan när som helst fråga oss vilka uppgifter vi har om dig.', 'access'],
    ['da', 'Du kan til enhver tid spørge os, hvilke oplysninger vi har om dig.', 'access'],
    ['fr', 'Vous pouvez nous demander à tout moment quelles données nous détenons sur vous.', 'access'],
    ['es', 'Puede preguntarnos en cualquier momento qué datos tenemos sobre usted.', 'access'],
    ['it', 'Può chiederci in qualsiasi momento quali dati conserviamo su di lei.', 'access'],
    ['pl', 'W każdej chwili możesz zapytać nas, jakie dane o Tobie przechowujemy.', 'access'],
    ['pt', 'Pode perguntar-nos a qualquer momento que dados temos sobre si.', 'access'],
    [
      'nl',
      'Je kunt op elk moment een kopie van je gegevens downloaden via je accountinstellingen.',
      'access',
    ],
    ['nb', 'Du kan når som helst laste ned en kopi av dataene dine fra kontoinnstillingene.', 'access'],
    ['da', 'Du kan til enhver tid downloade en kopi af dine data fra dine kontoindstillinger.', 'access'],
    // Stopping the use while the accuracy is checked is the right to restriction.
    ['en', 'You can ask us to stop using your data while we check whether it is correct.', 'restriction'],
    [
      'de',
      'Sie können verlangen, dass wir Ihre Daten nicht weiter nutzen, solange wir prüfen, ob sie richtig sind.',
      'restriction',
    ],
    [
      'nl',
      'U kunt ons vragen uw gegevens niet meer te gebruiken zolang wij controleren of ze juist zijn.',
      'restriction',
    ],
    [
      'nb',
      'Du kan be oss om å slutte å bruke opplysningene dine mens vi undersøker om de er riktige.',
      'restriction',
    ],
    ['sv', 'Du kan be oss sluta använda dina uppgifter medan vi kontrollerar om de stämmer.', 'restriction'],
    [
      'da',
      'Du kan bede os om at stoppe med at bruge dine oplysninger, mens vi undersøger, om de er korrekte.',
      'restriction',
    ],
    [
      'fr',
      'Vous pouvez nous demander de ne plus utiliser vos données le temps que nous vérifiions leur exactitude.',
      'restriction',
    ],
    [
      'es',
      'Puede pedirnos que dejemos de usar sus datos mientras comprobamos si son correctos.',
      'restriction',
    ],
    [
      'it',
      'Può chiederci di non utilizzare più i suoi dati mentre verifichiamo se sono corretti.',
      'restriction',
    ],
    [
      'pl',
      'Możesz poprosić nas, abyśmy przestali wykorzystywać Twoje dane, dopóki sprawdzamy, czy są prawidłowe.',
      'restriction',
    ],
    [
      'pt',
      'Pode pedir-nos que deixemos de utilizar os seus dados enquanto verificamos se estão corretos.',
      'restriction',
    ],
    // Asking us to correct, and correcting one's profile.
    ['nl', 'Vraag ons gerust om onjuiste gegevens over u te corrigeren.', 'rectification'],
    ['sv', 'Be oss gärna rätta uppgifter om dig som är felaktiga.', 'rectification'],
    ['es', 'No dudes en pedirnos que corrijamos cualquier dato inexacto sobre ti.', 'rectification'],
    ['pl', 'Poproś nas o poprawienie nieprawidłowych danych na Twój temat.', 'rectification'],
    ['pt', 'Peça-nos para corrigir quaisquer dados inexatos sobre si.', 'rectification'],
    ['nl', 'Je kunt je profielgegevens op elk moment aanpassen in de instellingen.', 'rectification'],
    ['sv', 'Du kan när som helst ändra dina profiluppgifter i inställningarna.', 'rectification'],
    // Portability described by its machine-readable format.
    [
      'nl',
      'U kunt ons vragen uw gegevens in een machineleesbaar formaat rechtstreeks naar een andere aanbieder te sturen.',
      'portability',
    ],
    [
      'es',
      'Puede pedirnos que enviemos sus datos directamente a otro proveedor en un formato legible por máquina.',
      'portability',
    ],
    [
      'pl',
      'Możesz poprosić nas o przesłanie Twoich danych bezpośrednio do innego dostawcy w formacie nadającym się do odczytu maszynowego.',
      'portability',
    ],
    // Turning to the authority.
    [
      'de',
      'Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an die Datenschutzbehörde wenden.',
      'complaint',
    ],
    ['it', 'Se non è soddisfatto della nostra risposta, può rivolgersi al Garante.', 'complaint'],
    // Consent that can be withdrawn, said impersonally.
    ['en', 'Consent can be withdrawn at any time.', 'withdraw-consent'],
    ['de', 'Die Einwilligung kann jederzeit widerrufen werden.', 'withdraw-consent'],
    ['nl', 'Toestemming kan op elk moment worden ingetrokken.', 'withdraw-consent'],
    ['nb', 'Samtykket kan trekkes tilbake når som helst.', 'withdraw-consent'],
    ['sv', 'Samtycket kan när som helst återkallas.', 'withdraw-consent'],
    ['da', 'Samtykket kan til enhver tid trækkes tilbage.', 'withdraw-consent'],
    ['fr', 'Le consentement peut être retiré à tout moment.', 'withdraw-consent'],
    ['es', 'El consentimiento puede retirarse en cualquier momento.', 'withdraw-consent'],
    ['it', 'Il consenso può essere revocato in qualsiasi momento.', 'withdraw-consent'],
    ['pl', 'Zgodę można wycofać w dowolnym momencie.', 'withdraw-consent'],
    ['pt', 'O consentimento pode ser retirado a qualquer momento.', 'withdraw-consent'],
    // A heading that names the right as a compound.
    ['de', 'Widerspruchsrecht (Art. 21 DSGVO)', 'objection'],
  ])('%s: %s', (lang, text, right) => {
    const [silent, sure] = both(text, lang);
    expect(silent).toContain(right);
    expect(sure).toContain(right);
  });

  test('the English list verbs "port" and "restrict" are rights too', () => {
    const text =
      'You have the right to access, rectify, erase and port your data, and to object to or restrict its processing.';
    const all: Right[] = ['access', 'rectification', 'erasure', 'portability', 'objection', 'restriction'];
    expect(both(text, 'en')).toEqual([all, all]);
  });

  test.each<[Lang, string]>([
    // Asking for something that is not one's data, and requests to a shop, grant nothing.
    ['en', 'You can ask us what information you need to provide for a refund.'],
    ['pl', 'Można zapytać o godziny otwarcia sklepu.'],
    ['pl', 'Poproś nas o fakturę VAT.'],
    ['de', 'Fragen Sie uns nach unseren Öffnungszeiten.'],
    ['es', 'Pídenos un presupuesto sin compromiso.'],
    ['it', 'Chiedici informazioni sui nostri corsi.'],
    ['pt', 'Peça-nos um orçamento.'],
    ['nl', 'Je kunt je wachtwoord op elk moment aanpassen in de instellingen.'],
    ['sv', 'Du kan ändra dina inställningar när som helst.'],
    ['de', 'Datenschutzrecht'],
    ['de', 'Die Datenschutzbehörde hat uns eine Frist gesetzt.'],
    ['it', 'Per qualsiasi domanda può rivolgersi al nostro ufficio clienti.'],
  ])('no right, %s: %s', (lang, text) => {
    expect(both(text, lang)).toEqual([[], []]);
  });
});
