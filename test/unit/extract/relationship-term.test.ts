/**
 * How long said by a relationship's term ("for the duration of the contract", "gedurende de periode dat men
 * aangemeld is") is a criterion; opening the sentence it is also a keeping cue, since a list item or table
 * cell that answers "how long?" holds no verb. Inside a sentence it is as often a contract's matter.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang) => practicesOf([text], lang).retention;

describe("a relationship's term answers how long", () => {
  test.each<[Lang, string]>([
    ['en', 'For the duration of the contract.'],
    ['en', 'During the period in which you are subscribed.'],
    ['de', 'Für die Dauer des Vertrags.'],
    ['de', 'Für den Zeitraum, in dem Sie angemeldet sind.'],
    ['nl', 'Gedurende de looptijd van het lidmaatschap.'],
    ['nl', 'Gedurende de periode dat men aangemeld is.'],
    ['nb', 'I perioden du er registrert som medlem.'],
    ['sv', 'Under den tid som du är medlem.'],
    ['da', 'I den periode, hvor du er tilmeldt.'],
    ['fr', 'Pendant la période où vous êtes inscrit.'],
    ['es', 'Durante el tiempo en que esté suscrito.'],
    ['it', 'Per il periodo in cui sei iscritto.'],
    ['pl', 'Przez okres, w którym jesteś zapisany.'],
    ['pt', 'Durante o período em que estiver inscrito.'],
  ])('%s: %s', (lang, text) => {
    const r = retentionOf(text, lang);
    expect(r.kind).toBe('criteria');
    expect(r.periods).toEqual([]);
  });

  test.each<[Lang, string]>([
    ['en', 'For the duration of your membership and then for at most 7 years in our accounts.'],
    ['de', 'Während der Vertragslaufzeit und danach nur in der Buchhaltung für höchstens 7 Jahre.'],
    ['nb', 'I avtaleperioden og deretter kun i regnskapet i inntil 7 år.'],
    ['sv', 'Under avtalstiden och därefter endast i bokföringen i högst 7 år.'],
    ['da', 'I aftaleperioden og derefter kun i regnskabet i højst 7 år.'],
    ['fr', 'Pendant toute la durée du contrat, puis 7 ans au maximum dans la comptabilité.'],
    ['es', 'Durante la vigencia del contrato y después solo en la contabilidad durante un máximo de 7 años.'],
    ['it', 'Per tutta la durata del contratto e poi solo nella contabilità per un massimo di 7 anni.'],
    [
      'pl',
      'Przez czas trwania umowy, a następnie wyłącznie w dokumentacji księgowej przez maksymalnie 7 lat.',
    ],
    ['pt', 'Durante a vigência do contrato e depois apenas na contabilidade por no máximo 7 anos.'],
    [
      'nl',
      'Gedurende de looptijd van de overeenkomst en daarna alleen in de financiële administratie voor maximaal 7 jaar.',
    ],
  ])('%s: and the period after it: %s', (lang, text) => {
    const r = retentionOf(text, lang);
    expect(r.kind).toBe('specific');
    expect(r.periods).toEqual(['P7Y']);
  });

  test.each<[Lang, string]>([
    ['en', 'We are liable for defects during the term of the agreement and three years after it ends.'],
    [
      'sv',
      'Bovision ansvarar enligt lag för fel på tjänsten under hela avtalstiden och tre år efter att avtalet har upphört.',
    ],
    ['de', 'Die Kündigungsfrist beträgt während der Vertragslaufzeit drei Monate.'],
    ['en', 'Personal Data will be Processed for the duration of the Agreement.'],
  ])('%s: inside a sentence with no keeping verb it is no cue: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).toBe('none');
  });

  test.each<[Lang, string]>([
    ['en', 'During the term of your subscription, you may cancel at any time.'],
    ['en', 'For the duration of your membership, you will receive our newsletter by email.'],
    ['de', 'Während der Laufzeit Ihres Vertrages erhalten Sie regelmäßig unseren Newsletter.'],
    ['nl', 'Gedurende de looptijd van het abonnement kunt u op elk moment opzeggen.'],
    ['sv', 'Under avtalstiden kan du när som helst säga upp tjänsten.'],
    ['nb', 'I avtaleperioden kan du når som helst si opp abonnementet.'],
    ['da', 'I aftaleperioden kan du til enhver tid opsige dit abonnement.'],
    ['fr', "Pendant toute la durée de l'abonnement, vous recevrez notre newsletter."],
    ['es', 'Durante la vigencia del contrato, puede cancelar su suscripción en cualquier momento.'],
    ['it', "Per tutta la durata dell'abbonamento riceverai la nostra newsletter."],
    ['pl', 'Przez czas trwania umowy możesz w każdej chwili zrezygnować z subskrypcji.'],
    ['pt', 'Durante a vigência do contrato, você pode cancelar a assinatura a qualquer momento.'],
  ])('%s: opening a sentence of its own it is no cue: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).toBe('none');
  });

  test('with a keeping verb it is a criterion anywhere', () => {
    expect(retentionOf('Wir speichern Ihre Daten während der Vertragslaufzeit.', 'de').kind).toBe('criteria');
    expect(retentionOf('We keep your data for the duration of your membership.', 'en').kind).toBe('criteria');
  });
});
