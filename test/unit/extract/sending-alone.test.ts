/**
 * A sentence that states the practice of sending the person mail says by itself that their address is
 * processed (test/lang-eval/README.md, `email`): it counts with no collection verb and in a passage the
 * model does not call collection (silent scores here). Negated sending, an unsubscribe instruction, a
 * notice by e-mail, an entry of a list of processors and a cookie's description still name nothing.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const typesOf = (text: string, lang: Lang, heading = '') =>
  practicesOf([{ text, heading }], lang).collection.dataTypes;

describe('sending mail counts without a collection verb', () => {
  test.each<[Lang, string]>([
    ['en', 'After each booking we send you a confirmation e-mail.'],
    ['de', 'Nach der Anmeldung senden wir Ihnen eine Bestätigung.'],
    ['nl', 'Na je aanmelding sturen we je een bevestiging.'],
    ['nb', 'Bekreftelser sendes på e-post, og eventuelt på SMS.'],
    ['sv', 'Vi skickar nyhetsbrev varje månad.'],
    ['da', 'Vi bruger Mailchimp til udsendelse af nyhedsbrevet.'],
    ['fr', 'Chaque mois, nous pouvons vous envoyer notre newsletter.'],
    ['es', 'Cada mes podemos enviarle boletines.'],
    ['it', "Ogni mese curiamo l'invio della newsletter."],
    ['pl', 'Raz w miesiącu wysyłamy newsletter.'],
    ['pt', 'Podemos enviar newsletters mensalmente.'],
  ])('%s: %s', (lang, text) => {
    expect(typesOf(text, lang)).toEqual(['email']);
  });

  test.each<[Lang, string, string?]>([
    ['en', 'You can unsubscribe from our newsletter at any time.'],
    ['en', 'We will never send you e-mails without your consent.'],
    ['en', 'We will notify you and send you e-mails about the changes.'],
    ['en', 'Mailchimp sets it when sending newsletters.', 'Cookies'],
    ['en', 'Mailchimp sets this cookie when sending newsletters.'],
    ['de', 'Wir senden Ihnen keine Newsletter.'],
    ['da', 'Vi udsender ikke nyhedsbreve.'],
    ['es', 'Servicios de Mensajería y envío de boletines: Mailrelay.'],
    ['fr', "MailerLite : plateforme d'envoi de courriels."],
  ])('%s: nothing in %s', (lang, text, heading) => {
    expect(typesOf(text, lang, heading)).toEqual([]);
  });
});
