/**
 * Session 21 (fixs21d), probe20's exception family: a denial of sharing with an exception ("Wij geven uw gegevens
 * niet aan anderen, behalve aan de bezorger", "bortsett fra med transportselskapet", "utom till det
 * transportföretag", "poza firmą kurierską") names the excepted party as a recipient; an exception that is a
 * condition ("except when the law requires it") names no one. Partners said with an adjective ("samarbeidende
 * flyselskaper", "cooperating airlines", "samenwerkende luchtvaartmaatschappijen", "partnerhotels") are
 * business-partners; staying at a partner hotel passes nothing on.
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Recipient } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('the party excepted from a denial of sharing, and partners said with an adjective', () => {
  test.each<[Lang, string, Recipient]>([
    [
      'en',
      'We do not give your details to anyone, except to the courier who delivers your parcel.',
      'service-providers',
    ],
    [
      'en',
      'We share your data with no one other than the delivery company that brings your order.',
      'service-providers',
    ],
    ['en', 'We pass your booking details to partner hotels in our loyalty programme.', 'business-partners'],
    [
      'en',
      'Passenger data is passed to cooperating airlines in the frequent flyer programme.',
      'business-partners',
    ],
    [
      'de',
      'Wir geben Ihre Daten nicht an Dritte weiter, außer an den Paketdienst, der Ihre Bestellung zustellt.',
      'service-providers',
    ],
    ['de', 'Wir übermitteln Ihre Buchungsdaten an unsere Partnerhotels.', 'business-partners'],
    ['de', 'Ihre Meilen werden an kooperierende Fluggesellschaften übermittelt.', 'business-partners'],
    [
      'nl',
      'Wij geven uw gegevens niet aan anderen, behalve aan de koerier die uw pakket bezorgt.',
      'service-providers',
    ],
    [
      'nl',
      'Wij delen uw gegevens met niemand, behalve met het transportbedrijf dat uw bestelling levert.',
      'service-providers',
    ],
    ['nl', 'Wij geven uw boekingsgegevens door aan onze partnerhotels.', 'business-partners'],
    ['nl', 'Uw gegevens worden verstrekt aan samenwerkende luchtvaartmaatschappijen.', 'business-partners'],
    [
      'nb',
      'Vi gir ikke opplysningene dine til andre, bortsett fra til budfirmaet som leverer pakken din.',
      'service-providers',
    ],
    [
      'nb',
      'Vi deler ikke opplysninger med noen, unntatt med fraktselskapet som leverer bestillingen din.',
      'service-providers',
    ],
    ['nb', 'Vi overfører bestillingen din til samarbeidende hoteller.', 'business-partners'],
    ['nb', 'Opplysningene deles med våre partnerhoteller.', 'business-partners'],
    [
      'sv',
      'Vi lämnar inte ut dina uppgifter till någon, utom till budfirman som levererar ditt paket.',
      'service-providers',
    ],
    [
      'sv',
      'Vi delar inte dina uppgifter med andra, förutom med transportföretaget som levererar din order.',
      'service-providers',
    ],
    ['sv', 'Vi skickar din bokning till samarbetande flygbolag.', 'business-partners'],
    ['sv', 'Uppgifterna delas med våra partnerhotell.', 'business-partners'],
    [
      'da',
      'Vi videregiver ikke dine oplysninger til andre, undtagen til fragtfirmaet, der leverer din pakke.',
      'service-providers',
    ],
    [
      'da',
      'Vi deler ikke dine oplysninger med nogen, bortset fra med budfirmaet, der leverer din ordre.',
      'service-providers',
    ],
    ['da', 'Vi videregiver din booking til samarbejdende flyselskaber.', 'business-partners'],
    ['da', 'Oplysningerne deles med vores partnerhoteller.', 'business-partners'],
    [
      'fr',
      'Nous ne transmettons vos données à personne, sauf au transporteur qui livre votre colis.',
      'service-providers',
    ],
    [
      'fr',
      "Vos données ne sont communiquées à aucun tiers, à l'exception du livreur qui vous apporte votre commande.",
      'service-providers',
    ],
    ['fr', 'Nous transmettons vos données de réservation à nos hôtels partenaires.', 'business-partners'],
    ['fr', 'Vos miles sont communiqués aux compagnies aériennes partenaires.', 'business-partners'],
    [
      'es',
      'No cedemos tus datos a nadie, salvo a la empresa de transporte que entrega tu pedido.',
      'service-providers',
    ],
    [
      'es',
      'No compartimos tus datos con terceros, excepto con el repartidor que te lleva el pedido.',
      'service-providers',
    ],
    ['es', 'Comunicamos tus datos de reserva a nuestros hoteles asociados.', 'business-partners'],
    ['es', 'Tus datos se comunican a las aerolíneas asociadas del programa.', 'business-partners'],
    [
      'it',
      'Non comunichiamo i tuoi dati a nessuno, tranne al corriere che consegna il tuo pacco.',
      'service-providers',
    ],
    [
      'it',
      'Non condividiamo i tuoi dati con terzi, ad eccezione della società di trasporto che consegna il tuo ordine.',
      'service-providers',
    ],
    ['it', 'Trasmettiamo i dati della prenotazione agli hotel partner.', 'business-partners'],
    ['it', 'I tuoi dati sono comunicati alle compagnie aeree partner del programma.', 'business-partners'],
    [
      'pl',
      'Nie przekazujemy Twoich danych nikomu, z wyjątkiem kuriera, który dostarcza Twoją przesyłkę.',
      'service-providers',
    ],
    [
      'pl',
      'Nie udostępniamy danych osobom trzecim, poza firmą kurierską dostarczającą zamówienie.',
      'service-providers',
    ],
    ['pl', 'Przekazujemy dane rezerwacji hotelom partnerskim.', 'business-partners'],
    ['pl', 'Twoje dane są przekazywane współpracującym liniom lotniczym.', 'business-partners'],
    [
      'pt',
      'Não partilhamos os seus dados com ninguém, exceto com a transportadora que entrega a sua encomenda.',
      'service-providers',
    ],
    [
      'pt',
      'Não cedemos os seus dados a terceiros, salvo à empresa de entregas que leva o seu pedido.',
      'service-providers',
    ],
    ['pt', 'Transmitimos os dados da reserva aos hotéis parceiros.', 'business-partners'],
    ['pt', 'Os seus dados são comunicados às companhias aéreas parceiras.', 'business-partners'],
  ])('%s: "%s" -> %s', (lang, text, kind) => {
    expect(recipientsOf(text, lang)).toContain(kind);
  });

  test.each<[Lang, string]>([
    ['en', 'We do not share your data with anyone, except when the law requires it.'],
    ['en', 'Except for the courier, nobody can see this page.'],
    ['en', 'You can book rooms at our partner hotels.'],
    ['de', 'Wir geben Ihre Daten nicht an Dritte weiter, außer wenn das Gesetz es verlangt.'],
    ['de', 'Sie können in unseren Partnerhotels übernachten.'],
    ['nl', 'Wij delen uw gegevens met niemand, behalve als de wet dat vereist.'],
    ['nl', 'U kunt overnachten in onze partnerhotels.'],
    ['nb', 'Vi deler ikke opplysninger med noen, bortsett fra når loven krever det.'],
    ['nb', 'Du kan bo på et av våre partnerhoteller.'],
    ['sv', 'Vi delar inte dina uppgifter med andra, utom när lagen kräver det.'],
    ['sv', 'Du kan bo på våra partnerhotell.'],
    ['da', 'Vi deler ikke dine oplysninger med nogen, undtagen når loven kræver det.'],
    ['da', 'Du kan overnatte på vores partnerhoteller.'],
    ['fr', "Nous ne transmettons vos données à personne, sauf si la loi l'exige."],
    ['fr', 'Vous pouvez séjourner dans nos hôtels partenaires.'],
    ['es', 'No compartimos tus datos con terceros, salvo cuando la ley lo exija.'],
    ['es', 'Puedes alojarte en nuestros hoteles asociados.'],
    ['it', 'Non condividiamo i tuoi dati con terzi, tranne quando la legge lo richiede.'],
    ['it', 'Puoi soggiornare nei nostri hotel partner.'],
    ['pl', 'Nie udostępniamy danych osobom trzecim, chyba że wymaga tego prawo.'],
    ['pl', 'Możesz nocować w naszych hotelach partnerskich.'],
    ['pt', 'Não partilhamos os seus dados com ninguém, exceto quando a lei o exigir.'],
    ['pt', 'Pode ficar alojado nos nossos hotéis parceiros.'],
  ])('%s: no carrier or partner in "%s"', (lang, text) => {
    const read = recipientsOf(text, lang);
    expect(read).not.toContain('service-providers');
    expect(read).not.toContain('business-partners');
  });
});
