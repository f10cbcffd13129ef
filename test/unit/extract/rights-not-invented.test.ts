/**
 * Rights a sentence does not grant (review12 finding 8). Session 12 read rights said as actions: stopping the
 * use "while we check whether it is correct" (restriction), consent that "can be withdrawn" said impersonally,
 * the data "in a machine-readable format" (portability), turning to the Garante (complaint). Each needs what
 * makes it the right: the check of the data's accuracy, the consent word, the data, the authority named alone.
 * Stopping to use an app while on holiday, an offer that can be withdrawn, invoices in a machine-readable
 * format and the Garante asked about a tournament grant nothing.
 */
import { describe, expect, test } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { rightsBoth } from './helpers';

describe('stopping to use something while something else happens is no restriction', () => {
  test.each<[Lang, string]>([
    ['es', 'Puede dejar de usar la aplicación mientras tanto.'],
    ['pt', 'Pode deixar de usar o aplicativo enquanto estiver de férias.'],
    ['pl', 'Możesz przestać używać aplikacji, dopóki trwa przerwa.'],
    ['sv', 'Du kan sluta använda appen medan vi uppdaterar den.'],
    ['nl', 'Je kunt de wedstrijd niet meer gebruiken zolang we onderhoud doen.'],
    ['it', "Puoi non usare più l'app mentre sei in vacanza."],
    ['en', 'You can stop using the app while we update it.'],
    ['de', 'Sie können die App nicht mehr nutzen, solange wir sie warten.'],
    ['nb', 'Du kan slutte å bruke appen mens vi oppdaterer den.'],
    ['da', 'Du kan stoppe med at bruge appen, mens vi opdaterer den.'],
    ['fr', "Vous pouvez ne plus utiliser l'application pendant que nous la mettons à jour."],
    ['es', 'Puede dejar de usar la aplicación mientras actualizamos el servicio.'],
    ['pt', 'Pode deixar de usar o aplicativo enquanto atualizamos o serviço.'],
  ])('%s: %s', (lang, text) => {
    const [silent] = rightsBoth(text, lang);
    expect(silent).not.toContain('restriction');
  });
});

describe('the use stopped while the data is checked stays the right to restriction', () => {
  test.each<[Lang, string]>([
    ['en', 'You can ask us to stop using your data while we verify the accuracy of it.'],
    [
      'pl',
      'Możesz poprosić, abyśmy przestali przetwarzać Twoje dane, dopóki nie sprawdzimy, czy są prawidłowe.',
    ],
    [
      'fr',
      'Vous pouvez nous demander de ne plus utiliser vos données tant que nous vérifions si elles sont exactes.',
    ],
  ])('%s: %s', (lang, text) => {
    const [silent, sure] = rightsBoth(text, lang);
    expect(silent).toContain('restriction');
    expect(sure).toContain('restriction');
  });
});

describe('something other than consent that can be withdrawn is no withdrawal of consent', () => {
  test.each<[Lang, string]>([
    ['de', 'Das Angebot kann jederzeit widerrufen werden.'],
    ['nl', 'Het aanbod kan op elk moment worden herroepen.'],
    ['sv', 'Erbjudandet kan återkallas när som helst.'],
    ['nb', 'Tilbudet kan tilbakekalles når som helst.'],
    ['da', 'Tilbuddet kan tilbagekaldes når som helst.'],
    ['en', 'Prize offers may be withdrawn at any time.'],
  ])('%s: %s', (lang, text) => {
    const [silent] = rightsBoth(text, lang);
    expect(silent).toEqual([]);
  });

  test.each<[Lang, string]>([
    ['de', 'Ihre Einwilligung kann von Ihnen jederzeit widerrufen werden.'],
    ['nl', 'Je toestemming kan altijd worden ingetrokken.'],
    ['sv', 'Ditt samtycke kan återkallas när som helst.'],
    ['nb', 'Samtykket ditt kan tilbakekalles når som helst.'],
    ['da', 'Dit samtykke kan tilbagekaldes når som helst.'],
  ])('consent said: %s: %s', (lang, text) => {
    const [silent, sure] = rightsBoth(text, lang);
    expect(silent).toContain('withdraw-consent');
    expect(sure).toContain('withdraw-consent');
  });
});

describe('a machine-readable format of something other than the data is no portability', () => {
  test.each<[Lang, string]>([
    ['es', 'Puede descargar sus facturas en formato legible por máquina.'],
    ['pt', 'Pode descarregar as suas faturas em formato legível por máquina.'],
    ['it', 'Puoi scaricare le fatture in un formato leggibile da una macchina.'],
    ['nl', 'Je kunt je facturen downloaden in een machineleesbaar formaat.'],
    ['pl', 'Możesz pobrać faktury w formacie nadającym się do odczytu maszynowego.'],
  ])('%s: %s', (lang, text) => {
    const [silent, sure] = rightsBoth(text, lang);
    expect(silent).not.toContain('portability');
    expect(sure).not.toContain('portability');
  });

  test.each<[Lang, string]>([
    ['es', 'Puede pedirnos sus datos en un formato legible por máquina.'],
    ['pt', 'Pode pedir-nos os seus dados num formato legível por máquina.'],
    ['it', 'Puoi chiederci i tuoi dati in un formato leggibile da una macchina.'],
  ])('the data said: %s: %s', (lang, text) => {
    const [silent, sure] = rightsBoth(text, lang);
    expect(silent).toContain('portability');
    expect(sure).toContain('portability');
  });
});

describe('the Garante asked about something else is no complaint', () => {
  test.each<[Lang, string, Right[]]>([
    ['it', 'Puoi rivolgerti al Garante per informazioni sul torneo.', []],
    ['it', 'Se non è soddisfatto della nostra risposta, può rivolgersi al Garante.', ['complaint']],
    [
      'it',
      'Puoi rivolgerti al Garante (www.garanteprivacy.it) se ritieni che i tuoi diritti siano violati.',
      ['complaint'],
    ],
  ])('%s: %s', (lang, text, rights) => {
    const [silent] = rightsBoth(text, lang);
    expect(silent.filter((r) => r === 'complaint')).toEqual(rights);
  });
});
