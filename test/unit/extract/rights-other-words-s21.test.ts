/**
 * Rights said in other words (session 21, fixs21c): rectification as "kan kreve at feil blir rettet", "fejl bliver
 * rettet", "fouten worden hersteld", "errori vengano corretti", "put right"; restriction as "få begrænset
 * behandlingen", "have the processing limited", "przetwarzanie zostało ograniczone". A complaint to the company's
 * customer service or about a product's fault is no right to complain to a supervisory authority; a complaint
 * whose clause names an authority, data protection or processing still is. Negatives: invoices corrected, limited
 * offers, restricted areas.
 */
import { describe, expect, it } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { rightsBoth } from './helpers';

const READ: readonly [Lang, string, Right][] = [
  ['en', 'You can have mistakes in the information we hold about you put right.', 'rectification'],
  ['en', 'You can have the processing of your data limited while we check your request.', 'restriction'],
  ['de', 'Sie können verlangen, dass Fehler in Ihren Daten berichtigt werden.', 'rectification'],
  ['de', 'Sie können die Verarbeitung Ihrer Daten einschränken lassen.', 'restriction'],
  ['nl', 'U kunt eisen dat fouten in uw gegevens worden hersteld.', 'rectification'],
  ['nl', 'U kunt de verwerking van uw gegevens laten beperken.', 'restriction'],
  ['nb', 'Du kan kreve at feil i opplysningene dine blir rettet.', 'rectification'],
  ['nb', 'Du kan se opplysningene og kreve at feil blir rettet.', 'rectification'],
  ['nb', 'Du kan få begrenset behandlingen av opplysningene dine.', 'restriction'],
  ['sv', 'Du kan få fel i dina uppgifter rättade.', 'rectification'],
  ['sv', 'Du kan få behandlingen av dina uppgifter begränsad.', 'restriction'],
  ['da', 'Du kan kræve, at fejl i dine oplysninger bliver rettet.', 'rectification'],
  ['da', 'Du kan få begrænset behandlingen af dine oplysninger.', 'restriction'],
  ['da', 'Du kan gøre indsigelse og få begrænset behandlingen.', 'restriction'],
  ['fr', 'Vous pouvez exiger que les erreurs dans vos données soient corrigées.', 'rectification'],
  ['fr', 'Vous pouvez faire limiter le traitement de vos données.', 'restriction'],
  ['es', 'Puedes exigir que se corrijan los errores en tus datos.', 'rectification'],
  ['es', 'Puedes hacer que se limite el tratamiento de tus datos.', 'restriction'],
  ['it', 'Puoi pretendere che gli errori nei tuoi dati vengano corretti.', 'rectification'],
  ['it', 'Puoi ottenere che il trattamento dei tuoi dati venga limitato.', 'restriction'],
  ['pl', 'Możesz żądać, aby błędy w Twoich danych zostały poprawione.', 'rectification'],
  ['pl', 'Możesz zażądać, by przetwarzanie Twoich danych zostało ograniczone.', 'restriction'],
  ['pt', 'Você pode exigir que os erros nos seus dados sejam corrigidos.', 'rectification'],
  ['pt', 'Você pode fazer com que o tratamento dos seus dados seja limitado.', 'restriction'],
  // The complaint right keeps its authority, data protection or processing.
  ['en', 'You have the right to lodge a complaint with the supervisory authority.', 'complaint'],
  ['en', 'You can complain to our customer service or to the data protection authority.', 'complaint'],
  ['de', 'Sie haben das Recht, sich bei einer Datenschutzaufsichtsbehörde zu beschweren.', 'complaint'],
  ['nl', 'U heeft het recht een klacht in te dienen bij de Autoriteit Persoonsgegevens.', 'complaint'],
  ['nb', 'Du har rett til å klage til Datatilsynet.', 'complaint'],
  ['sv', 'Du har rätt att lämna klagomål till Integritetsskyddsmyndigheten.', 'complaint'],
  ['da', 'Du har ret til at klage til Datatilsynet over vores behandling af dine oplysninger.', 'complaint'],
  ['fr', "Vous avez le droit d'introduire une réclamation auprès de la CNIL.", 'complaint'],
  ['es', 'Tienes derecho a presentar una reclamación ante la autoridad de control.', 'complaint'],
  ['it', 'Hai il diritto di proporre reclamo al Garante per la protezione dei dati personali.', 'complaint'],
  ['pl', 'Masz prawo wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych.', 'complaint'],
  ['pt', 'Você tem o direito de apresentar reclamação à CNPD.', 'complaint'],
];

