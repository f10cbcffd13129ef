/**
 * Probe12b's missed rights, read in eleven languages: access first in a list ("begära tillgång till,
 * rättelse eller radering"), finding out what is held ("To find out what information we hold", "få at vide,
 * hvilke oplysninger vi har registreret"), a copy asked for ("solicitarnos una copia de los datos"),
 * restriction coordinated with objection ("to restrict or object to its processing"), consent withdrawn by a
 * pronoun ("you may withdraw it", "puede retirarlo"), the reader's wish that we delete or correct ("Si quiere
 * que borremos su cuenta", "Vill du att vi raderar"), details that are wrong and corrected ("If any of your
 * details are wrong ... we will correct them", "Er noe ... feil, retter vi det"), pronoun verb forms
 * ("corregirlos", "corrigi-lo"), deleting one's account in the app ("Puoi eliminare il tuo account"), a
 * commonly used format ("in een gangbaar formaat", "auf Wunsch ... gängigen, maschinenlesbaren Format").
 * Read on lexical cues alone (the classifier silent). Near sentences that grant nothing stay empty.
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { rightsBoth } from './helpers';

describe('rights said as actions, wishes or lists read on their words', () => {
  test.each<[Lang, string, Right[]]>([
    [
      'sv',
      'Du har rätt att begära tillgång till, rättelse eller radering av dina personuppgifter, begränsning av behandlingen, att invända mot behandlingen samt rätt till dataportabilitet.',
      ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability'],
    ],
    ['en', 'If any of your details are wrong, just let us know and we will correct them.', ['rectification']],
    [
      'en',
      'Under the GDPR you have the right to access, rectify or erase your personal data, to restrict or object to its processing, and to receive your data in a portable format.',
      ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability'],
    ],
    [
      'en',
      'To find out what information we hold about you, send a written request to the Data Protection Officer at the Town Hall.',
      ['access'],
    ],
    [
      'en',
      'Where we rely on your consent, you may withdraw it at any time without affecting the lawfulness of processing carried out before the withdrawal.',
      ['withdraw-consent'],
    ],
    ['es', 'Puede solicitarnos una copia de los datos que tratamos sobre usted.', ['access']],
    ['es', 'Si quiere que borremos su cuenta, escríbanos desde la app.', ['erasure']],
    [
      'es',
      'Mantenga actualizados sus datos; puede corregirlos en cualquier momento desde su perfil.',
      ['rectification'],
    ],
    ['it', "Puoi eliminare il tuo account dall'app in qualsiasi momento.", ['erasure']],
    [
      'nl',
      'Stuur ons een bericht als u wilt dat wij uw account en alle bijbehorende gegevens wissen.',
      ['erasure'],
    ],
    [
      'nl',
      'U heeft het recht om uw gegevens in te zien, te laten corrigeren of verwijderen en om een kopie te ontvangen in een gangbaar formaat.',
      ['access', 'rectification', 'erasure', 'portability'],
    ],
    [
      'de',
      'Auf Wunsch stellen wir Ihnen Ihre Trainingsdaten in einem gängigen, maschinenlesbaren Format zur Verfügung.',
      ['portability'],
    ],
    ['da', 'Du kan få at vide, hvilke oplysninger vi har registreret om dig.', ['access']],
    ['nb', 'Er noe av det vi har registrert feil, retter vi det så snart vi får beskjed.', ['rectification']],
    ['pt', 'Se algum dado estiver incorreto, pode corrigi-lo na sua área de cliente.', ['rectification']],
    [
      'sv',
      'Vill du att vi raderar dina uppgifter? Skicka ett mejl så tar vi bort dem inom en månad.',
      ['erasure'],
    ],
    ['en', 'If you want us to delete your account, send us an email.', ['erasure']],
    ['de', 'Wenn Sie möchten, dass wir Ihr Konto löschen, schreiben Sie uns.', ['erasure']],
    ['nb', 'Vil du at vi sletter kontoen din, send oss en e-post.', ['erasure']],
    ['da', 'Hvis du ønsker, at vi sletter dine oplysninger, så skriv til os.', ['erasure']],
    ['fr', 'Si vous souhaitez que nous supprimions votre compte, écrivez-nous.', ['erasure']],
    ['it', 'Se vuoi che cancelliamo il tuo account, scrivici.', ['erasure']],
    ['pl', 'Jeśli chcesz, abyśmy usunęli Twoje konto, napisz do nas.', ['erasure']],
    ['pt', 'Se quiser que eliminemos a sua conta, escreva-nos.', ['erasure']],
    ['de', 'Falls Ihre Angaben falsch sind, berichtigen wir sie umgehend.', ['rectification']],
    ['nl', 'Als uw gegevens onjuist zijn, verbeteren wij ze.', ['rectification']],
    ['sv', 'Om något av det vi har registrerat är fel, rättar vi det.', ['rectification']],
    ['da', 'Er noget af det, vi har registreret, forkert, retter vi det.', ['rectification']],
    ['fr', 'Si vos données sont inexactes, nous les corrigeons.', ['rectification']],
    ['es', 'Si algún dato es incorrecto, lo corregimos en cuanto nos avise.', ['rectification']],
    ['it', 'Se i tuoi dati sono errati, li correggiamo subito.', ['rectification']],
    ['pl', 'Jeśli Twoje dane są nieprawidłowe, poprawimy je.', ['rectification']],
    ['de', 'Sie können erfahren, welche Daten wir über Sie gespeichert haben.', ['access']],
    ['nl', 'U kunt te weten komen welke gegevens wij over u hebben.', ['access']],
    ['nb', 'Du kan få vite hvilke opplysninger vi har om deg.', ['access']],
    ['sv', 'Du kan få veta vilka uppgifter vi har om dig.', ['access']],
    ['fr', 'Vous pouvez savoir quelles données nous détenons sur vous.', ['access']],
    ['it', 'Puoi sapere quali dati conserviamo su di te.', ['access']],
    ['pl', 'Możesz dowiedzieć się, jakie dane o Tobie przetwarzamy.', ['access']],
    ['pt', 'Pode saber que dados temos sobre si.', ['access']],
    ['fr', 'Vous pouvez demander une copie des données que nous détenons.', ['access']],
    [
      'de',
      'Sie haben das Recht auf Zugang, Berichtigung oder Löschung Ihrer Daten.',
      ['access', 'rectification', 'erasure'],
    ],
    [
      'fr',
      "Vous pouvez demander l'accès, la rectification ou l'effacement de vos données.",
      ['access', 'rectification', 'erasure'],
    ],
    [
      'es',
      'Puede solicitar el acceso, rectificación o supresión de sus datos.',
      ['access', 'rectification', 'erasure'],
    ],
    [
      'it',
      "Puoi chiedere l'accesso, la rettifica o la cancellazione dei tuoi dati.",
      ['access', 'rectification', 'erasure'],
    ],
    [
      'nb',
      'Du kan be om tilgang til, retting eller sletting av opplysningene.',
      ['access', 'rectification', 'erasure'],
    ],
    [
      'da',
      'Du kan anmode om adgang til, berigtigelse eller sletning af dine oplysninger.',
      ['access', 'rectification', 'erasure'],
    ],
    ['fr', 'Vous pouvez limiter ou vous opposer à leur traitement.', ['restriction', 'objection']],
    ['es', 'Puede limitar u oponerse a su tratamiento.', ['restriction', 'objection']],
    ['it', 'Puoi limitare o opporti al trattamento.', ['restriction', 'objection']],
    ['pt', 'Pode limitar ou opor-se ao tratamento.', ['restriction', 'objection']],
    [
      'fr',
      'Lorsque nous nous fondons sur votre consentement, vous pouvez le retirer à tout moment.',
      ['withdraw-consent'],
    ],
    [
      'es',
      'Cuando nos basamos en su consentimiento, puede retirarlo en cualquier momento.',
      ['withdraw-consent'],
    ],
    [
      'it',
      'Se il trattamento si basa sul tuo consenso, puoi revocarlo in qualsiasi momento.',
      ['withdraw-consent'],
    ],
    [
      'pt',
      'Quando nos baseamos no seu consentimento, pode retirá-lo a qualquer momento.',
      ['withdraw-consent'],
    ],
    ['en', 'You can receive your data in a commonly used format.', ['portability']],
    ['nl', 'Op verzoek ontvangt u uw gegevens in een gangbaar formaat.', ['portability']],
    ['sv', 'Du kan få ut dina uppgifter i ett allmänt använt format.', ['portability']],
    ['es', 'Puede recibir sus datos en un formato de uso común.', ['portability']],
    ['it', 'Puoi ricevere i tuoi dati in un formato di uso comune.', ['portability']],
    ['pt', 'Pode receber os seus dados num formato de uso corrente.', ['portability']],
    ['pt', 'Se algum dado estiver incorreto, pode corrigi-lo na sua área de cliente.', ['rectification']],
    ['es', 'Puede corregirlos en cualquier momento desde su perfil.', ['rectification']],
  ])('[%s] %s', (lang, text, rights) => {
    const [silent] = rightsBoth(text, lang);
    expect([...silent].sort()).toEqual([...rights].sort());
  });
});

describe('near sentences grant nothing on their words', () => {
  test.each<[Lang, string]>([
    ['en', 'If you want us to send you our newsletter, tick the box.'],
    ['es', 'Si desea que le enviemos nuestro boletín, marque la casilla.'],
    ['en', 'We delete data that is out of date.'],
    ['de', 'Veraltete Daten löschen wir regelmäßig.'],
    ['es', 'Realizamos una copia de los datos cada noche como copia de seguridad.'],
    ['en', 'The processor shall make available upon request a copy of the Clauses.'],
    ['it', 'Il nostro team può eliminare i contenuti che violano le regole.'],
  ])('[%s] %s', (lang, text) => {
    const [silent] = rightsBoth(text, lang);
    expect(silent).toEqual([]);
  });
});
