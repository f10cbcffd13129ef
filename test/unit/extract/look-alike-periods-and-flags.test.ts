import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth, practicesOf } from './helpers';

/**
 * Look-alikes from probe13x: a contract's notice period ("denunciado com pré-aviso de 60 dias") is no
 * retention period; a place's safety rules ("Säkerhetsföreskrifterna för simhallen") are no data security;
 * a school's or a club's own rules changed ("Le règlement intérieur de l'école peut être modifié") are no
 * change of this policy. Their twins in other languages, and sentences that must still read.
 */
describe('a notice period is no retention period', () => {
  test.each<[Lang, string]>([
    ['pt', 'O contrato pode ser denunciado com pré-aviso de 60 dias.'],
    ['en', 'The contract can be terminated with a notice period of 60 days.'],
    ['de', 'Der Vertrag kann mit einer Kündigungsfrist von 60 Tagen gekündigt werden.'],
    ['nl', 'De overeenkomst kan worden opgezegd met een opzegtermijn van 60 dagen.'],
    ['nb', 'Avtalen kan sies opp med en oppsigelsestid på 60 dager.'],
    ['sv', 'Avtalet kan sägas upp med en uppsägningstid på 60 dagar.'],
    ['da', 'Aftalen kan opsiges med en opsigelsesfrist på 60 dage.'],
    ['fr', 'Le contrat peut être résilié avec un préavis de 60 jours.'],
    ['es', 'El contrato puede rescindirse con un preaviso de 60 días.'],
    ['it', 'Il contratto può essere disdetto con un preavviso di 60 giorni.'],
    ['pl', 'Umowa może zostać rozwiązana z zachowaniem okresu wypowiedzenia wynoszącego 60 dni.'],
    ['pt', 'O contrato pode ser rescindido com aviso prévio de 60 dias.'],
    ['pt', 'O contrato pode ser denunciado com pre-aviso de 60 dias.'],
  ])('[%s] %s', (lang, text) => {
    expect(practicesOf([text], lang).retention.periods).toEqual([]);
  });

  test.each<[Lang, string]>([
    ['pt', 'Os seus dados são conservados durante 60 dias após o fim do pré-aviso.'],
  ])('data kept until a notice period ends still reads: [%s] %s', (lang, text) => {
    expect(practicesOf([text], lang).retention.periods).toEqual(['P60D']);
  });
});

describe("a place's safety rules are no data security", () => {
  test.each<[Lang, string]>([
    [
      'sv',
      'Säkerhetsföreskrifterna för simhallen, bland annat att små barn ska bära flytväst, finns anslagna vid entrén.',
    ],
    [
      'de',
      'Die Sicherheitsvorschriften des Schwimmbads, etwa dass kleine Kinder Schwimmwesten tragen müssen, hängen am Eingang aus.',
    ],
    [
      'nl',
      'De veiligheidsvoorschriften van het zwembad, onder meer dat kleine kinderen een zwemvest dragen, hangen bij de ingang.',
    ],
    [
      'nb',
      'Sikkerhetsreglene for svømmehallen, blant annet at små barn skal bruke redningsvest, henger ved inngangen.',
    ],
    [
      'da',
      'Sikkerhedsreglerne for svømmehallen, blandt andet at små børn skal bære redningsvest, hænger ved indgangen.',
    ],
    [
      'fr',
      "Les consignes de sécurité de la piscine, notamment le port du gilet pour les petits enfants, sont affichées à l'entrée.",
    ],
    [
      'es',
      'Las normas de seguridad de la piscina, entre ellas que los niños pequeños lleven chaleco, están expuestas en la entrada.',
    ],
    [
      'it',
      "Le norme di sicurezza della piscina, tra cui il giubbotto per i bambini piccoli, sono affisse all'ingresso.",
    ],
    [
      'pl',
      'Zasady bezpieczeństwa na basenie, w tym obowiązek noszenia kamizelek przez małe dzieci, są wywieszone przy wejściu.',
    ],
    [
      'pt',
      'As regras de segurança da piscina, incluindo o uso de colete pelas crianças pequenas, estão afixadas à entrada.',
    ],
    [
      'en',
      "The pool's safety rules, including that small children must wear a life jacket, are posted at the entrance.",
    ],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([false, false]);
  });

  test.each<[Lang, string]>([
    ['sv', 'Våra säkerhetsregler skyddar dina personuppgifter mot obehörig åtkomst.'],
    ['de', 'Unsere Sicherheitsvorschriften schützen Ihre Daten vor unbefugtem Zugriff.'],
  ])('security rules that protect data still read: [%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([true, true]);
  });
});

describe("another document's changes are no policy change", () => {
  test.each<[Lang, string]>([
    ['fr', "Le règlement intérieur de l'école peut être modifié chaque année par le conseil d'école."],
    ['de', 'Die Hausordnung der Schule kann jedes Jahr von der Schulkonferenz geändert werden.'],
    ['nl', 'Het huishoudelijk reglement van de school kan elk jaar door de schoolraad worden gewijzigd.'],
    ['sv', 'Skolans ordningsregler kan ändras varje år av skolrådet.'],
    ['nb', 'Skolens ordensregler kan endres hvert år av skoleutvalget.'],
    ['da', 'Skolens ordensregler kan ændres hvert år af skolebestyrelsen.'],
    ['es', 'El reglamento interno del colegio puede ser modificado cada año por el consejo escolar.'],
    ['it', "Il regolamento d'istituto può essere modificato ogni anno dal consiglio d'istituto."],
    ['pl', 'Statut szkoły może być zmieniany co roku przez radę szkoły.'],
    ['pt', 'O regulamento interno da escola pode ser alterado todos os anos pelo conselho escolar.'],
    ['en', 'The school rules may be changed each year by the school board.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'changes', 'changes')).toEqual([false, false]);
  });

  test.each<[Lang, string]>([
    ['fr', 'Nous pouvons modifier la présente politique de confidentialité à tout moment.'],
    ['de', 'Wir können diese Datenschutzerklärung jederzeit ändern.'],
    ['sv', 'Vi kan komma att ändra denna integritetspolicy.'],
  ])('changes of this policy still read: [%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'changes', 'changes')).toEqual([true, true]);
  });
});
