/**
 * An authority asking for data ("requeridos por una autoridad", "richieste da parte delle autorità") is a
 * disclosure even without a sharing verb; a complaint to the supervisory authority, keeping data by order
 * of an authority, and a request word far from any authority are not. Also: the law as the exception of
 * a negated disclosure, inflected ("casos legalmente previstos"), and a legal basis in a table.
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Recipient } from '../../../src/core/vocabulary';
import { type Block, practicesOf } from './helpers';

const recipientsOf = (blocks: readonly Block[], lang: Lang): readonly Recipient[] =>
  practicesOf(blocks, lang).sharing.recipients;

describe('authorities named by their request', () => {
  test.each<[Lang, string]>([
    ['en', 'We may receive requests from law enforcement authorities for account information.'],
    ['de', 'Auf Anfrage von Behörden melden wir die durchgeführten Transaktionen.'],
    ['nl', 'Op verzoek van de politie kan het bestuur de ledenlijst tonen.'],
    ['nb', 'Ved pålegg fra politiet kan styret vise frem medlemslisten.'],
    ['sv', 'På begäran av polisen kan styrelsen visa medlemslistan.'],
    ['da', 'Efter anmodning fra politiet kan bestyrelsen vise medlemslisten.'],
    ['fr', 'Sur réquisition des autorités judiciaires, le bureau peut montrer la liste des membres.'],
    ['es', 'En caso de que los datos sean requeridos por una autoridad, estarán a su disposición.'],
    ['it', "In alcuni casi l'Autorità può richiedere notizie e informazioni."],
    ['it', 'Motivi legali: per rispondere a richieste da parte delle autorità.'],
    ['pl', 'sądy i organy ścigania – na żądanie i w zakresie przewidzianym prawem,'],
    ['pt', 'Mediante requisição das autoridades judiciais, a direção pode mostrar a lista.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf([text], lang)).toContain('authorities');
  });

  test.each<[Lang, string]>([
    ['en', 'You may request a copy of your data or lodge a complaint with the supervisory authority.'],
    ['es', 'Puede solicitar la supresión y presentar una reclamación ante la autoridad de control.'],
    ['it', "Puoi richiedere l'accesso ai dati o proporre reclamo all'autorità di controllo."],
    ['it', "Il Titolare potrebbe dover conservare i Dati più a lungo per ordine di un'autorità."],
    [
      'de',
      'Sie können jederzeit eine Auskunft anfordern. Für die Abrechnung gelten die Vorgaben des Finanzamts und anderer staatlicher Stellen, die wir sorgfältig beachten.',
    ],
  ])('%s: no authority in "%s"', (lang, text) => {
    expect(recipientsOf([text], lang)).not.toContain('authorities');
  });
});

describe('the law as a recipient, inflected, and not as a legal basis', () => {
  test.each<[Lang, string]>([
    [
      'es',
      'No cederemos ni comunicaremos ninguno de tus datos a terceros, excepto en los casos legalmente previstos.',
    ],
    ['it', 'Non comunichiamo i dati a terzi, salvo nei casi previsti dalla legge.'],
    ['it', 'Il Titolare potrebbe essere obbligato a rivelare i Dati per ordine delle autorità pubbliche.'],
    ['pt', 'Não partilhamos os seus dados com terceiros, exceto quando legalmente exigidos.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf([text], lang)).toContain('authorities');
  });

  test.each<[Lang, string]>([
    [
      'it',
      '| Comunicazioni di servizio | Gestione delle licenze e fatturazione | Obbligo legale (Art. 6.1.c GDPR) |',
    ],
    ['en', 'Invoices shared with our accountant | Legal obligations (Art. 6(1)(c) GDPR)'],
  ])('%s: no authority in the legal basis of "%s"', (lang, text) => {
    expect(recipientsOf([text], lang)).not.toContain('authorities');
  });
});
