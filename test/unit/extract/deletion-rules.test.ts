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

describe('deleting data in an end state is a criterion: the state says when', () => {
  test.each<[Lang, string]>([
    ['en', 'Rejected applications are deleted.'],
    ['en', 'Inactive accounts are deleted.'],
    ['de', 'Abgelehnte Bewerbungen werden gelöscht.'],
    ['nl', 'Afgewezen sollicitaties worden verwijderd.'],
    ['nb', 'Ikke godkjente søknader slettes.'],
    ['nb', 'Søknader som ikke godkjennes slettes.'],
    ['sv', 'Ej godkända medlemsansökningar kommer tas bort.'],
    [
      'sv',
      'Vid ansökan om medlemskap så kommer datan sparas i medlemssystemet för behandling av styrelsen. Ej godkända medlemsansökningar kommer tas bort.',
    ],
    ['da', 'Afviste ansøgninger slettes.'],
    ['fr', 'Les candidatures non retenues sont supprimées.'],
    ['es', 'Las solicitudes rechazadas se eliminan.'],
    ['it', 'Le candidature non selezionate vengono cancellate.'],
    ['pl', 'Odrzucone zgłoszenia są usuwane.'],
    ['pt', 'As candidaturas rejeitadas são eliminadas.'],
  ])('%s: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('criteria');
  });

  test.each<[Lang, string]>([
    // What is deleted, not when: moderation.
    ['en', 'Offensive comments will be deleted.'],
    ['sv', 'Stötande inlägg tas bort.'],
    // A right, not the operator's rule.
    ['en', 'You have the right to have inactive accounts deleted.'],
  ])('%s: still no criterion: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('none');
  });
});

describe('"deleted when no longer needed" is a criterion, "no" and all', () => {
  test.each<[Lang, string]>([
    ['en', 'Data are deleted when no longer needed.'],
    ['en', 'Data are deleted once they are no longer needed.'],
    ['nl', 'Gegevens worden verwijderd als ze niet langer nodig zijn.'],
    ['nl', 'Wanneer de gegevens niet meer nodig zijn, zullen we deze gegevens verwijderen.'],
    ['nb', 'Opplysningene slettes når de ikke lenger er nødvendige.'],
    ['sv', 'Uppgifterna raderas när de inte längre behövs.'],
    ['da', 'Oplysningerne slettes, når de ikke længere er nødvendige.'],
    ['de', 'Die Daten werden gelöscht, wenn sie nicht mehr erforderlich sind.'],
    ['fr', "Les données sont supprimées lorsqu'elles ne sont plus nécessaires."],
    ['es', 'Los datos se eliminan cuando ya no son necesarios.'],
    ['it', 'I dati vengono cancellati quando non sono più necessari.'],
    ['pl', 'Dane są usuwane, gdy nie są już potrzebne.'],
    ['pt', 'Os dados são eliminados quando deixarem de ser necessários.'],
  ])('%s: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('criteria');
  });

  test.each<[Lang, string]>([
    // The GDPR's first ground for erasure, in a right: no rule of the operator's.
    ['en', 'You have the right to have your data deleted when it is no longer needed.'],
    ['nl', 'U heeft het recht om uw gegevens te laten verwijderen wanneer ze niet langer nodig zijn.'],
  ])('%s: a right is none: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('none');
  });
});

