/**
 * Session 18, fixr18c: rights session 18 (fixp18g) read too widely, narrowed. A copy is access only when it is of
 * records kept about the reader (the reader's possessive, or "about you"), never of a product's documentation,
 * a log file or a register.
 */
import { describe, expect, it } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const rightsOf = (text: string, lang: Lang) => practicesOf([text], lang).rights.rights;

const CASES: readonly [Lang, string, readonly Right[]][] = [
  // A copy of a product's or a technical document is no access.
  ['en', 'You may download a copy of the log file for troubleshooting.', []],
  ['en', 'You can download a copy of the user guide file from our website.', []],
  ['it', 'Puoi richiedere una copia del libretto di istruzioni al nostro servizio clienti.', []],
  ['it', 'Su richiesta, inviamo una copia della scheda tecnica del prodotto.', []],
  ['pt', 'Pode pedir uma cópia da ficha técnica do produto.', []],
  ['pt', 'Mediante pedido, enviamos cópia do boletim informativo.', []],
  ['pl', 'Możesz pobrać kopię dokumentacji technicznej produktu.', []],
  ['nb', 'Du kan laste ned en kopi av brukerdokumentasjonen.', []],
  ['sv', 'Du kan ladda ner en kopia av produktdokumentationen.', []],
  ['da', 'Du kan downloade en kopi af brugerdokumentationen.', []],
  ['de', 'Sie können eine Kopie der Produktdokumentation anfordern.', []],
  ['de', 'Sie können eine Kopie der Bedienungsanleitung anfordern.', []],
  ['nl', 'U kunt een kopie van de productregistratie opvragen.', []],
  ['fr', "Vous pouvez demander une copie du carnet d'entretien du véhicule.", []],
  ['es', 'Puede solicitar una copia del registro mercantil de la empresa.', []],
  // A copy of the reader's own records stays access.
  ['en', 'On request, we will send you a copy of your records.', ['access']],
  ['en', 'You can request a copy of the records we hold about you.', ['access']],
  ['de', 'Auf Anfrage erhalten Sie eine Kopie Ihrer Patientenakte.', ['access']],
  ['nl', 'Op verzoek ontvangt u een kopie van uw dossier.', ['access']],
  ['nb', 'Du kan be om en kopi av journalen din.', ['access']],
  ['sv', 'Du kan begära en kopia av din journal.', ['access']],
  ['da', 'Du kan bede om en kopi af din journal.', ['access']],
  ['fr', 'Sur demande, vous recevez une copie de votre dossier.', ['access']],
  ['es', 'Puede solicitar una copia de su historial.', ['access']],
  ['it', 'Su richiesta, inviamo una copia della tua cartella clinica.', ['access']],
  ['pl', 'Na życzenie otrzymasz kopię twojej dokumentacji medycznej.', ['access']],
  ['pt', 'Mediante pedido, enviamos uma cópia do seu processo.', ['access']],
  // An export of one's data abroad is an international transfer, not portability; a booking or a subscription moved
  // to another company is no data carried away.
  [
    'en',
    'Please contact us if you would like further details on the specific safeguards applied to the export of your personal data outside the EEA.',
    [],
  ],
  [
    'de',
    'Sie können Informationen zu den Garantien für den Export Ihrer Daten in Drittländer anfordern.',
    [],
  ],
  [
    'fr',
    "Vous pouvez demander des informations sur les garanties pour l'export de vos données vers des pays tiers.",
    [],
  ],
  [
    'nl',
    'U kunt informatie opvragen over de waarborgen voor de export van uw gegevens naar derde landen.',
    [],
  ],
  ['en', 'You can ask us to transfer your subscription to another service.', []],
  ['en', 'You can transfer your booking to another hotel.', []],
  ['de', 'Sie können uns bitten, Ihre Buchung an ein anderes Unternehmen zu übertragen.', []],
  ['fr', 'Vous pouvez nous demander de transférer votre réservation à une autre entreprise.', []],
  ['es', 'Puede pedirnos que transfiramos su reserva a otra empresa del grupo.', []],
  ['pl', 'Możesz poprosić nas o przeniesienie rezerwacji do innego podmiotu.', []],
  ['en', 'You can request an export of your personal data.', ['portability']],
  ['de', 'Sie können einen Export Ihrer Daten anfordern.', ['portability']],
  ['fr', 'Vous pouvez demander un export de vos données.', ['portability']],
  ['en', 'You can ask us to transfer your personal data to another organisation.', ['portability']],
  ['en', 'You can take your playlists with you to another service.', ['portability']],
  ['de', 'Sie können uns bitten, Ihre Daten an ein anderes Unternehmen zu übertragen.', ['portability']],
  ['nl', 'U kunt ons vragen uw gegevens over te dragen aan een andere organisatie.', ['portability']],
  ['sv', 'Du kan be oss att överföra dina uppgifter till en annan organisation.', ['portability']],
  ['da', 'Du kan bede os om at overføre dine oplysninger til en anden virksomhed.', ['portability']],
  ['fr', 'Vous pouvez nous demander de transférer vos données à une autre entreprise.', ['portability']],
  ['es', 'Puede pedirnos que transfiramos sus datos a otra empresa.', ['portability']],
  ['it', "Puoi chiederci di trasferire i tuoi dati a un'altra organizzazione.", ['portability']],
  ['pl', 'Możesz poprosić nas o przeniesienie danych do innego podmiotu.', ['portability']],
  ['pt', 'Pode pedir-nos para transferir os seus dados para outra organização.', ['portability']],
  // Telling us of a change is rectification only for the reader's own personal or contact details ("your address"
  // alone is contact data); travel, delivery, shipping, order details are a booking's or a parcel's.
  ['en', 'Let us know if your travel details change so we can rebook your flight.', []],
  ['en', 'Let us know if your delivery information changes.', []],
  ['en', 'Inform us if your shipping address changes before dispatch.', []],
  ['en', 'Let us know if your order details change.', []],
  ['nl', 'Laat het ons weten als uw reisgegevens veranderen.', []],
  ['nb', 'Gi oss beskjed hvis leveringsadressen endres.', []],
  ['sv', 'Meddela oss om dina leveransuppgifter ändras.', []],
  ['da', 'Giv os besked, hvis dine leveringsoplysninger ændres.', []],
  ['fr', 'Informez-nous si vos informations de livraison changent.', []],
  ['es', 'Avísenos si sus datos de envío cambian.', []],
  ['it', 'Comunicaci se i tuoi dati di viaggio cambiano.', []],
  ['pl', 'Poinformuj nas, jeśli twoje dane do wysyłki się zmienią.', []],
  ['pt', 'Informe-nos se os seus dados de viagem mudarem.', []],
  ['en', 'Tell us if your address changes before the parcel ships.', ['rectification']],
  ['en', 'Tell us if your contact details change.', ['rectification']],
  ['en', 'Please let us know if your personal information changes.', ['rectification']],
  ['de', 'Teilen Sie uns mit, wenn sich Ihre Kontaktdaten ändern.', ['rectification']],
  ['nl', 'Laat het ons weten als uw contactgegevens veranderen.', ['rectification']],
  ['nb', 'Gi oss beskjed hvis kontaktopplysningene dine endres.', ['rectification']],
  ['sv', 'Meddela oss om dina kontaktuppgifter ändras.', ['rectification']],
  ['da', 'Giv os besked, hvis dine kontaktoplysninger ændres.', ['rectification']],
  ['fr', 'Informez-nous si vos coordonnées changent.', ['rectification']],
  ['es', 'Avísenos si sus datos de contacto cambian.', ['rectification']],
  ['it', 'Comunicaci se i tuoi dati personali cambiano.', ['rectification']],
  ['pl', 'Poinformuj nas, jeśli twoje dane kontaktowe się zmienią.', ['rectification']],
  ['pt', 'Informe-nos se os seus dados de contacto mudarem.', ['rectification']],
  // "When/once we" receiving the reader's request to delete: the deletion is what the reader asked for (erasure);
  // "When we delete your account" stays the company's practice.
  ['en', 'Once we receive your request to delete your data we will respond within 45 days.', ['erasure']],
  [
    'fr',
    "Lorsque nous recevons votre demande d'effacement nous supprimons vos données sous 30 jours.",
    ['erasure'],
  ],
  [
    'it',
    'Se riceviamo la tua richiesta di cancellazione dei dati la gestiremo entro 30 giorni.',
    ['erasure'],
  ],
  ['es', 'Cuando recibimos su solicitud de supresión de sus datos la atendemos en un mes.', ['erasure']],
  ['nl', 'Zodra we uw verzoek tot verwijdering ontvangen, reageren we binnen 30 dagen.', ['erasure']],
  ['sv', 'När vi får din begäran om radering svarar vi inom 30 dagar.', ['erasure']],
  ['en', 'You may ask us to delete your data, and we will delete it within 30 days.', ['erasure']],
  ['en', 'When we delete your account, we also remove your posts.', []],
  ['de', 'Wenn wir Ihre Daten löschen, informieren wir Sie.', []],
  // German "löschen sollen": the reader's wish (probe18), "löschen müssen" the company's obligation.
  ['de', 'Teilen Sie uns mit, wenn wir Ihre Daten löschen sollen.', ['erasure']],
  ['de', 'Wenn wir Ihr Kundenkonto löschen müssen, informieren wir Sie vorher.', []],
  // A consent's long complement may end in a comma before its verb, but crosses no parenthetical clause.
  [
    'en',
    'The consent form for the trip, signed by both parents, can be withdrawn from the school office.',
    [],
  ],
  [
    'de',
    'Die Einwilligung zur Teilnahme an der Klassenfahrt, unterschrieben von beiden Eltern, kann im Sekretariat zurückgezogen werden.',
    [],
  ],
];

describe('session 18 rights read too widely, narrowed (fixr18c)', () => {
  it.each(CASES)('%s: %s', (lang, text, expected) => {
    expect([...rightsOf(text, lang)].sort()).toEqual([...expected].sort());
  });
});
