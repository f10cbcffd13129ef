/**
 * A federation called by its own name ("Norges Idrettsforbund", "Dansk Idrætsforbund", "Real Federación
 * Española de Atletismo") is the business partner itself: the name ends in the federation word, but unlike a
 * company whose name ends in a recipient word ("Trebiano E-Business Partner") it is not skipped. The national
 * federations' acronyms (DGI, DBU, NIF, FIDAL, FIGC, RFEF, FPF, PZPN, FFF, DFB) are their names. Reporting
 * members to one is passing data: nb "sendes til", "innrapporteres", sv "skickas till", "rapporteras till",
 * da "indberetter", "sendes til" (a verb of sending to a party, never to the reader: "sendes til deg").
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('a federation named by its name or acronym is a business partner', () => {
  test.each<[Lang, string]>([
    [
      'nb',
      'Navn og fødselsdato på medlemmer sendes til Norges Idrettsforbund for registrering i idrettens medlemssystem.',
    ],
    ['nb', 'Vi deler navn og fødselsdato med Norges Idrettsforbund.'],
    ['nb', 'Medlemslister innrapporteres til NIF hvert år.'],
    ['sv', 'Medlemmarnas namn rapporteras till Riksidrottsförbundet.'],
    ['sv', 'Medlemmarnas namn skickas till Svenska Fotbollförbundet.'],
    ['da', 'Vi indberetter medlemmernes navne og alder til DGI og Dansk Idrætsforbund.'],
    ['da', 'Vi videregiver medlemmernes navne og alder til DBU.'],
    ['de', 'Wir übermitteln die Spielberechtigung an den DFB.'],
    ['nl', 'Wij geven je gegevens door aan de Koninklijke Nederlandse Voetbalbond.'],
    ['fr', 'Nous transmettons vos données à la FFF pour votre licence.'],
    ['es', 'Los datos de los deportistas federados se comunican a la Real Federación Española de Atletismo.'],
    ['es', 'Comunicamos los datos a la RFEA para tramitar la licencia.'],
    ['it', 'I dati degli atleti tesserati sono comunicati alla FIDAL per il tesseramento.'],
    ['it', 'I nomi dei calciatori sono comunicati alla FIGC.'],
    ['pl', 'Przekazujemy dane zawodników do PZPN.'],
    ['pt', 'Os dados dos atletas são comunicados à FPF.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('business-partners');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['en', 'Our website is hosted at Trebiano E-Business Partner in Milan.'],
    ['nb', 'Bekreftelsen sendes til deg på e-post.'],
    ['da', 'Kvitteringen sendes til dig på e-mail.'],
    ['sv', 'Bekräftelsen skickas till dig via e-post.'],
    ['da', 'Vi videregiver ikke medlemmernes navne til Dansk Idrætsforbund.'],
    ['nb', 'Norges Idrettsforbund behandler egne opplysninger etter egen personvernerklæring.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('business-partners');
  });
});
