/**
 * Advice, the activity, is no adviser: "obtenir des conseils juridiques" (to obtain legal advice), Spanish
 * "brindar asesoría legal" or a list of the services offered ("eventos, asesorías, cursos") name no service
 * provider. The persons or firms still are: "nos conseils juridiques" (our legal counsel), "nuestra
 * asesoría fiscal" (our tax advisers' firm), "nuestros asesores". One's own contact person at the company
 * ("Ihr persönlicher Berater", "Twój osobisty doradca") is no recipient either.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const recipientsOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing.recipients;

describe('advice is no adviser', () => {
  test.each<[Lang, string]>([
    ['fr', 'Nous pouvons communiquer vos données afin d’obtenir des conseils juridiques en cas de litige.'],
    ['fr', 'Nous partageons vos données pour vous fournir des conseils professionnels adaptés.'],
    ['es', 'Compartimos sus datos para brindarle asesoría legal.'],
    [
      'es',
      'Los datos que recabamos los utilizaremos para la inscripción a los servicios que ofrecemos, como eventos, asesorías, cursos y concursos.',
    ],
    ['es', 'Podemos compartir sus datos para obtener asesoramiento jurídico.'],
    ['it', 'Possiamo comunicare i tuoi dati per ottenere consulenza legale.'],
    ['de', 'Wir geben Ihre Daten zur Rechtsberatung weiter.'],
    ['de', 'Ihr persönlicher Berater erhält Ihre Daten, um Sie zu betreuen.'],
    ['pl', 'Możemy udostępniać Twoje dane w celu uzyskania doradztwa prawnego.'],
    ['pl', 'Twój osobisty doradca otrzymuje Twoje dane.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('service-providers');
  });

  test.each<[Lang, string]>([
    ['fr', 'Nous pouvons partager vos données avec nos conseils juridiques et nos auditeurs.'],
    ['fr', 'Vos données peuvent être transmises à des conseils externes.'],
    ['es', 'Compartimos sus datos con nuestra asesoría fiscal.'],
    ['es', 'Sus datos se comunicarán a la asesoría laboral.'],
    ['es', 'Compartimos sus datos con nuestros asesores jurídicos.'],
  ])('%s: the advisers are service providers: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('service-providers');
  });
});
