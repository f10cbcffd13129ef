import { describe, expect, it } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { rightsBoth } from './helpers';

/**
 * Rights a card audit of real pages (session 13) found unread, with their twins in the eleven languages, and
 * the near sentences that must not change. See docs/extraction.md, "Rights a card audit of real pages missed,
 * and a children's erasure ground".
 */

function expectRight(text: string, lang: Lang, right: Right, heading = ''): void {
  const [silent, sure] = rightsBoth(text, lang, heading);
  expect(silent).toContain(right);
  expect(sure).toContain(right);
}

function expectNot(text: string, lang: Lang, right: Right, heading = ''): void {
  const [silent, sure] = rightsBoth(text, lang, heading);
  expect(silent).not.toContain(right);
  expect(sure).not.toContain(right);
}

describe('portability: the data transferred, at the reader’s wish, to themselves or another party', () => {
  it.each<[Lang, string, string]>([
    ['nl', 'Het laten overdragen van persoonsgegevens aan een andere partij;', 'Welke rechten heb je?'],
    [
      'nl',
      'Ook heeft u het recht om de door u verstrekte gegevens door ons te laten overdragen aan uzelf of in opdracht van u direct aan een andere partij.',
      '',
    ],
    ['en', 'You have the right to have your personal data transmitted to another controller.', ''],
    ['de', 'Sie haben das Recht, Ihre Daten an einen anderen Verantwortlichen übermitteln zu lassen.', ''],
    ['nb', 'Du har rett til å få opplysningene overført til en annen behandlingsansvarlig.', ''],
    ['sv', 'Du har rätt att få dina uppgifter överförda till en annan personuppgiftsansvarig.', ''],
    ['da', 'Du har ret til at få dine oplysninger overført til en anden dataansvarlig.', ''],
    ['fr', 'Vous pouvez demander à faire transmettre vos données à un autre responsable de traitement.', ''],
    ['es', 'Puede solicitar que sus datos se transmitan a otro responsable del tratamiento.', ''],
    ['it', 'Puoi chiedere di trasmettere i tuoi dati a un altro titolare del trattamento.', ''],
    ['pl', 'Masz prawo przesłać swoje dane innemu administratorowi.', ''],
    ['pt', 'Pode solicitar que os seus dados sejam transmitidos para outro responsável.', ''],
  ])('%s: %s', (lang, text, heading) => expectRight(text, lang, 'portability', heading));

  it.each<[Lang, string, string]>([
    // Our own transfer to a buyer or a processor is no right of the reader's.
    ['nl', 'Wij kunnen uw gegevens overdragen aan een nieuwe eigenaar bij een fusie.', 'Uw rechten'],
    ['en', 'We may transfer your data to a buyer in the event of a merger; you can ask us about it.', ''],
    ['de', 'Sie können uns fragen, an welche Dienstleister wir Daten übermitteln.', ''],
  ])('no portability, %s: %s', (lang, text, heading) => expectNot(text, lang, 'portability', heading));
});

describe('complaint: complaining as a verb, the authority said by its task or its name', () => {
  it.each<[Lang, string, string]>([
    [
      'da',
      'Du har mulighed for at klage over behandlingen af oplysninger og data vedrørende dig. Klage indgives til Datatilsynet, jf. persondatalovens § 58, stk. 1.',
      '',
    ],
    [
      'es',
      'Usted cuenta con un plazo de 15 días hábiles para acudir al Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales y solicitar que se inicie un procedimiento de protección de derechos.',
      'Procedimiento para ejercer derechos del titular',
    ],
    [
      'it',
      'In caso di reclami sulla gestione dei tuoi dati, puoi contattarci o rivolgerti all’autorità locale competente per la protezione dei dati.',
      'Reclami',
    ],
    ['it', "Puoi rivolgerti all'autorità competente per la protezione dei dati.", ''],
    ['es', 'Puedes dirigirte a la autoridad de protección de datos correspondiente a su país.', ''],
    ['fr', "Vous pouvez vous adresser à l'autorité compétente en charge de la protection des données.", ''],
    ['pt', 'Pode dirigir-se à autoridade competente de proteção de dados.', ''],
    ['pl', 'Możesz skontaktować się z krajowym organem ochrony danych.', ''],
    ['en', 'You can contact the authority responsible for data protection in your country.', ''],
    ['de', 'Sie können sich an die zuständige Datenschutzbehörde wenden.', ''],
    ['nl', 'U kunt zich wenden tot de autoriteit voor gegevensbescherming.', ''],
    ['en', 'You have the possibility to complain about the processing of your personal data.', ''],
  ])('%s: %s', (lang, text, heading) => expectRight(text, lang, 'complaint', heading));

  it.each<[Lang, string, string]>([
    // Notifying the authority (a breach) is our duty, not the reader's complaint.
    [
      'es',
      'Asimismo, deberán informar a la autoridad supervisora relevante en materia de protección de datos.',
      'Tus derechos',
    ],
    ['en', 'We will notify the relevant supervisory authority within 72 hours.', 'Your rights'],
    ['it', "Comunicheremo la violazione all'autorità di controllo entro 72 ore.", 'I tuoi diritti'],
    ['pl', 'Możesz skontaktować się z organizacją ochrony danych.', ''],
    ['de', 'Die Datenschutzbehörde hat uns eine Frist gesetzt.', ''],
  ])('no complaint, %s: %s', (lang, text, heading) => expectNot(text, lang, 'complaint', heading));
});

