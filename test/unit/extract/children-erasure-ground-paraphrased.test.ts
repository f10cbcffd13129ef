import { describe, expect, it } from 'vitest';
import { extractPractices } from '../../../src/core/extract/index';
import type { Lang } from '../../../src/core/vocabulary';
import { segments, silentScores } from './helpers';

/** Children found on a one-passage page whose classifier reads the passage as about audiences (children). */
function childrenWithModel(text: string, heading: string, lang: Lang): boolean {
  const segs = segments([{ text, heading }]);
  const scores = silentScores(1).map((s) => ({ ...s, audiences: 0.9 }));
  return extractPractices(segs, scores, lang).children.found;
}

/**
 * The GDPR's erasure ground for a child's data (Art. 17(1)(f)) paraphrased under a rights heading: data
 * "processed" (not "collected") in connection with information society services offered to a child, data
 * that "relates to" that offer, or consent given "as a child" (review14 finding 6). It is one item of the
 * reader's rights, no statement that the service's users are children (children/erasure-grounds.json erasureGroundCollected).
 */
describe('children: the erasure ground paraphrased under a rights heading is no children statement', () => {
  it.each<[Lang, string, string]>([
    [
      'en',
      'You can ask us to erase your data if it was processed in connection with information society services offered to a child.',
      'Your rights',
    ],
    [
      'en',
      'You can request erasure if you gave your consent as a child to information society services.',
      'Your rights',
    ],
    [
      'en',
      'You may request deletion where the data relates to the offer of information society services to a child.',
      'Right to erasure',
    ],
    [
      'de',
      'Sie können die Löschung verlangen, wenn Sie als Kind in die Nutzung von Diensten der Informationsgesellschaft eingewilligt haben.',
      'Ihre Rechte',
    ],
    [
      'de',
      'Sie können die Löschung verlangen, wenn Ihre Daten als Kind im Rahmen von Diensten der Informationsgesellschaft verarbeitet wurden.',
      'Ihre Rechte',
    ],
    [
      'fr',
      "Vous pouvez demander l'effacement lorsque les données ont été traitées dans le cadre de services de la société de l'information proposés à un enfant.",
      'Vos droits',
    ],
    [
      'sv',
      'Du kan begära radering om uppgifterna behandlats i samband med informationssamhällets tjänster som erbjuds till barn.',
      'Dina rättigheter',
    ],
    [
      'es',
      'Puede solicitar la supresión cuando los datos se hayan tratado en relación con servicios de la sociedad de la información ofrecidos a un menor.',
      'Sus derechos',
    ],
    [
      'it',
      "Puoi chiedere la cancellazione se i dati riguardano servizi della società dell'informazione offerti a minori.",
      'I tuoi diritti',
    ],
    [
      'pt',
      'Pode solicitar o apagamento se os dados foram tratados no contexto de serviços da sociedade da informação oferecidos a crianças.',
      'Os seus direitos',
    ],
    [
      'pl',
      'Możesz żądać usunięcia danych, jeśli były przetwarzane w związku z usługami społeczeństwa informacyjnego oferowanymi dziecku.',
      'Twoje prawa',
    ],
    [
      'nl',
      'U kunt verwijdering vragen als de gegevens zijn verwerkt in verband met diensten van de informatiemaatschappij aan een kind.',
      'Uw rechten',
    ],
    [
      'da',
      'Du kan anmode om sletning, hvis oplysningerne er behandlet i forbindelse med informationssamfundstjenester, der tilbydes børn.',
      'Dine rettigheder',
    ],
    [
      'nb',
      'Du kan be om sletting dersom opplysningene er behandlet i forbindelse med informasjonssamfunnstjenester som tilbys barn.',
      'Dine rettigheter',
    ],
  ])('%s: %s', (lang, text, heading) => {
    expect(childrenWithModel(text, heading, lang)).toBe(false);
  });

  it.each<[Lang, string, string]>([
    // Real statements about the service's users, under a rights heading or not, still read.
    ['en', 'Our information society services are not directed at children.', 'Your rights'],
    ['de', 'Unsere Dienste der Informationsgesellschaft richten sich nicht an Kinder.', 'Ihre Rechte'],
    ['fr', "Nos services de la société de l'information ne s'adressent pas aux enfants.", 'Vos droits'],
    [
      'en',
      'You can ask us to erase your data if it was processed in connection with information society services offered to a child.',
      'Children',
    ],
    [
      'en',
      'We do not offer information society services to children under 16 and data processed about them is deleted.',
      'Your rights',
    ],
  ])('%s still reads children: %s', (lang, text, heading) => {
    expect(childrenWithModel(text, heading, lang)).toBe(true);
  });
});
