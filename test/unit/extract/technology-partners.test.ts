/**
 * "Technology partners" are the service's technology suppliers: service providers, not business partners,
 * in every language that uses the term ("Technologiepartner", "teknologipartnere", "partenaires
 * technologiques", "socios tecnológicos", "partner tecnologici", "partnerzy technologiczni", "parceiros
 * tecnológicos"). Partners of other kinds stay business partners.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('technology partners are service providers', () => {
  test.each<[Lang, string]>([
    ['en', 'We share your data with our technology partners.'],
    ['de', 'Wir geben Ihre Daten an unsere Technologiepartner weiter.'],
    ['de', 'Wir geben Ihre Daten an Technologie-Partner weiter.'],
    ['nl', 'Wij delen uw gegevens met onze technologiepartners.'],
    ['nb', 'Vi deler opplysningene med våre teknologipartnere.'],
    ['sv', 'Vi delar uppgifterna med våra teknikpartners.'],
    ['sv', 'Vi delar uppgifterna med vår teknologipartner.'],
    ['da', 'Vi deler oplysningerne med vores teknologipartnere.'],
    ['fr', 'Nous partageons vos données avec nos partenaires technologiques.'],
    ['es', 'Compartimos sus datos con nuestros socios tecnológicos.'],
    ['es', 'Compartimos sus datos con partners tecnológicos.'],
    ['it', 'Condividiamo i tuoi dati con i nostri partner tecnologici.'],
    ['pl', 'Udostępniamy dane naszym partnerom technologicznym.'],
    ['pl', 'Nasi partnerzy technologiczni otrzymują dane.'],
    ['pt', 'Partilhamos os seus dados com os nossos parceiros tecnológicos.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual(['service-providers']);
  });

  test.each<[Lang, string]>([
    ['en', 'We share your data with our business partners.'],
    ['de', 'Wir geben Ihre Daten an unsere Geschäftspartner weiter.'],
    ['fr', 'Nous partageons vos données avec nos partenaires commerciaux.'],
    ['es', 'Compartimos sus datos con nuestros socios comerciales.'],
    ['pl', 'Udostępniamy dane naszym partnerom.'],
  ])('%s: other partners stay business partners: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual(['business-partners']);
  });

  test('both kinds where both are named (en)', () => {
    const text = 'We share your data with our business partners and technology partners.';
    expect(recipientsOf(text, 'en')).toEqual(['service-providers', 'business-partners']);
  });
});
