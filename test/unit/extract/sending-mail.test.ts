/**
 * Sending the person e-mails, newsletters or confirmations means their address is processed
 * (test/lang-eval/README.md, `email`), in all eleven languages: "vous envoyer nos alertes par courriel",
 * "send you periodic e-mails", "Bekreftelser sendes på e-post", "när vi skickar löpande e-post", "udsendelse
 * af nyhedsbrevet" name the e-mail address (data-types/types-identity.json `email`). A notice of changes "by e-mail" or a
 * way to exercise one's rights by e-mail still names none (the channel masks), even in a passage the model
 * calls collection.
 */
import { describe, expect, test } from 'vitest';
import { extractPractices } from '../../../src/core/extract/index';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf, segments, silentScores } from './helpers';

const typesOf = (text: string, lang: Lang) => practicesOf([text], lang).collection.dataTypes;

/** The data types of `text` read as a passage the model is sure is about collection. */
function typesInCollectionPassage(text: string, lang: Lang) {
  const segs = segments([text]);
  const scores = silentScores(segs.length).map((s) => ({ ...s, collection: 0.9 }));
  return extractPractices(segs, scores, lang).collection.dataTypes;
}

describe('sending e-mails, newsletters or confirmations processes the address', () => {
  test.each<[Lang, string]>([
    ['en', 'We use your information to send you periodic e-mails about our products.'],
    ['en', 'If you have opted-in to receive our e-mail newsletter, we may send you periodic e-mails.'],
    ['en', 'We use your data to send newsletters and other promotional materials to you.'],
    ['en', 'We use your details to send you a confirmation of your booking.'],
    ['de', 'Wir verwenden Ihre Daten, um Ihnen regelmäßig E-Mails zu senden.'],
    ['de', 'Wir nutzen Ihre Daten für den Versand unseres Newsletters.'],
    ['de', 'Wir verwenden Ihre Daten, um Ihnen eine Bestätigungsmail zu schicken.'],
    ['nl', 'Wij gebruiken uw gegevens om u onze nieuwsbrief te sturen.'],
    ['nl', 'Wij gebruiken uw gegevens voor de verzending van de nieuwsbrief.'],
    ['nb', 'Vi lagrer bookingdata, og bekreftelser sendes på e-post.'],
    ['nb', 'Vi bruker opplysningene til å sende deg nyhetsbrev.'],
    ['sv', 'Vi använder Mailgun när vi skickar löpande e-post.'],
    ['sv', 'Vi använder dina uppgifter för att skicka dig nyhetsbrev.'],
    ['da', 'Vi bruger dine oplysninger til at sende dig nyhedsbreve.'],
    ['da', 'Vi bruger Mailchimp til udsendelse af nyhedsbrevet.'],
    ['pl', 'Wykorzystujemy Twoje dane do wysyłki newslettera.'],
    ['pl', 'Przetwarzamy dane w celu wysyłania potwierdzeń rezerwacji.'],
    ['fr', 'Nous utilisons vos données pour vous envoyer nos alertes par courriel.'],
    ['fr', 'Nous utilisons vos données pour vous envoyer notre newsletter.'],
    ['es', 'Usamos su información para enviar e-mails con nuestros boletines.'],
    ['es', 'Tratamos sus datos para el envío de boletines.'],
    ['pt', 'Utilizamos os seus dados para enviar newsletters e informações sobre os nossos serviços.'],
    ['it', "Trattiamo i suoi dati per l'invio della newsletter."],
  ])('%s: %s', (lang, text) => {
    expect(typesOf(text, lang)).toContain('email');
  });

  test.each<[Lang, string]>([
    ['en', 'If we change how we use your data, we will notify you by e-mail.'],
    ['en', 'We may send you an e-mail to inform you of changes to how we use your data.'],
    ['en', 'If you have not opted-in to receive e-mail newsletters, you will not receive these e-mails.'],
    ['de', 'Wenn wir ändern, wie wir Ihre Daten verarbeiten, informieren wir Sie per E-Mail.'],
    ['de', 'Wenden Sie sich per E-Mail an uns, um Ihre Rechte an den verarbeiteten Daten auszuüben.'],
    ['nl', 'Als we wijzigen hoe we uw gegevens verwerken, informeren wij u per e-mail.'],
    ['nb', 'Hvis vi endrer hvordan vi behandler opplysningene, vil vi varsle deg på e-post.'],
    ['sv', 'Vi kommer att informera dig via e-post om vi ändrar hur vi behandlar dina uppgifter.'],
    ['da', 'Vi vil informere dig via e-mail, hvis vi ændrer, hvordan vi behandler dine oplysninger.'],
    ['nb', 'Hvis vi endrer hvordan vi behandler opplysningene, varsler vi deg på e-post.'],
    ['nb', 'Hvis vi endrer hvordan vi behandler opplysningene, informerer vi deg på e-post.'],
    ['sv', 'Om vi ändrar hur vi behandlar dina uppgifter informerar vi dig via e-post.'],
    ['sv', 'Om vi ändrar hur vi behandlar dina uppgifter meddelar vi dig via e-post.'],
    ['sv', 'Om vi ändrar hur vi behandlar dina uppgifter underrättar vi dig via e-post.'],
    ['da', 'Hvis vi ændrer, hvordan vi behandler dine oplysninger, informerer vi dig via e-mail.'],
    ['da', 'Hvis vi ændrer, hvordan vi behandler dine oplysninger, underretter vi dig via e-mail.'],
    ['pl', 'Jeśli zmienimy sposób, w jaki przetwarzamy dane, poinformujemy Cię drogą e-mailową.'],
    ['fr', 'Pour exercer vos droits sur les données que nous traitons, contactez-nous par courriel.'],
    ['es', 'Si cambiamos cómo tratamos sus datos, le informaremos por correo electrónico.'],
    ['it', 'Se cambiamo il modo in cui trattiamo i dati, ti informeremo via e-mail.'],
    ['pt', 'Se mudarmos a forma como tratamos os dados, informaremos por e-mail.'],
  ])('the channel alone names no address (%s: %s)', (lang, text) => {
    expect(typesInCollectionPassage(text, lang)).not.toContain('email');
  });

  test('ordering a newsletter is no payment (de)', () => {
    const text =
      'Hierzu protokollieren wir die Bestellung des Newsletters, den Versand einer Bestätigungsmail und den Eingang der Antwort.';
    expect(typesInCollectionPassage(text, 'de')).toEqual(['email']);
  });

  test('messages the person opted to receive are not communications collected (en)', () => {
    const text =
      'We may use personally identifiable information to send newsletters and text messages that you have opted to receive.';
    expect(typesInCollectionPassage(text, 'en')).toEqual(['email']);
  });
});
