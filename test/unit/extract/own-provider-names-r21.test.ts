/**
 * Session 21 (fixr21a, review21b item 8): a name right after the operator's own provider ("notre prestataire Lyra")
 * is read only where punctuation or the sentence's end closes it, or a word that follows names does ("Lyra pour le
 * paiement", "Brevo Ltd for newsletters"). The next sentence's opener after a missed full stop and capitalised
 * phrases name no one.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { namedOf } from './helpers';

describe("names after the operator's own provider", () => {
  test.each<[Lang, string, string]>([
    ['en', 'We pass your order to our provider Parcelo for delivery.', 'Parcelo'],
    ['de', 'Die Zahlung wickelt unser Dienstleister PayLane GmbH für uns ab.', 'PayLane GmbH'],
    ['nl', 'Wij delen je gegevens met onze dienstverlener Parcelo voor de levering.', 'Parcelo'],
    ['nb', 'Vi deler opplysningene med vår leverandør Parcelo, som leverer pakken.', 'Parcelo'],
    ['sv', 'Vi delar uppgifterna med vår leverantör Parcelo som levererar paketet.', 'Parcelo'],
    ['da', 'Vi deler oplysningerne med vores leverandør Parcelo, som leverer pakken.', 'Parcelo'],
    ['fr', 'Nous transmettons vos données à notre prestataire Parcelo pour la livraison.', 'Parcelo'],
    ['es', 'Compartimos tus datos con nuestro proveedor de pagos Parcelo para el cobro.', 'Parcelo'],
    ['it', 'Trasmettiamo i tuoi dati al nostro fornitore Parcelo per la consegna.', 'Parcelo'],
    ['pl', 'Przekazujemy Twoje dane naszemu dostawcy Parcelo w celu dostawy.', 'Parcelo'],
    [
      'pt',
      'Partilhamos os seus dados com o nosso prestador de serviços de pagamento Parcelo para a cobrança.',
      'Parcelo',
    ],
  ])('%s: "%s" names %s', (lang, text, name) => {
    expect(namedOf(text, lang)).toContain(name);
  });

  test.each<[Lang, string]>([
    ['en', 'We share your data with our provider Find out more below.'],
    ['en', 'Your card data goes to our provider PCI DSS certified to the highest level.'],
    ['en', 'Your order is passed to our provider Customer Service teams in Poland.'],
    ['en', 'Your payment is handled by our provider Visa and Mastercard are accepted.'],
    ['de', 'Wir übermitteln Ihre Daten an unseren Dienstleister Mehr dazu unten.'],
    ['nl', 'We delen je gegevens met onze dienstverlener Lees meer hieronder.'],
    ['nb', 'Vi deler opplysningene med vår leverandør Les mer nedenfor.'],
    ['sv', 'Vi delar uppgifterna med vår leverantör Läs mer nedan.'],
    ['da', 'Vi deler oplysningerne med vores leverandør Læs mere nedenfor.'],
    ['fr', 'Nous transmettons vos données à notre prestataire Européen situé en Irlande.'],
    ['fr', 'Nous transmettons vos données à notre prestataire Conformément au RGPD, il est tenu au secret.'],
    ['es', 'Compartimos tus datos con nuestro proveedor Consulte su política de privacidad.'],
    ['it', 'Trasmettiamo i tuoi dati al nostro fornitore Maggiori informazioni qui sotto.'],
    ['pl', 'Przekazujemy Twoje dane naszemu dostawcy Więcej informacji poniżej.'],
    ['pt', 'Partilhamos os seus dados com o nosso prestador Saiba mais abaixo.'],
  ])('%s: no name in "%s"', (lang, text) => {
    expect(namedOf(text, lang)).toEqual([]);
  });
});