describe('data never deleted is kept without limit', () => {
  test.each<[Lang, string]>([
    ['en', 'Published results are never deleted.'],
    ['en', 'We do not delete the result lists.'],
    ['en', 'Inactive accounts are never deleted.'],
    ['de', 'Ergebnislisten löschen wir nicht.'],
    ['nl', 'Uitslagen worden niet verwijderd.'],
    ['nb', 'Resultatlister slettes ikke.'],
    ['sv', 'Vi tar inte bort data ur dessa.'],
    ['da', 'Resultatlister slettes ikke.'],
    ['fr', 'Les résultats publiés ne sont jamais supprimés.'],
    ['es', 'Los resultados publicados no se eliminan.'],
    ['it', 'I risultati pubblicati non vengono cancellati.'],
    ['pl', 'Opublikowane wyniki nie są usuwane.'],
    ['pt', 'Os resultados publicados não são apagados.'],
  ])('%s: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('indefinite');
  });

  // Only a plain never-delete: a proviso (without, unless, except, before, immediately) says when the
  // data may go after all.
  test.each<[Lang, string]>([
    ['en', 'We will not delete your account without notifying you first.'],
    ['en', 'We do not remove your content without your consent.'],
    ['de', 'Wir löschen Ihre Daten nicht ohne Ihre Zustimmung.'],
    ['nl', 'Wij verwijderen uw account niet zonder u eerst te informeren.'],
    ['nb', 'Vi sletter ikke kontoen din uten å varsle deg.'],
    ['sv', 'Vi tar inte bort ditt konto utan att meddela dig.'],
    ['da', 'Vi sletter ikke din konto uden at give dig besked.'],
    ['fr', 'Nous ne supprimons pas vos données sans vous prévenir.'],
    ['es', 'No eliminamos sus datos sin su consentimiento.'],
    ['it', 'Non cancelliamo i tuoi dati senza avvisarti.'],
    ['pl', 'Twoje konto nie jest usuwane bez powiadomienia.'],
    ['pt', 'Não apagamos seus dados sem aviso prévio.'],
    ['nl', 'Berichten worden niet direct verwijderd.'],
    ['sv', 'Inlägg tas inte bort omedelbart.'],
    ['fr', 'Les données ne sont pas supprimées immédiatement.'],
  ])('%s: a proviso is no "never deleted": %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('none');
  });

  // ... unless the proviso is only the person's own request: nothing but a request ends the keeping
  // (turf-vasterbotten's "Vi tar inte bort data ur dessa annat än om en individ begär borttagande").
  test.each<[Lang, string]>([
    ['en', 'We will not delete your data unless you ask us to.'],
    ['de', 'Wir löschen Ihre Daten nicht, es sei denn, Sie verlangen es.'],
    ['en', 'We do not delete the result lists unless a person asks us to remove their own result.'],
    [
      'de',
      'Ergebnislisten löschen wir nicht, außer eine Person verlangt die Löschung ihres eigenen Ergebnisses.',
    ],
    [
      'nl',
      'Uitslagen worden niet verwijderd, behalve als iemand om verwijdering van zijn eigen uitslag vraagt.',
    ],
    ['nb', 'Resultatlister slettes ikke, med mindre en person ber om å få sitt eget resultat fjernet.'],
    ['sv', 'Vi tar inte bort data ur dessa annat än om en individ begär borttagande av eget resultat.'],
    ['da', 'Resultatlister slettes ikke, medmindre en person beder om at få sit eget resultat fjernet.'],
    [
      'fr',
      'Les résultats publiés ne sont jamais supprimés, sauf si une personne demande le retrait de son propre résultat.',
    ],
    [
      'es',
      'Los resultados publicados no se eliminan, salvo que una persona solicite la retirada de su propio resultado.',
    ],
    [
      'it',
      'I risultati pubblicati non vengono cancellati, salvo che una persona chieda la rimozione del proprio risultato.',
    ],
    ['pl', 'Opublikowane wyniki nie są usuwane, chyba że osoba poprosi o usunięcie własnego wyniku.'],
    [
      'pt',
      'Os resultados publicados não são apagados, exceto se uma pessoa pedir a remoção do seu próprio resultado.',
    ],
    ['es', 'No eliminamos los resultados, salvo petición del interesado.'],
    ['it', 'I risultati non vengono cancellati, salvo richiesta dell’interessato.'],
  ])('%s: never deleted unless a person asks is indefinite: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('indefinite');
  });

  test.each<[Lang, string]>([
    // A request beside another proviso, or a request that is not the proviso, keeps the proviso's reading.
    ['en', 'We will not delete your account without notifying you first, even if you ask.'],
    ['de', 'Wir löschen Ihre Daten nicht ohne Ihre Zustimmung, auch wenn Sie es verlangen.'],
    ['fr', 'Nous ne supprimons pas vos données avant la fin du contrat, sauf si vous le demandez.'],
  ])('%s: a request beside another proviso is no "never deleted": %s', (lang, text) => {
    expect(kindOf(text, lang)).not.toBe('indefinite');
  });

  test.each<[Lang, string[], string]>([
    // Beside a criterion the page keeps its criterion, not "indefinitely".
    [
      'en',
      [
        'We keep your data as long as needed for the purposes described.',
        'We will not delete your comments without warning.',
      ],
      'criteria',
    ],
    [
      'en',
      [
        'We keep your order data for as long as necessary and do not delete it before the end of the warranty period.',
      ],
      'criteria',
    ],
  ])('%s: %s', (lang, blocks, kind) => {
    expect(practicesOf(blocks, lang).retention.kind).toBe(kind);
  });

  test.each<[Lang, string, string]>([
    // Not deleted until: kept until then.
    ['en', 'Your data is not deleted until the end of the contract.', 'criteria'],
    ['de', 'Die Daten werden nicht gelöscht, bis der Vertrag endet.', 'criteria'],
    // How it is deleted, not that it is kept.
    ['da', 'Oplysningerne slettes ikke automatisk efter arrangementet.', 'none'],
    ['en', 'Your data is not deleted immediately.', 'none'],
    ['de', 'Ihre Daten werden nicht sofort gelöscht.', 'none'],
    ['en', 'The data is not deleted after the end of the contract, but kept for 10 years.', 'specific'],
    // The person's own deletion.
    ['en', 'You can delete your account at any time; we do not delete it ourselves.', 'none'],
  ])('%s: not "never deleted": %s', (lang, text, kind) => {
    expect(kindOf(text, lang)).toBe(kind);
  });
});

