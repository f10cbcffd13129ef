/**
 * Rights probe19 left missed (session 20, fixs20c): restriction said as "ask us to limit how we use it", da "kræve
 * behandlingen begrænset", sv "att behandlingen begränsas", fr "que le traitement soit limité"; rectification
 * said as nl "laten aanpassen als ze niet kloppen", "have it changed if it is wrong" and twins. Negatives: the
 * same words about access to premises, a delivery address, the operator's own limits.
 */
import { describe, expect, it } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const rights = (text: string, lang: Lang) => practicesOf([text], lang).rights.rights;

const READ: readonly [Lang, string, Right[]][] = [
  ['en', 'You can ask us to limit how we use your data.', ['restriction']],
  ['en', 'You have the right to see your data and to ask us to limit how we use it.', ['restriction']],
  ['en', 'You may have your details changed if they are wrong.', ['rectification']],
  [
    'de',
    'Sie können in bestimmten Fällen verlangen, dass die Verarbeitung eingeschränkt wird.',
    ['restriction'],
  ],
  ['de', 'Sie können von uns verlangen, zu begrenzen, wie wir Ihre Daten nutzen.', ['restriction']],
  ['de', 'Sie können Ihre Daten ändern lassen, wenn sie nicht stimmen.', ['rectification']],
  ['nl', 'U mag uw gegevens laten aanpassen als ze niet kloppen.', ['rectification']],
  [
    'nl',
    'U mag uw gegevens inzien, laten aanpassen als ze niet kloppen en laten verwijderen.',
    ['rectification'],
  ],
  ['nl', 'Je kunt je gegevens laten wijzigen wanneer deze niet kloppen.', ['rectification']],
  ['nl', 'U kunt ons vragen te beperken hoe wij uw gegevens gebruiken.', ['restriction']],
  ['nb', 'Du kan i visse tilfeller kreve behandlingen begrenset.', ['restriction']],
  ['nb', 'Du kan få opplysningene endret hvis de er feil.', ['rectification']],
  ['sv', 'Du kan i vissa fall kräva att behandlingen begränsas.', ['restriction']],
  ['sv', 'Du kan få uppgifterna ändrade om de är fel.', ['rectification']],
  [
    'da',
    'Du kan i visse tilfælde kræve behandlingen begrænset, gøre indsigelse mod behandlingen og få udleveret dine data i et struktureret format.',
    ['restriction'],
  ],
  ['da', 'Du kan kræve, at behandlingen af dine oplysninger begrænses.', ['restriction']],
  ['da', 'Du kan få dine oplysninger ændret, hvis de er forkerte.', ['rectification']],
  ['fr', 'Vous pouvez nous demander de limiter la façon dont nous utilisons vos données.', ['restriction']],
  ['fr', 'Vous pouvez demander que le traitement soit limité.', ['restriction']],
  ['fr', 'Vous pouvez faire modifier vos données si elles ne sont pas correctes.', ['rectification']],
  ['es', 'Puedes pedirnos que limitemos cómo usamos tus datos.', ['restriction']],
  ['es', 'Puedes solicitar que se limite el tratamiento de tus datos.', ['restriction']],
  ['es', 'Puedes pedir que modifiquemos tus datos si no son correctos.', ['rectification']],
  ['it', 'Puoi chiederci di limitare il modo in cui utilizziamo i tuoi dati.', ['restriction']],
  ['it', 'Puoi chiederci di modificare i tuoi dati se non sono corretti.', ['rectification']],
  ['pl', 'Możesz poprosić nas o ograniczenie sposobu, w jaki wykorzystujemy Twoje dane.', ['restriction']],
  ['pl', 'Możesz poprosić o zmianę swoich danych, jeśli są nieprawidłowe.', ['rectification']],
  ['pt', 'Pode pedir-nos que limitemos a forma como usamos os seus dados.', ['restriction']],
  ['pt', 'Pode pedir-nos que alteremos os seus dados se não estiverem corretos.', ['rectification']],
  ['pl', 'Możesz poprosić o zmianę swoich danych, jeśli są nieprawidłowe.', ['rectification']],
];

const NOT_READ: readonly [Lang, string][] = [
  ['en', 'We limit how long we keep your data.'],
  ['en', 'If the delivery address is wrong, the parcel is returned to us.'],
  ['de', 'Der Zugang zum Gelände ist eingeschränkt.'],
  ['de', 'Wenn die Lieferadresse nicht stimmt, geht das Paket an uns zurück.'],
  ['nl', 'Als het bezorgadres niet klopt, komt het pakket terug.'],
  ['nb', 'Hvis adressen er feil, sendes pakken tilbake.'],
  ['sv', 'Om adressen är fel skickas paketet tillbaka.'],
  ['da', 'Adgangen til lokalerne er begrænset.'],
  ['da', 'Hvis adressen er forkert, sendes pakken retur.'],
  ['fr', "Si l'adresse de livraison n'est pas correcte, le colis nous est retourné."],
  ['es', 'Si la dirección no es correcta, el paquete se devuelve.'],
  ['it', "Se l'indirizzo non è corretto, il pacco ci viene restituito."],
  ['pl', 'Jeśli adres jest nieprawidłowy, paczka wraca do nas.'],
  ['pt', 'Se a morada não estiver correta, a encomenda é devolvida.'],
  ['es', 'Si cambias tu dirección, los datos no son correctos hasta que la actualizamos.'],
  ['de', 'Die Nutzung der App ist für Kinder eingeschränkt.'],
  ['sv', 'Antalet platser är begränsat.'],
  ['da', 'Brugen af appen er begrænset til medlemmer.'],
  ['fr', 'Nous limitons la façon dont nos employés accèdent aux serveurs.'],
];

describe('restriction and rectification said in other words are read', () => {
  it.each(READ)('%s: %s', (lang, text, wanted) => {
    expect(rights(text, lang)).toEqual(expect.arrayContaining(wanted));
  });
});

describe('limits, restricted access and wrong addresses grant no right', () => {
  it.each(NOT_READ)('%s: %s', (lang, text) => {
    expect(rights(text, lang)).toEqual([]);
  });
});
