/**
 * Mail sent to the person or written by them, read by one rule whether or not the sentence has a collection
 * verb (test/lang-eval/README.md, `email`): a sending term passes the same checks in a sentence with a
 * collection verb as alone (negated within the term, a cookie's description, a notice), a notice of changes
 * to the policy is the channel of the sending it governs (not of another sending the sentence joins to it:
 * "... about changes to this privacy policy and send you our newsletter"), and the person writing to us by
 * e-mail names their address only where the sentence states what is done with what they send: an invitation
 * to write or to exercise one's rights by e-mail is the channel, in every language. Italian "inviare una
 * e-mail" is the person writing unless we are its subject ("possiamo inviare una e-mail", "Le invieremo e-mail").
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('a sending term passes the same checks beside a collection verb', () => {
  test.each<[Lang, string, string?]>([
    ['de', 'Wir verwenden Ihre Daten zur Vertragserfüllung, senden Ihnen aber keine Newsletter.'],
    ['nl', 'Wij gebruiken uw gegevens voor de levering, maar sturen u geen nieuwsbrieven.'],
    ['nb', 'Vi bruker opplysningene til levering, men vi sender deg ikke nyhetsbrev.'],
    ['sv', 'Vi använder uppgifterna för leveransen men skickar dig inga nyhetsbrev.'],
    ['da', 'Vi bruger oplysningerne til levering, men sender dig ingen nyhedsbreve.'],
    ['en', '_mcid | Mailchimp | used to send you newsletters | 1 year', 'Cookies'],
    ['de', '_mcid | Mailchimp | wird verwendet, um Ihnen Newsletter zu senden | 1 Jahr', 'Cookies'],
    ['en', 'Mailchimp uses this cookie to send you newsletters.'],
  ])('%s: no address in "%s"', (lang, text, heading) => {
    for (const types of typesBoth(text, lang, heading)) expect(types).not.toContain('email');
  });

  test.each<[Lang, string]>([
    ['en', 'We use your data to send you newsletters.'],
    ['de', 'Wir verwenden Ihre Daten, um Ihnen Newsletter zu senden.'],
  ])('%s: the practice still counts in "%s"', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual(['email']);
  });
});

describe('mail about changes to the policy is a notice, in every language', () => {
  test.each<[Lang, string]>([
    ['en', 'We will send you e-mails about changes to this privacy policy.'],
    ['de', 'Wir senden Ihnen E-Mails über Änderungen dieser Datenschutzerklärung.'],
    ['nl', 'Wij sturen u e-mails over wijzigingen in deze privacyverklaring.'],
    ['nb', 'Vi sender deg e-post om endringer i personvernerklæringen.'],
    ['sv', 'Vi skickar dig e-post om ändringar i integritetspolicyn.'],
    ['da', 'Vi sender dig e-mails om ændringer i denne privatlivspolitik.'],
    ['fr', 'Nous pouvons vous envoyer des courriels sur les modifications de la présente politique.'],
    ['es', 'Podemos enviarle e-mails sobre cambios en esta política de privacidad.'],
    ['it', 'Potremmo inviarti e-mail sulle modifiche a questa informativa.'],
    ['pl', 'Będziemy wysyłać newsletter z informacją o zmianach polityki prywatności.'],
    ['pt', 'Podemos enviar-lhe e-mails sobre alterações a esta política de privacidade.'],
  ])('%s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual([]);
  });

  test('mail about changes to the service is still mail sent (en)', () => {
    for (const types of typesBoth('We will send you e-mails about changes to our services.', 'en'))
      expect(types).toEqual(['email']);
  });

  test.each<[Lang, string]>([
    ['en', 'If we change this privacy policy, we will send you e-mails about it.'],
    ['en', 'If we change this privacy policy or our practices, we will send you e-mails about it.'],
    ['de', 'Wenn wir diese Datenschutzerklärung ändern, senden wir Ihnen E-Mails dazu.'],
  ])('%s: a change before the sending, not parted from it, still gives notice: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual([]);
  });
});

describe('a notice of changes covers only the sending it governs', () => {
  test.each<[Lang, string]>([
    ['en', 'We will email you about changes to this privacy policy and send you our newsletter.'],
    ['en', 'We send you our newsletter and we will send you e-mails about changes to this privacy policy.'],
    ['en', 'We will send you e-mails about new features and changes to this privacy policy.'],
    [
      'de',
      'Wir schreiben Ihnen bei Änderungen dieser Datenschutzerklärung und senden Ihnen unseren Newsletter.',
    ],
    ['nl', 'Wij mailen u over wijzigingen in deze privacyverklaring en sturen u onze nieuwsbrief.'],
    ['nb', 'Vi skriver til deg om endringer i personvernerklæringen og sender deg nyhetsbrev.'],
    ['sv', 'Vi mejlar dig om ändringar i integritetspolicyn och skickar dig vårt nyhetsbrev.'],
    ['da', 'Vi skriver til dig om ændringer i denne privatlivspolitik og sender dig vores nyhedsbrev.'],
    [
      'fr',
      'Nous vous écrivons lors de modifications de la présente politique et pouvons vous envoyer notre newsletter.',
    ],
    ['es', 'Le escribiremos sobre cambios en esta política de privacidad y podemos enviarle boletines.'],
    ['it', 'Ti scriveremo in caso di modifiche a questa informativa e potremo inviarti la newsletter.'],
    ['pl', 'Piszemy o zmianach w polityce prywatności i wysyłamy newsletter.'],
    [
      'pt',
      'Escrevemos-lhe sobre alterações a esta política de privacidade e podemos enviar-lhe newsletters.',
    ],
  ])('%s: the other sending still counts in "%s"', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual(['email']);
  });
});

describe('it: the direction of "inviare una e-mail" is its subject\'s', () => {
  test.each<[Lang, string]>([
    ['it', 'Possiamo inviarLe una e-mail con le nostre offerte.'],
    ['it', 'Possiamo inviare una e-mail con le nostre offerte.'],
    ['it', 'Le invieremo e-mail con offerte.'],
    ['it', 'Le inviamo la newsletter ogni mese.'],
    ['it', 'Inviamo una e-mail di conferma dopo ogni ordine.'],
    ['it', 'Mailchimp ti invia la newsletter per nostro conto.'],
  ])('%s: we send, the address is processed: "%s"', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual(['email']);
  });

  test.each<[Lang, string]>([
    ['it', 'Per esercitare i tuoi diritti puoi inviare una e-mail a privacy@example.it.'],
    ['it', 'Per esercitare i tuoi diritti puoi inviarci una e-mail.'],
    ['it', 'Vi invitiamo a inviare una e-mail a privacy@example.it.'],
    ['it', 'Potremmo inviare una e-mail sulle modifiche a questa informativa.'],
  ])('%s: the person writes, or a notice: no address in "%s"', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual([]);
  });
});

describe('writing to us by e-mail: a channel unless the sentence states what is done with it', () => {
  test.each<[Lang, string]>([
    ['en', 'To exercise your rights, send us an e-mail at privacy@example.com.'],
    ['de', 'Um Ihre Rechte auszuüben, können Sie uns eine E-Mail schreiben.'],
    ['de', 'Zur Ausübung Ihrer Rechte können Sie uns per E-Mail kontaktieren.'],
    ['nl', 'Om uw rechten uit te oefenen kunt u ons een e-mail sturen.'],
    ['nb', 'For å utøve rettighetene dine kan du kontakte oss på e-post.'],
    ['sv', 'För att utöva dina rättigheter kan du skicka ett mejl till oss.'],
    ['da', 'For at udøve dine rettigheder kan du kontakte os via e-mail.'],
    ['fr', 'Pour exercer vos droits, vous pouvez envoyer votre demande par courriel à privacy@example.fr.'],
    ['es', 'Para ejercer sus derechos, nos envía un correo a privacidad@example.es.'],
    ['it', 'Per esercitare i tuoi diritti puoi inviare una e-mail a privacy@example.it.'],
    ['it', 'Per esercitare i tuoi diritti puoi scriverci via e-mail.'],
  ])('%s: no address in "%s"', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual([]);
  });

  test.each<[Lang, string]>([
    ['en', 'If you send us an e-mail, we store your message.'],
    ['de', 'Wenn Sie uns per E-Mail kontaktieren, verarbeiten wir Ihre Angaben.'],
    ['it', 'Se ci invii una e-mail, conserviamo il messaggio.'],
    ['it', 'Se decidi di inviare una e-mail, conserviamo il messaggio.'],
  ])('%s: the address of whoever writes in "%s"', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toContain('email');
  });
});
