/**
 * Authorities a probe left unread (probe14): the police handed records ("hand over", "aushändigen",
 * "overhandigen", "överlämna", "consegnare", "entregar" with data as object), Spanish "facilitar sus datos a",
 * French "désigner le locataire auprès de l'ANTAI", and the vehicle registers and traffic offices by name in the
 * eleven languages (Zulassungsstelle, DVLA, RDW, Statens vegvesen, Transportstyrelsen, Motorstyrelsen, ANTAI /
 * ANTS, DGT, Motorizzazione, Centralna Ewidencja Pojazdów, IMT). "Payroll and contractor records",
 * "leverantörsuppgifter": a party word that qualifies the records names whom they are about, not a recipient
 * (HMRC reads authorities only).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('an authority data is handed or reported to', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'We will hand over call records to the police or the security services only when presented with a warrant or a similar legal order.',
    ],
    ['en', "When you buy a car from us, we pass the new keeper's details to the DVLA."],
    ['en', 'We share payroll and contractor records with HMRC where the law requires it.'],
    ['de', 'Beim Kauf eines Fahrzeugs melden wir die Halterdaten an die Zulassungsstelle.'],
    ['de', 'Auf Anordnung händigen wir die Verbindungsdaten der Polizei aus.'],
    ['nl', 'Bij verkoop van een auto geven wij de kentekengegevens door aan de RDW.'],
    ['nl', 'Wij overhandigen gegevens alleen aan de politie na een rechterlijk bevel.'],
    ['nb', 'Ved kjøp av bil sender vi opplysningene dine til Statens vegvesen.'],
    ['sv', 'Vid köp av bil lämnar vi uppgifterna till Transportstyrelsen.'],
    ['sv', 'Vi överlämnar uppgifter till polisen endast efter beslut från domstol.'],
    ['da', 'Ved køb af bil videregiver vi oplysningerne til Motorstyrelsen.'],
    [
      'fr',
      "En cas d'infraction commise avec un vélo loué, nous désignons le locataire auprès de l'Agence nationale de traitement automatisé des infractions (ANTAI).",
    ],
    ['fr', "Nous transmettons les données d'immatriculation à l'ANTS."],
    [
      'es',
      'Podremos facilitar sus datos a las Fuerzas y Cuerpos de Seguridad del Estado cuando así lo exija una orden judicial.',
    ],
    ['es', 'Comunicamos los datos del vehículo a la Dirección General de Tráfico.'],
    ['it', 'I dati del veicolo sono comunicati alla Motorizzazione civile.'],
    ['it', "Consegneremo i dati alle forze dell'ordine solo su ordine del giudice."],
    ['pl', 'Dane pojazdu i właściciela przekazujemy do Centralnej Ewidencji Pojazdów.'],
    ['pt', 'Comunicamos os dados do veículo ao IMT.'],
    ['pt', 'Só entregamos os dados às autoridades mediante ordem judicial.'],
    ['sv', 'Vi delar löne- och leverantörsuppgifter med Skatteverket när lagen kräver det.'],
    ['nb', 'Vi deler lønns- og leverandøropplysninger med Skatteetaten når loven krever det.'],
    ['da', 'Vi deler løn- og leverandøroplysninger med Skattestyrelsen, når loven kræver det.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual(['authorities']);
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['en', 'We hand over the keys to you when you collect the car.'],
    ['es', 'Entregamos su pedido a domicilio en 24 horas.'],
    ['es', 'Al facilitar sus datos, usted acepta esta política.'],
    ['es', 'Queremos facilitar el ejercicio de sus derechos.'],
    ['fr', 'Nous vous remettons une copie de vos données sur demande.'],
  ])('%s: no recipient: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });

  test.each<[Lang, string]>([
    ['en', 'We use security services from Cloudflare to protect the site.'],
    ['en', 'We share your records with our contractors.'],
    ['sv', 'Vi delar uppgifter med våra leverantörer.'],
    ['nb', 'Vi deler opplysninger med leverandørene våre.'],
    ['da', 'Vi deler oplysninger med vores leverandører.'],
  ])('%s: service providers, no authority: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual(['service-providers']);
  });
});