describe('"has the opportunity / possibility to": a grant like "you can"', () => {
  it.each<[Lang, string, Right]>([
    [
      'en',
      'The user has the opportunity to revoke his consent to the processing of personal data at any time.',
      'withdraw-consent',
    ],
    ['de', 'Sie haben die Möglichkeit, Ihre Einwilligung jederzeit zu widerrufen.', 'withdraw-consent'],
    ['nl', 'U heeft de mogelijkheid uw toestemming in te trekken.', 'withdraw-consent'],
    ['nb', 'Du har mulighet til å trekke tilbake samtykket ditt.', 'withdraw-consent'],
    ['sv', 'Du har möjlighet att återkalla ditt samtycke.', 'withdraw-consent'],
    ['da', 'Du har mulighed for at tilbagekalde dit samtykke.', 'withdraw-consent'],
    ['fr', 'Vous avez la possibilité de retirer votre consentement.', 'withdraw-consent'],
    ['es', 'Tiene la posibilidad de revocar su consentimiento.', 'withdraw-consent'],
    ['it', 'Hai la possibilità di revocare il tuo consenso.', 'withdraw-consent'],
    ['pl', 'Masz możliwość wycofania zgody.', 'withdraw-consent'],
    ['pt', 'Tem a possibilidade de retirar o seu consentimento.', 'withdraw-consent'],
  ])('%s: %s', (lang, text, right) => expectRight(text, lang, right));

  it.each<[Lang, string]>([
    ['en', 'You have the option to subscribe to our newsletter.'],
    ['de', 'Sie haben die Möglichkeit, unseren Newsletter zu abonnieren.'],
    ['da', 'Du har mulighed for at tilmelde dig vores nyhedsbrev.'],
  ])('no right, %s: %s', (lang, text) => expect(rightsBoth(text, lang)).toEqual([[], []]));
});

describe('rectification: the reader changing the data held about them', () => {
  it.each<[Lang, string]>([
    ['en', 'You can change the data stored about you at any time.'],
    ['en', 'You can change your personal data at any time.'],
    ['de', 'Sie können die über Sie gespeicherten Daten jederzeit ändern.'],
    ['nb', 'Du kan endre opplysningene vi har om deg.'],
    ['sv', 'Du kan ändra de uppgifter vi har om dig.'],
    ['da', 'Du kan ændre dine personoplysninger når som helst.'],
    ['fr', 'Vous pouvez modifier vos données personnelles à tout moment.'],
    ['es', 'Puede modificar sus datos personales en cualquier momento.'],
    ['it', 'Puoi modificare i tuoi dati personali in qualsiasi momento.'],
    ['pl', 'Możesz zmienić swoje dane osobowe w każdej chwili.'],
    ['pt', 'Pode alterar os seus dados pessoais a qualquer momento.'],
  ])('%s: %s', (lang, text) => expectRight(text, lang, 'rectification'));

  it.each<[Lang, string]>([
    // "change" of other things: settings, a password, our own collection.
    ['en', 'You can change your cookie settings at any time.'],
    ['en', 'You can change your password at any time.'],
    ['en', 'You can change the language of the app at any time.'],
    ['de', 'Sie können Ihre Cookie-Einstellungen jederzeit ändern.'],
    ['fr', 'Vous pouvez modifier vos paramètres de cookies à tout moment.'],
    ['es', 'Puede modificar la configuración de su navegador.'],
  ])('no right, %s: %s', (lang, text) => expectNot(text, lang, 'rectification'));
});

describe('restriction: the second verb of "object to or restrict", processing said with another noun', () => {
  it.each<[Lang, string]>([
    ['it', 'Opporsi o limitare l’elaborazione dei tuoi dati per determinate finalità.'],
    ['es', 'Puedes oponerte o limitar el procesamiento de tus datos.'],
    ['pt', 'Pode opor-se ou limitar o processamento dos seus dados.'],
    ['fr', "Vous pouvez vous opposer ou limiter l'utilisation de vos données."],
    ['en', 'You can object to or limit the processing of your personal data.'],
  ])('%s: %s', (lang, text) => {
    const heading = lang === 'it' ? 'Diritti e scelte a tua disposizione' : '';
    expectRight(text, lang, 'restriction', heading);
  });

  it.each<[Lang, string]>([
    ['es', 'Puede limitar el uso de cookies en su navegador.'],
    ['it', "Puoi limitare l'uso dei cookie dalle impostazioni del browser."],
    ['pt', 'Pode limitar o uso de cookies no seu navegador.'],
  ])('no restriction, %s: %s', (lang, text) => expectNot(text, lang, 'restriction'));
});

describe('access and erasure said as nouns after "Solicitar" (es, Uruguay)', () => {
  it.each<[Lang, string, Right]>([
    ['es', 'Solicitar acceso a los datos que tenemos sobre vos', 'access'],
    ['es', 'Solicitar la eliminación de tus datos de nuestros registros', 'erasure'],
    ['fr', 'Demander l’accès aux données que nous détenons.', 'access'],
    ['nl', 'Je kunt vragen om toegang tot de gegevens die wij hebben.', 'access'],
    ['it', "Puoi richiedere l'eliminazione dei tuoi dati.", 'erasure'],
  ])('%s: %s', (lang, text, right) => expectRight(text, lang, right, lang === 'es' ? '6. Tus derechos' : ''));

  it.each<[Lang, string, Right]>([
    // Staff with access, and cookies removed, stay no right.
    ['es', 'Solo el personal autorizado tiene acceso a los datos que tratamos.', 'access'],
    ['fr', 'Seul le personnel autorisé a accès aux données que nous traitons.', 'access'],
    ['es', 'Puede solicitar la eliminación de cookies desde su navegador.', 'erasure'],
  ])('no right, %s: %s', (lang, text, right) => expectNot(text, lang, right));
});
