/**
 * Rights session 14's unseen probe missed, with their twins: erasure said with an enclitic pronoun ("apagá-los",
 * "borrarlos", "cancellarli"; "les effacer" read before), rectification in the passive ("at feil rettes"),
 * consent that "can be withdrawn" after a long object ("Il consenso al trattamento per finalità di marketing
 * può essere revocato"), portability as transferring to another app or supplier ("trasferirli a un'altra
 * app", "aan een andere energieleverancier over te dragen"), and access with the data fronted ("Welche Daten
 * wir über Sie gespeichert haben, teilen wir Ihnen auf Anfrage mit"). Read with the model sure of user
 * access; retention and restricting an account stay no rights.
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { rightsBoth } from './helpers';

describe('rights said with enclitics, passives and actions', () => {
  test.each<[Lang, string, readonly Right[]]>([
    [
      'pt',
      'Tem o direito de aceder aos seus dados, retificá-los, apagá-los, solicitar a sua portabilidade, opor-se ao tratamento e pedir a limitação do mesmo.',
      ['access', 'rectification', 'erasure', 'portability', 'objection', 'restriction'],
    ],
    ['pt', 'Tem o direito de aceder aos seus dados e de eliminá-los.', ['access', 'erasure']],
    ['pt', 'Tem o direito de aceder aos seus dados e de excluí-los.', ['access', 'erasure']],
    [
      'es',
      'Tiene derecho a acceder a sus datos, rectificarlos y borrarlos.',
      ['access', 'rectification', 'erasure'],
    ],
    ['es', 'Tiene derecho a acceder a sus datos y a eliminarlos.', ['access', 'erasure']],
    ['es', 'Tiene derecho a acceder a sus datos y a suprimirlos.', ['access', 'erasure']],
    [
      'it',
      'Hai il diritto di accedere ai tuoi dati, rettificarli e cancellarli.',
      ['access', 'rectification', 'erasure'],
    ],
    ['it', 'Hai il diritto di accedere ai tuoi dati e di eliminarli.', ['access', 'erasure']],
    [
      'fr',
      "Vous avez le droit d'accéder à vos données, de les rectifier et de les effacer.",
      ['access', 'rectification', 'erasure'],
    ],
    ['fr', "Vous avez le droit d'accéder à vos données et de les supprimer.", ['access', 'erasure']],
    [
      'en',
      'You have the right to access your data, correct it and erase it.',
      ['access', 'rectification', 'erasure'],
    ],
    [
      'de',
      'Sie haben das Recht, auf Ihre Daten zuzugreifen, sie zu berichtigen und sie zu löschen.',
      ['access', 'rectification', 'erasure'],
    ],
    [
      'nb',
      'Du har rett til innsyn i opplysningene dine og til å kreve at feil rettes og at opplysninger slettes.',
      ['access', 'rectification', 'erasure'],
    ],
    ['nb', 'Du kan kreve at uriktige opplysninger rettes.', ['rectification']],
    ['sv', 'Du har rätt att kräva att fel rättas och att uppgifter raderas.', ['rectification', 'erasure']],
    [
      'da',
      'Du har ret til at kræve, at fejl rettes, og at oplysninger slettes.',
      ['rectification', 'erasure'],
    ],
    [
      'nl',
      'U hebt het recht te eisen dat fouten worden verbeterd en dat gegevens worden gewist.',
      ['rectification', 'erasure'],
    ],
    [
      'it',
      'Il consenso al trattamento per finalità di marketing può essere revocato in qualsiasi momento.',
      ['withdraw-consent'],
    ],
    [
      'en',
      'Consent to processing for marketing purposes can be withdrawn at any time.',
      ['withdraw-consent'],
    ],
    [
      'de',
      'Die Einwilligung in die Verarbeitung zu Marketingzwecken kann jederzeit widerrufen werden.',
      ['withdraw-consent'],
    ],
    [
      'nl',
      'De toestemming voor verwerking voor marketingdoeleinden kan op elk moment worden ingetrokken.',
      ['withdraw-consent'],
    ],
    [
      'nb',
      'Samtykket til behandling for markedsføring kan når som helst trekkes tilbake.',
      ['withdraw-consent'],
    ],
    [
      'sv',
      'Samtycket till behandling för marknadsföring kan när som helst återkallas.',
      ['withdraw-consent'],
    ],
    [
      'da',
      'Samtykket til behandling til markedsføring kan til enhver tid trækkes tilbage.',
      ['withdraw-consent'],
    ],
    [
      'fr',
      'Le consentement au traitement à des fins de marketing peut être retiré à tout moment.',
      ['withdraw-consent'],
    ],
    [
      'es',
      'El consentimiento al tratamiento con fines de marketing puede ser revocado en cualquier momento.',
      ['withdraw-consent'],
    ],
    [
      'pl',
      'Zgoda na przetwarzanie w celach marketingowych może zostać wycofana w dowolnym momencie.',
      ['withdraw-consent'],
    ],
    [
      'pt',
      'O consentimento para o tratamento para fins de marketing pode ser retirado a qualquer momento.',
      ['withdraw-consent'],
    ],
    [
      'it',
      "Puoi scaricare tutti i tuoi allenamenti in formato CSV e trasferirli a un'altra app.",
      ['portability'],
    ],
    [
      'en',
      'You can download all your workouts in CSV format and transfer them to another app.',
      ['portability'],
    ],
    [
      'de',
      'Sie können alle Ihre Trainings im CSV-Format herunterladen und in eine andere App übertragen.',
      ['portability'],
    ],
    [
      'nl',
      'Je kunt al je trainingen in CSV-formaat downloaden en overzetten naar een andere app.',
      ['portability'],
    ],
    [
      'nb',
      'Du kan laste ned alle øktene dine i CSV-format og overføre dem til en annen app.',
      ['portability'],
    ],
    [
      'sv',
      'Du kan ladda ner alla dina träningspass i CSV-format och flytta dem till en annan app.',
      ['portability'],
    ],
    [
      'da',
      'Du kan downloade alle dine træninger i CSV-format og overføre dem til en anden app.',
      ['portability'],
    ],
    [
      'fr',
      'Vous pouvez télécharger tous vos entraînements au format CSV et les transférer vers une autre application.',
      ['portability'],
    ],
    [
      'es',
      'Puedes descargar todos tus entrenamientos en formato CSV y transferirlos a otra aplicación.',
      ['portability'],
    ],
    [
      'pl',
      'Możesz pobrać wszystkie swoje treningi w formacie CSV i przenieść je do innej aplikacji.',
      ['portability'],
    ],
    [
      'pt',
      'Pode descarregar todos os seus treinos em formato CSV e transferi-los para outra aplicação.',
      ['portability'],
    ],
    [
      'nl',
      'U kunt ons vragen uw verbruiksgegevens in een gangbaar bestandsformaat aan u of aan een andere energieleverancier over te dragen.',
      ['portability'],
    ],
    [
      'en',
      'You can ask us to transfer your consumption data in a common file format to you or to another energy supplier.',
      ['portability'],
    ],
    [
      'de',
      'Sie können uns bitten, Ihre Verbrauchsdaten in einem gängigen Dateiformat an Sie oder an einen anderen Energieversorger zu übermitteln.',
      ['portability'],
    ],
    [
      'fr',
      "Vous pouvez nous demander de transférer vos données de consommation dans un format courant à vous ou à un autre fournisseur d'énergie.",
      ['portability'],
    ],
    [
      'es',
      'Puede pedirnos que transfiramos sus datos de consumo en un formato de archivo común a usted o a otro proveedor de energía.',
      ['portability'],
    ],
    [
      'it',
      'Puoi chiederci di trasferire i tuoi dati di consumo in un formato di file comune a te o a un altro fornitore di energia.',
      ['portability'],
    ],
    [
      'pt',
      'Pode pedir-nos que transfiramos os seus dados de consumo num formato de ficheiro comum para si ou para outro fornecedor de energia.',
      ['portability'],
    ],
    [
      'sv',
      'Du kan be oss att överföra dina förbrukningsuppgifter i ett vanligt filformat till dig eller till en annan energileverantör.',
      ['portability'],
    ],
    [
      'nb',
      'Du kan be oss overføre forbruksopplysningene dine i et vanlig filformat til deg eller til en annen energileverandør.',
      ['portability'],
    ],
    [
      'da',
      'Du kan bede os om at overføre dine forbrugsoplysninger i et almindeligt filformat til dig eller til en anden energileverandør.',
      ['portability'],
    ],
    [
      'pl',
      'Możesz poprosić nas o przekazanie Twoich danych o zużyciu w powszechnym formacie pliku Tobie lub innemu dostawcy energii.',
      ['portability'],
    ],
    [
      'de',
      'Welche Daten wir über Sie gespeichert haben, teilen wir Ihnen auf Anfrage kostenlos mit.',
      ['access'],
    ],
    ['en', 'What data we have stored about you, we will tell you free of charge on request.', ['access']],
    ['nl', 'Welke gegevens wij over u hebben opgeslagen, delen wij u op verzoek kosteloos mee.', ['access']],
    ['sv', 'Vilka uppgifter vi har sparat om dig berättar vi för dig kostnadsfritt på begäran.', ['access']],
    ['nb', 'Hvilke opplysninger vi har lagret om deg, forteller vi deg gratis på forespørsel.', ['access']],
    ['da', 'Hvilke oplysninger vi har gemt om dig, oplyser vi dig gratis om på anmodning.', ['access']],
    [
      'fr',
      'Les données que nous avons enregistrées vous concernant vous sont communiquées gratuitement sur demande.',
      ['access'],
    ],
    [
      'es',
      'Qué datos hemos almacenado sobre usted se lo comunicamos gratuitamente previa solicitud.',
      ['access'],
    ],
    [
      'it',
      'Quali dati abbiamo memorizzato su di te te lo comunichiamo gratuitamente su richiesta.',
      ['access'],
    ],
    ['pl', 'Jakie dane o Tobie przechowujemy, przekażemy Ci bezpłatnie na żądanie.', ['access']],
    [
      'pt',
      'Os dados que guardamos sobre si ser-lhe-ão comunicados gratuitamente mediante pedido.',
      ['access'],
    ],
  ])('[%s] %s', (lang, text, rights) => {
    const [, sure] = rightsBoth(text, lang);
    expect([...sure].sort()).toEqual([...rights].sort());
  });
});

describe('no right', () => {
  test.each<[Lang, string]>([
    ['en', 'We may restrict your account if you breach these terms.'],
    ['en', 'We keep your data for as long as your account is active and then delete it.'],
    ['it', 'Per finalità di marketing trasferiamo i dati a un altro titolare solo con il tuo consenso.'],
    ['de', 'Welche Daten wir speichern, hängt vom gewählten Tarif ab.'],
    ['en', 'You can sell your car and transfer the ownership to another owner.'],
  ])('[%s] %s', (lang, text) => {
    const [silent] = rightsBoth(text, lang);
    expect(silent).toEqual([]);
  });
});
