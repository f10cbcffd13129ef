/**
 * Legal boilerplate raises no practice flag (session 12's card audit, the ICO template of a UK app):
 * - the portability right's "transfer the personal information you gave us to another organisation" is no
 *   transfer abroad (twins: "Übermittlung an einen anderen Verantwortlichen", "transfert vers un autre
 *   responsable", "overføring til en annen behandlingsansvarlig"...), while a transfer outside the EEA in the
 *   same sentence still counts;
 * - "data protection law", "a data protection rights request" name the law, not a protection of data (the
 *   Nordic law titles likewise: "forordningen om beskyttelse af fysiske personer"); "we protect your data"
 *   still counts.
 * Each sentence is read with the model silent and with it sure of the topic.
 */
import { describe, expect, test } from 'vitest';
import type { FlagTopic } from '../../../src/core/extract/flags';
import type { Lang, SegmentLabel } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

const LABEL: Readonly<Record<FlagTopic, SegmentLabel>> = {
  security: 'security',
  international: 'audiences',
  changes: 'changes',
};
const flag = (text: string, lang: Lang, topic: FlagTopic) => flagBoth(text, lang, topic, LABEL[topic]);

describe('the portability right is no international transfer', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'Your right to data portability - You have the right to ask that we transfer the personal information you gave us to another organisation, or to you.',
    ],
    ['de', 'Sie können die Übermittlung Ihrer Daten an einen anderen Verantwortlichen verlangen.'],
    ['nl', 'U kunt om doorgifte van uw gegevens aan een andere verwerkingsverantwoordelijke vragen.'],
    ['nb', 'Du kan kreve overføring av opplysningene til en annen behandlingsansvarlig.'],
    ['sv', 'Du kan begära överföring av dina uppgifter till en annan personuppgiftsansvarig.'],
    ['da', 'Du kan anmode om overførsel af dine oplysninger til en anden dataansvarlig.'],
    ['fr', 'Vous pouvez demander le transfert de vos données vers un autre responsable du traitement.'],
    ['es', 'Puede solicitar la transferencia de sus datos a otro responsable.'],
    ['it', 'Puoi chiedere il trasferimento dei tuoi dati ad un altro titolare.'],
    ['pl', 'Możesz żądać przekazywania danych innemu administratorowi.'],
    ['pt', 'Pode pedir a transferência dos seus dados para outro responsável.'],
  ])('%s: %s', (lang, text) => {
    expect(flag(text, lang, 'international')).toEqual([false, false]);
  });

  test.each<[Lang, string, boolean]>([
    ['en', 'We may transfer your data to another company outside the EEA.', true],
    ['en', 'We transfer your data to our servers in other countries.', true],
    ['de', 'Eine Übermittlung in Drittländer erfolgt nur auf Grundlage von Standardvertragsklauseln.', true],
    ['fr', 'Vos données peuvent faire l’objet de transferts vers des pays tiers.', true],
  ])('still a transfer: %s: %s', (lang, text, silent) => {
    expect(flag(text, lang, 'international')).toEqual([silent, true]);
  });
});

describe('the name of the data protection law is no security statement', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'Under UK data protection law, we must have a “lawful basis” for collecting and using your personal information.',
    ],
    [
      'en',
      'Which lawful basis we rely on may affect your data protection rights which are set out in brief below.',
    ],
    [
      'en',
      'To make a data protection rights request, please contact us using the contact details at the top of this privacy notice.',
    ],
    ['en', 'We follow the General Data Protection Regulation.'],
    ['da', 'Vi behandler oplysningerne efter forordningen om beskyttelse af fysiske personer.'],
    ['nb', 'Vi følger loven om behandling og beskyttelse av personopplysninger.'],
    ['sv', 'Vi följer förordningen om skydd för fysiska personer.'],
  ])('%s: %s', (lang, text) => {
    expect(flag(text, lang, 'security')).toEqual([false, false]);
  });

  test.each<[Lang, string]>([
    ['en', 'We protect your personal information with care.'],
    ['en', 'Data protection is important to us and we keep your data secure.'],
    ['da', 'Vi beskytter dine oplysninger.'],
    ['sv', 'Dina uppgifter skyddas av oss.'],
  ])('still security: %s: %s', (lang, text) => {
    expect(flag(text, lang, 'security')).toEqual([false, true]);
  });
});
