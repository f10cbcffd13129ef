/**
 * A payment processor named where payments are handled ("Betalinger håndteres af Nets", "I pagamenti sono
 * gestiti da Nexi", "processados pela easypay") is named as itself, a service provider. Nexi and Nets are
 * two companies (Nexi bought Nets): Nexi is never shown as Nets. "Nets" is also an ordinary word (fishing
 * nets, tennis nets), so like a bare company it counts only after a tool word ("af", "by", "da") or in a
 * sentence that presents recipients; a sentence with nets and no such word names no one.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const sharingOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing;

describe('a payment processor handling payments is named, in every language', () => {
  test.each<[Lang, string, string]>([
    ['en', 'Payments are handled by Nets, which is PCI certified.', 'Nets'],
    ['en', 'Payments are handled by Nexi, which acts as an independent controller.', 'Nexi'],
    ['de', 'Zahlungen werden von Nets abgewickelt.', 'Nets'],
    ['de', 'Zahlungen werden über Nexi abgewickelt.', 'Nexi'],
    ['nl', 'Betalingen worden verwerkt door Nexi.', 'Nexi'],
    ['nb', 'Betalinger håndteres av Nets, som er PCI-sertifisert.', 'Nets'],
    ['sv', 'Betalningar hanteras av Nets, som är PCI-certifierat.', 'Nets'],
    ['da', 'Betalinger håndteres af Nets, som er PCI-certificeret.', 'Nets'],
    ['da', 'Betalinger håndteres af Nets A/S.', 'Nets'],
    ['fr', 'Les paiements sont traités par Nexi.', 'Nexi'],
    ['es', 'Los pagos son procesados por Nexi.', 'Nexi'],
    ['it', 'I pagamenti sono gestiti da Nexi, che agisce come titolare autonomo.', 'Nexi'],
    ['pl', 'Płatności obsługuje Nexi.', 'Nexi'],
    ['pt', 'Os pagamentos são processados pela easypay, a nossa entidade de pagamentos.', 'easypay'],
    ['pt', 'Os pagamentos são processados pela EasyPay.', 'easypay'],
  ])('%s: %s', (lang, text, name) => {
    const sharing = sharingOf(text, lang);
    expect(sharing.named).toEqual([name]);
    expect(sharing.recipients).toContain('service-providers');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['en', 'Nets and rackets are provided by the club.'],
    ['en', 'Fishing nets are not allowed in the lake.'],
    ['de', 'Nets und Schläger stellt der Verein.'],
    ['da', 'Nets og ketsjere stilles til rådighed af klubben.'],
  ])('%s: %s', (lang, text) => {
    expect(sharingOf(text, lang).named).toEqual([]);
  });

  test('Nexi is never read as Nets', () => {
    expect(sharingOf('I pagamenti sono gestiti da Nexi.', 'it').named).not.toContain('Nets');
  });

  test('a denied handling names no one', () => {
    expect(sharingOf('Payments are not handled by Nexi.', 'en').named).toEqual([]);
  });
});
