/**
 * Recipients session 12's unseen probe and card audit found invented (fix12b): the controller named in a
 * controller line is the operator, not a bank or service provider ("Responsable du traitement : Banque du
 * Littoral SA"), and the "another provider" of the portability right is the user's new provider, not ours
 * ("send your data directly to another provider"). Near sentences that must keep their reading sit beside.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

describe('the controller named in a controller line is the operator', () => {
  test.each<[Lang, string]>([
    ['fr', 'Responsable du traitement : Banque du Littoral SA, 12 rue de la Paix, 44000 Nantes.'],
    [
      'pt',
      'Responsável pelo tratamento: Banco do Atlântico, S.A., Rua de Santa Catarina 12, 4000-447 Porto.',
    ],
    ['es', 'Responsable del tratamiento: Banco del Sur, S.A., Calle Mayor 12, 41001 Sevilla.'],
    ['es', 'El responsable del tratamiento es Banco del Sur, S.A., con domicilio en Sevilla.'],
    ['en', 'Data controller: Acme Bank plc, 1 High Street, London.'],
    ['de', 'Verantwortlicher: Volksbank Musterstadt eG, Hauptstraße 1, 12345 Musterstadt.'],
    ['it', 'Titolare del trattamento: Banca del Mare S.p.A., Via Roma 1, Genova.'],
    ['pl', 'Administratorem danych osobowych jest Bank Spółdzielczy w Kowalu, ul. Długa 1.'],
    ['nl', 'Verwerkingsverantwoordelijke: Rabobank Noord, Dorpsstraat 1, Assen.'],
  ])('%s: %s', (lang, text) => {
    expect(practicesOf([text], lang).sharing.recipients).toEqual([]);
  });

  test.each<[Lang, string]>([
    ['en', 'Data controller: Acme Ltd, which shares your data with payment providers and banks.'],
    [
      'fr',
      'Responsable du traitement : Club SA ; nous transmettons vos données à notre banque et à nos prestataires.',
    ],
    ['es', 'Compartimos sus datos con nuestro banco, que es responsable del tratamiento de los pagos.'],
  ])('a party after the name is still read, %s: %s', (lang, text) => {
    expect(practicesOf([text], lang).sharing.recipients).toContain('service-providers');
  });
});

describe("the portability right's other provider is the user's, not a recipient", () => {
  test.each<[Lang, string]>([
    ['en', 'You can ask us to send your data directly to another provider in a machine-readable format.'],
    [
      'de',
      'Sie können verlangen, dass wir Ihre Daten in einem maschinenlesbaren Format direkt an einen anderen Anbieter übermitteln.',
    ],
    [
      'nl',
      'U kunt ons vragen uw gegevens in een machineleesbaar formaat rechtstreeks naar een andere aanbieder te sturen.',
    ],
    [
      'nb',
      'Du kan be oss om å sende opplysningene dine direkte til en annen leverandør i et maskinlesbart format.',
    ],
    ['sv', 'Du kan be oss skicka dina uppgifter direkt till en annan leverantör i ett maskinläsbart format.'],
    [
      'da',
      'Du kan bede os om at sende dine oplysninger direkte til en anden udbyder i et maskinlæsbart format.',
    ],
    [
      'fr',
      'Vous pouvez nous demander de transmettre directement vos données à un autre prestataire dans un format lisible par machine.',
    ],
    [
      'es',
      'Puede pedirnos que enviemos sus datos directamente a otro proveedor en un formato legible por máquina.',
    ],
    [
      'it',
      'Può chiederci di trasmettere i suoi dati direttamente a un altro fornitore in un formato leggibile da dispositivo automatico.',
    ],
    [
      'pl',
      'Możesz poprosić nas o przesłanie Twoich danych bezpośrednio do innego dostawcy w formacie nadającym się do odczytu maszynowego.',
    ],
    [
      'pt',
      'Pode pedir-nos que enviemos os seus dados diretamente a outro fornecedor num formato de leitura automática.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(practicesOf([text], lang).sharing.recipients).toEqual([]);
  });

  test.each<[Lang, string]>([
    ['en', 'We share your data with other service providers who host our website.'],
    ['en', 'We share your data with our hosting provider and another provider that sends our newsletter.'],
    ['de', 'Wir geben Ihre Daten an andere Dienstleister weiter, die uns beim Versand helfen.'],
    ['nb', 'Vi deler opplysningene dine med andre leverandører som drifter nettsiden.'],
    ['fr', "Nous transmettons vos données à d'autres prestataires qui hébergent le site."],
    ['es', 'Compartimos sus datos con otros proveedores que alojan el sitio.'],
    ['it', 'Comunichiamo i suoi dati ad altri fornitori che ospitano il sito.'],
    ['pl', 'Przekazujemy Twoje dane innym dostawcom usług hostingowych.'],
  ])('other providers in the plural, or beside ours, are still read, %s: %s', (lang, text) => {
    expect(practicesOf([text], lang).sharing.recipients).toContain('service-providers');
  });
});