describe('deleting data on a fixed date of the calendar is a specific retention, with no period', () => {
  test.each<[Lang, string]>([
    ['en', 'Every year on 1 April we delete all e-mails from the previous calendar year.'],
    ['en', 'Every year on April 1st we delete all e-mails from the previous calendar year.'],
    ['de', 'Jedes Jahr am 1. April löschen wir alle E-Mails aus dem vorigen Kalenderjahr.'],
    ['nl', 'Elk jaar op 1 april verwijderen wij alle e-mails van het vorige kalenderjaar.'],
    ['nb', 'Hvert år 1. april sletter vi all e-post fra forrige kalenderår.'],
    ['sv', 'Den 1:e april varje år tar vi bort alla in- och utgående email från föregående kalenderår.'],
    ['da', 'Hvert år den 1. april sletter vi alle e-mails fra det foregående kalenderår.'],
    ['fr', "Chaque année, le 1er avril, nous supprimons tous les courriels de l'année civile précédente."],
    ['es', 'Cada año, el 1 de abril, se eliminan todos los correos del año natural anterior.'],
    ['it', "Ogni anno, il 1° aprile, vengono cancellate tutte le e-mail dell'anno solare precedente."],
    ['pl', 'Co roku 1 kwietnia usuwamy wszystkie wiadomości e-mail z poprzedniego roku kalendarzowego.'],
    ['pt', 'Todos os anos, a 1 de abril, são apagados todos os e-mails do ano civil anterior.'],
  ])('%s: %s', (lang, text) => {
    const r = practicesOf([text], lang).retention;
    expect(r.kind).toBe('specific');
    expect(r.periods).toEqual([]);
    expect(r.evidence[0]?.text).toBe(text);
  });

  test.each<[Lang, string, string]>([
    // A date with its year is a law's or an event's, not a schedule.
    [
      'en',
      'Under Regulation (EU) 2016/679 of 27 April 2016, data are deleted when no longer needed.',
      'criteria',
    ],
    [
      'de',
      'Gemäß der Verordnung vom 27. April 2016 werden die Daten nach Ende der Mitgliedschaft gelöscht.',
      'criteria',
    ],
    [
      'fr',
      'Conformément au règlement du 27 avril 2016, les données sont supprimées à la fin de la relation.',
      'criteria',
    ],
    [
      'es',
      'Según el Reglamento de 27 de abril de 2016, los datos se eliminan cuando finaliza la relación.',
      'criteria',
    ],
    [
      'it',
      'Ai sensi del Regolamento UE 2016/679 del 27 aprile 2016, i dati vengono cancellati al termine del rapporto.',
      'criteria',
    ],
    [
      'pl',
      'Zgodnie z rozporządzeniem z dnia 27 kwietnia 2016 r. dane są usuwane po zakończeniu współpracy.',
      'criteria',
    ],
    [
      'pt',
      'Nos termos do Regulamento de 27 de abril de 2016, os dados são eliminados após o término do contrato.',
      'criteria',
    ],
    // A frequency alone is no date: the inactivity is the criterion.
    ['pl', 'Nieaktywne konta są usuwane co roku.', 'criteria'],
    ['en', 'Inactive accounts are deleted every year.', 'criteria'],
    // A date with no deletion: no retention.
    ['en', 'We publish the results every year on 1 April.', 'none'],
    // A date beside a deletion that is not done: no schedule.
    ['sv', 'Den 1 april tar vi inte bort några uppgifter efter eventet.', 'none'],
  ])('%s: no schedule: %s', (lang, text, kind) => {
    expect(kindOf(text, lang)).toBe(kind);
  });
});