const NOT_READ: readonly [Lang, string][] = [
  ['en', 'Errors in your invoice will be corrected in the next billing cycle.'],
  ['en', 'This limited offer is valid until Sunday, and restricted areas of the park stay closed.'],
  [
    'en',
    'You have the right to file a complaint with our customer service about a fault in your device; we reply within five days.',
  ],
  ['en', 'You can complain about a defective product within two years.'],
  ['de', 'Fehler in Ihrer Rechnung werden mit der nächsten Abrechnung korrigiert.'],
  ['de', 'Das Angebot ist zeitlich begrenzt und der Zutritt zu einigen Bereichen ist eingeschränkt.'],
  ['de', 'Sie haben das Recht, sich bei unserem Kundenservice über eine Störung zu beschweren.'],
  ['nl', 'Fouten in uw factuur worden bij de volgende afrekening gecorrigeerd.'],
  ['nl', 'Dit is een beperkte aanbieding en sommige ruimtes hebben beperkte toegang.'],
  ['nl', 'U kunt bij onze helpdesk een klacht indienen over een storing in uw internetverbinding.'],
  ['nl', 'Je hebt het recht om bij onze klantenservice een klacht in te dienen over een defect apparaat.'],
  ['nb', 'Feil på fakturaen blir rettet ved neste faktura.'],
  ['nb', 'Tilbudet er begrenset til de første hundre kundene.'],
  ['nb', 'Du har rett til å klage til kundeservice dersom varen har en feil.'],
  ['sv', 'Fel på din faktura rättas på nästa faktura.'],
  ['sv', 'Du har rätt att lämna ett klagomål till vår kundtjänst om ett fel på produkten.'],
  ['da', 'Fejl på din faktura bliver rettet på næste regning.'],
  ['da', 'Tilbuddet er begrænset til ét pr. kunde.'],
  ['da', 'Du har ret til at klage til vores kundeservice over en fejl ved varen.'],
  ['fr', 'Les erreurs sur votre facture seront corrigées lors de la prochaine facturation.'],
  [
    'fr',
    'Vous avez le droit de déposer une réclamation auprès de notre service client concernant une panne.',
  ],
  ['es', 'Los errores de tu factura se corregirán en la próxima factura.'],
  [
    'es',
    'Tienes derecho a presentar una reclamación ante nuestro servicio de atención al cliente por una avería.',
  ],
  ['it', 'Gli errori nella tua fattura saranno corretti nella fattura successiva.'],
  ['it', 'Hai il diritto di presentare un reclamo al nostro servizio clienti per un guasto.'],
  ['pl', 'Błędy na fakturze zostaną poprawione w kolejnym rozliczeniu.'],
  ['pl', 'Możesz złożyć skargę do naszego działu obsługi klienta w sprawie awarii.'],
  ['pt', 'Os erros na sua fatura serão corrigidos na próxima fatura.'],
  [
    'pt',
    'Você tem o direito de apresentar uma reclamação ao nosso serviço de apoio ao cliente sobre uma avaria.',
  ],
];

describe('rights said in other words are read', () => {
  it.each(READ)('%s: %s -> %s', (lang, text, right) => {
    const [silent, sure] = rightsBoth(text, lang);
    expect(silent).toContain(right);
    expect(sure).toContain(right);
  });
});

describe('invoices corrected, limited offers and complaints to customer service grant no right', () => {
  it.each(NOT_READ)('%s: %s', (lang, text) => {
    const [silent] = rightsBoth(text, lang);
    expect(silent).toEqual([]);
  });
});
