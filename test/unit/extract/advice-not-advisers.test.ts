/**
 * Advice, the activity, is no adviser: "obtenir des conseils juridiques" (to obtain legal advice), Spanish
 * "brindar asesoría legal" or a list of the services offered ("eventos, asesorías, cursos") name no service
 * provider. The persons or firms still are: "nos conseils juridiques" (our legal counsel), "nuestra
 * asesoría fiscal" (our tax advisers' firm), "nuestros asesores". One's own contact person at the company
 * ("Ihr persönlicher Berater", "Twój osobisty doradca") is no recipient either, nor the person's own
 * adviser, accountant or lawyer in Italian ("al Suo consulente", "il tuo commercialista", "vostro avvocato";
 * singular "suo" is read as the person's, plural "i suoi consulenti" as the controller's: "il Titolare e i
 * suoi consulenti").
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

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
    ['it', 'Possiamo comunicare i dati al Suo consulente, se ce lo chiede.'],
    ['it', 'Possiamo comunicare i dati al suo consulente del lavoro, su sua richiesta.'],
    ['it', 'Su tua richiesta comunichiamo i dati al tuo commercialista.'],
    ['it', 'I dati possono essere trasmessi al vostro consulente fiscale.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('service-providers');
  });

  test.each<[Lang, string]>([
    ['fr', 'Nous pouvons partager vos données avec nos conseils juridiques et nos auditeurs.'],
    ['fr', 'Vos données peuvent être transmises à des conseils externes.'],
    ['es', 'Compartimos sus datos con nuestra asesoría fiscal.'],
    ['es', 'Sus datos se comunicarán a la asesoría laboral.'],
    ['es', 'Compartimos sus datos con nuestros asesores jurídicos.'],
    ['it', 'Comunichiamo i dati ai nostri consulenti fiscali.'],
    ['it', 'Il Titolare e i suoi consulenti legali possono ricevere i dati.'],
    ['it', 'Possiamo comunicare i dati a consulenti esterni e al Suo avvocato.'],
  ])('%s: the advisers are service providers: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('service-providers');
  });
});