describe('"immediately" says how fast, not when: deleting at once is moderation', () => {
  test.each<[Lang, string]>([
    ['en', 'Offensive comments are deleted immediately.'],
    ['de', 'Beleidigende Kommentare werden sofort gelöscht.'],
    ['nl', 'Berichten met spam worden direct verwijderd.'],
    ['nb', 'Støtende innlegg slettes umiddelbart.'],
    ['sv', 'Stötande inlägg tas bort direkt.'],
    ['da', 'Krænkende kommentarer slettes straks.'],
    ['fr', 'Les commentaires injurieux sont supprimés immédiatement.'],
    ['es', 'Los comentarios ofensivos se eliminan inmediatamente.'],
    ['it', 'I commenti offensivi vengono cancellati subito.'],
    ['pl', 'Obraźliwe komentarze są usuwane natychmiast.'],
    ['pt', 'Os comentários ofensivos são apagados imediatamente.'],
  ])('%s: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('none');
  });

  test.each<[Lang, string]>([
    // With an event it still says when.
    ['en', 'The data is deleted immediately after the event.'],
    ['de', 'Die Daten werden sofort nach Abschluss des Verfahrens gelöscht.'],
    ['nl', 'De gegevens worden direct na afloop van het evenement verwijderd.'],
    ['sv', 'Uppgifterna raderas direkt efter eventet.'],
    ['fr', "Les données sont supprimées immédiatement après l'événement."],
  ])('%s: still a criterion: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('criteria');
  });
});

describe('a date after "since" is when a rule began, no deletion date', () => {
  test.each<[Lang, string]>([
    ['en', 'Since 25 May we delete inactive accounts.'],
    ['de', 'Seit dem 1. Januar löschen wir abgelehnte Bewerbungen.'],
    ['nl', 'Sinds 1 april verwijderen wij inactieve accounts.'],
    ['nb', 'Siden 1. april sletter vi inaktive kontoer.'],
    ['sv', 'Sedan den 1 april tar vi bort inaktiva konton.'],
    ['da', 'Fra den 1. april sletter vi inaktive konti.'],
    ['fr', 'Depuis le 1er avril, nous supprimons les comptes inactifs.'],
    ['es', 'Desde el 1 de abril, las cuentas inactivas se eliminan.'],
    ['it', 'Dal 1° aprile vengono cancellati gli account inattivi.'],
    ['pl', 'Od 1 kwietnia usuwamy nieaktywne konta.'],
    ['pt', 'Desde 1 de abril, as contas inativas são apagadas.'],
  ])('%s: the end state is the criterion: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('criteria');
  });

  test.each<[Lang, string, string]>([
    ['de', 'Seit dem 25. Mai löschen wir Kommentare von Nutzern unter 16 Jahren.', 'none'],
    ['en', 'Since 25 May we delete inactive accounts after two years.', 'specific'],
    // A date of its own beside a starting date is still a schedule.
    ['en', 'Since 1 March we delete every year on 1 April all e-mails of the previous year.', 'specific'],
  ])('%s: %s', (lang, text, kind) => {
    expect(kindOf(text, lang)).toBe(kind);
  });
});

describe("the person's request is no 'when' of a deletion rule", () => {
  test.each<[Lang, string]>([
    ['nl', 'Gegevens die u direct aan ons verstrekt, worden verwijderd als u daarom vraagt.'],
    ['en', 'Your data is deleted when you ask us to.'],
    ['en', 'Your data will be deleted upon your request.'],
    ['de', 'Ihre Daten werden gelöscht, wenn Sie dies verlangen.'],
    ['nb', 'Opplysningene slettes når du ber om det.'],
    ['sv', 'Uppgifterna raderas när du begär det.'],
    ['da', 'Oplysningerne slettes, når du beder om det.'],
    ['fr', 'Vos données sont supprimées lorsque vous le demandez.'],
    ['es', 'Sus datos se eliminan cuando usted lo solicite.'],
    ['it', 'I dati vengono cancellati quando ne fai richiesta.'],
    ['pl', 'Dane są usuwane, gdy zażądasz ich usunięcia.'],
    ['pt', 'Os dados são apagados quando você solicitar.'],
  ])('%s: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('none');
  });

  test.each<[Lang, string]>([
    // A request that is the data kept, or the person's own act that ends a relationship, still says when.
    ['en', 'Your data is deleted after your request has been handled.'],
    ['en', 'Your data is deleted when you close your account.'],
    ['nl', 'Uw gegevens worden verwijderd als uw account wordt opgeheven.'],
    ['de', 'Ihre Daten werden gelöscht, wenn Sie Ihr Konto kündigen.'],
  ])('%s: still a criterion: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('criteria');
  });
});
