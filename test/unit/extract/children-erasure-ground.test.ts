import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

/**
 * A card audit of real pages (session 13) found "children: yes" read from the GDPR's erasure ground for a
 * child's data (Art. 17(1)(f)) listed among the reader's rights. See docs/extraction.md, "Rights a card audit
 * of real pages missed, and a children's erasure ground".
 */

describe('children: the GDPR erasure ground for a child’s data, in a rights list, is no statement about children', () => {
  const intro = {
    text: 'Du har under vissa omständigheter rätt att bli raderad:',
    heading: 'Vilka rättigheter har du?',
  };
  it('sv list item under a rights heading reads no children', () => {
    const item = {
      text: 'Om personuppgifterna avser barn och har samlats in i samband med att barnet skapar en profil i ett socialt nätverk',
      kind: 'list-item' as const,
      heading: 'Vilka rättigheter har du?',
    };
    expect(practicesOf([intro, item], 'sv').children.found).toBe(false);
  });

  it.each<[Lang, string, string]>([
    [
      'en',
      'The personal data of a child have been collected in relation to the offer of information society services.',
      'Your rights',
    ],
    [
      'de',
      'Die personenbezogenen Daten eines Kindes wurden in Bezug auf angebotene Dienste der Informationsgesellschaft erhoben.',
      'Ihre Rechte',
    ],
    [
      'fr',
      "Les données d'un enfant ont été collectées dans le cadre de l'offre de services de la société de l'information.",
      'Vos droits',
    ],
    [
      'es',
      'Los datos de un menor se recogieron en relación con la oferta de servicios de la sociedad de la información.',
      'Sus derechos',
    ],
  ])('%s under a rights heading: no children', (lang, text, heading) => {
    expect(practicesOf([{ text, heading }], lang).children.found).toBe(false);
  });

  it.each<[Lang, string, string]>([
    // The same words under a children heading, or outside rights, or with an age, still read.
    [
      'sv',
      'Om personuppgifterna avser barn och har samlats in i samband med att barnet skapar en profil i ett socialt nätverk',
      'Om barn',
    ],
    ['en', 'We do not knowingly collect personal data from children.', 'Your rights'],
    [
      'en',
      'We do not offer information society services to children under 16 and do not collect their data.',
      'Your rights',
    ],
  ])('%s still reads children: %s', (lang, text, heading) => {
    expect(practicesOf([{ text, heading }], lang).children.found).toBe(true);
  });
});
