/**
 * Payments handled by the operator or its payment processor, said as a practice ("Card payments are processed
 * by Stripe", "Kartenzahlungen werden über Stripe abgewickelt", "Płatności obsługuje Przelewy24"): paying hands
 * over card, bank or transaction data, so the sentence states `payment` (test/lang-eval/README.md: data
 * processed by the operator or a third party it uses) and is its own collection cue, in every language. A
 * denied handling ("Payments are not processed on this website") states nothing, and neither does a payment
 * word with no handling ("We accept payments by card", "Refunds are processed within 14 days").
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesSilent } from './helpers';

describe('payments handled by a processor are payment data, in every language', () => {
  test.each<[Lang, string]>([
    ['en', 'Card payments are processed by Stripe.'],
    ['en', 'Card payments are processed by Stripe; we never see your full card number.'],
    ['en', 'Your payment is handled securely by PayPal.'],
    ['en', 'Stripe handles all payments for us.'],
    ['de', 'Kartenzahlungen werden über Stripe abgewickelt; wir sehen Ihre vollständige Kartennummer nie.'],
    ['de', 'Die Zahlung erfolgt über PayPal.'],
    ['de', 'Wir wickeln Zahlungen über Stripe ab.'],
    ['nl', 'Betalingen worden verwerkt door Mollie.'],
    ['nl', 'De betaling verloopt via iDEAL.'],
    ['nb', 'Betaling skjer med Vipps; vi ser aldri kortnummeret ditt.'],
    ['nb', 'Betalingen håndteres av Nets.'],
    ['sv', 'Betalningar hanteras av Klarna; vi ser aldrig ditt fullständiga kortnummer.'],
    ['da', 'Betaling sker via MobilePay; vi ser aldrig dit kortnummer.'],
    [
      'fr',
      'Les paiements par carte sont traités par Stripe ; nous n’avons jamais accès à votre numéro de carte.',
    ],
    ['fr', "Le paiement s'effectue via PayPal."],
    ['es', 'Los pagos con tarjeta se procesan a través de Redsys.'],
    ['es', 'Los pagos son gestionados por PayPal.'],
    ['it', 'I pagamenti sono gestiti da Satispay; non vediamo mai i dati completi della tua carta.'],
    ['pl', 'Płatności obsługuje Przelewy24; nigdy nie widzimy pełnego numeru Twojej karty.'],
    ['pl', 'Płatności są realizowane przez PayU.'],
    [
      'pt',
      'Os pagamentos são processados pelo PagSeguro; nunca temos acesso ao número completo do seu cartão.',
    ],
  ])('%s: payment in "%s"', (lang, text) => {
    expect(typesSilent(text, lang)).toContain('payment');
  });
});

describe('a denied handling or a payment word alone states no payment data', () => {
  test.each<[Lang, string]>([
    ['en', 'Payments are not processed on this website.'],
    ['en', 'We do not process payments.'],
    ['en', 'We accept payments by card.'],
    ['en', 'Refunds are processed within 14 days.'],
    ['en', 'We do not store your card details.'],
    ['de', 'Zahlungen werden nicht über unsere Website abgewickelt.'],
    ['fr', 'Les paiements ne sont pas traités par nos soins.'],
    ['it', 'I pagamenti non sono gestiti da noi.'],
    ['pt', 'Os pagamentos não são processados por nós.'],
    ['es', 'No procesamos pagos.'],
  ])('%s: nothing in "%s"', (lang, text) => {
    expect(typesSilent(text, lang)).not.toContain('payment');
  });
});
