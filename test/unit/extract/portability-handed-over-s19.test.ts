/**
 * Session 19 (fixp19b): nl portability said with "over te dragen" after "verzoeken", "op uw verzoek", a party
 * of the reader's choosing, and its twins (nb "få overført ... til en annen behandlingsansvarlig", it
 * "trasmissione diretta ... a un altro titolare"). A company's own transfer to its processors is none.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { rightsBoth } from './helpers';

describe('a transfer the reader asks for is portability', () => {
  test.each<[Lang, string]>([
    [
      'nl',
      'U kunt verzoeken uw gegevens rechtstreeks aan een andere verwerkingsverantwoordelijke over te dragen.',
    ],
    ['nl', 'U kunt ons verzoeken uw persoonsgegevens over te dragen aan een door u gekozen partij.'],
    ['nl', 'Op uw verzoek dragen wij uw gegevens over aan een andere aanbieder.'],
    ['nl', 'U mag ons vragen uw gegevens over te dragen aan u of aan een derde.'],
    ['nl', 'U heeft het recht om ons te vragen uw gegevens aan een andere aanbieder over te dragen.'],
    ['de', 'Sie können verlangen, dass wir Ihre Daten an einen anderen Anbieter übertragen.'],
    ['nb', 'Du har rett til å få overført opplysningene dine direkte til en annen behandlingsansvarlig.'],
    ['sv', 'Du har rätt att få dina uppgifter överförda direkt till en annan personuppgiftsansvarig.'],
    ['da', 'Du har ret til at få dine oplysninger overført direkte til en anden dataansvarlig.'],
    ['fr', 'Vous pouvez nous demander de transférer vos données à un autre fournisseur.'],
    ['es', 'Puede pedirnos que transfiramos sus datos a otro proveedor.'],
    [
      'it',
      'Ha il diritto di ottenere la trasmissione diretta dei suoi dati a un altro titolare del trattamento.',
    ],
    ['pl', 'Możesz poprosić nas o przeniesienie Twoich danych do innego dostawcy.'],
    ['pt', 'Pode pedir-nos que transfiramos os seus dados para outro fornecedor.'],
    ['en', 'You can ask us to transfer your data to another provider.'],
  ])('%s: %s', (lang, text) => {
    expect(rightsBoth(text, lang)[0]).toContain('portability');
  });
});

describe("the company's own transfer is no portability", () => {
  test.each<[Lang, string]>([
    ['nl', 'Wij dragen uw gegevens over aan onze verwerkers.'],
    ['nl', 'Wij dragen uw gegevens over aan een andere vestiging van ons concern.'],
    ['nl', 'Bij een fusie kunnen wij uw gegevens aan een andere onderneming overdragen.'],
    ['nl', 'Wij zijn verplicht uw gegevens over te dragen aan de Belastingdienst.'],
    ['de', 'Wir übertragen Ihre Daten an unsere Auftragsverarbeiter.'],
    ['nb', 'Vi overfører opplysningene dine til våre databehandlere.'],
    ['sv', 'Vi överför dina uppgifter till våra personuppgiftsbiträden.'],
    ['da', 'Vi overfører dine oplysninger til vores databehandlere.'],
    ['fr', 'Nous transférons vos données à nos sous-traitants.'],
    ['es', 'Transferimos sus datos a nuestros encargados del tratamiento.'],
    ['it', 'Trasferiamo i suoi dati ai nostri responsabili del trattamento.'],
    ['pl', 'Przekazujemy Twoje dane naszym podmiotom przetwarzającym.'],
    ['pt', 'Transferimos os seus dados para os nossos subcontratantes.'],
    ['en', 'We transfer your data to our processors.'],
  ])('%s: %s', (lang, text) => {
    const [silent, sure] = rightsBoth(text, lang);
    expect(silent).not.toContain('portability');
    expect(sure).not.toContain('portability');
  });
});
