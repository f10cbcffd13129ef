/**
 * A rule for deleting data that says when, with no period ("Anmälningslistor tas bort när eventet har
 * genomförts", "slettes løbende"), is retention by criteria. Moderation ("offensive messages will be
 * deleted"), a right to erasure and a negated deletion are not.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const kindOf = (text: string, lang: Lang) => practicesOf([text], lang).retention.kind;

describe('a deletion rule saying when is a criterion', () => {
  test.each<[Lang, string]>([
    ['en', 'Server logs are deleted automatically.'],
    ['de', 'Die Bewerbungsunterlagen werden nach Abschluss des Verfahrens gelöscht.'],
    ['nl', 'Aanmeldingen worden na afloop van het evenement verwijderd.'],
    ['nb', 'Påmeldingslistene slettes etter arrangementet.'],
    ['sv', 'Anmälningslistor tas bort när eventet har genomförts.'],
    ['sv', 'Det år junioren fyller 19 tar vi bort uppgift om födelseår.'],
    ['da', 'Forældrekonti uden tilknyttede børn slettes automatisk efter en periode med inaktivitet.'],
    ['da', 'Webserverlogfiler slettes løbende.'],
    ['fr', 'Les candidatures sont supprimées à la fin du recrutement.'],
    ['es', 'Los datos se eliminan cuando finaliza la relación.'],
    ['it', 'Le richieste vengono cancellate al termine della procedura.'],
    ['pl', 'Zgłoszenia są usuwane po zakończeniu wydarzenia.'],
    ['pl', 'Nieaktywne konta są usuwane co roku.'],
    ['pl', 'Nieaktywne konta są usuwane corocznie.'],
    ['pt', 'Os registros são apagados após o evento.'],
  ])('%s: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('criteria');
  });
});

describe('no criterion from a deletion that is no rule of keeping', () => {
  test.each<[Lang, string]>([
    ['pt', 'Mensagens ofensivas ou que contenham conteúdo ilegal serão excluídas.'],
    ['en', 'You have the right to have your data deleted when it is no longer needed by us.'],
    ['da', 'Oplysningerne slettes ikke automatisk efter arrangementet.'],
    ['sv', 'Du kan när som helst begära att dina uppgifter raderas.'],
    // Polish "co" is "what/which" ("co do których": about which), not "every" ("co roku").
    ['pl', 'Komentarze, co do których mamy wątpliwości, są usuwane.'],
  ])('%s: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('none');
  });
});

describe('a session end or a moderator noticing is no criterion', () => {
  test.each<[Lang, string[]]>([
    ['en', ['Offensive comments will be deleted when we see them.']],
    [
      'nb',
      [
        'Vi bruker sessionStorage utelukkende for teknisk grensesnittfunksjon.',
        'Dette inneholder ikke personopplysninger og slettes når nettleserfanen lukkes.',
      ],
    ],
    ['en', ['This information is deleted when you close your browser.']],
    ['de', ['Diese Angaben werden nach dem Schließen des Browsers gelöscht.']],
    ['nl', ['Deze gegevens worden verwijderd zodra u de browser sluit.']],
    ['sv', ['Uppgifterna raderas när du stänger webbläsaren.']],
    ['da', ['Oplysningerne slettes, når du lukker din browser.']],
    ['fr', ['Ces données sont supprimées lorsque vous fermez votre navigateur.']],
    ['es', ['Estos datos se eliminan cuando cierra el navegador.']],
    ['it', ['Questi dati vengono cancellati quando chiudi il browser.']],
    ['pl', ['Te dane są usuwane po zamknięciu przeglądarki.']],
    ['pt', ['Estes dados são apagados quando você fecha o navegador.']],
    ['de', ['Beleidigende Kommentare werden gelöscht, sobald wir davon Kenntnis erlangen.']],
    // Dutch "als" is also "as": "as anonymous records" says nothing of when.
    ['nl', ['Deze gegevens worden als anonieme records verwijderd.']],
  ])('%s: %s', (lang, blocks) => {
    expect(practicesOf(blocks, lang).retention.kind).toBe('none');
  });
});

describe('a negated deletion gives no criterion through its "after"', () => {
  test.each<[Lang, string]>([
    ['nl', 'De gegevens worden niet verwijderd na afloop van het evenement.'],
    ['it', 'I dati non vengono mai cancellati dopo la cessazione del rapporto.'],
    ['pt', 'Os dados não serão apagados após o término do contrato.'],
    ['en', 'The data is not deleted after the end of the contract.'],
  ])('%s: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('none');
  });

  test.each<[Lang, string]>([
    // "not deleted until": kept until, a criterion.
    ['en', 'Your data is not deleted until the end of the contract.'],
    [
      'nl',
      'De gegevens worden niet verwijderd na afloop van het evenement, maar bewaard zolang dat wettelijk verplicht is.',
    ],
    ['nl', 'Aanmeldingen worden verwijderd als het evenement voorbij is.'],
    ['nb', 'Påmeldingene slettes når arrangementet er avsluttet.'],
  ])('still a criterion: %s: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('criteria');
  });
});
