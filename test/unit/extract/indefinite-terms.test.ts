/**
 * Kept without a set end: "por prazo indeterminado" and its twins ("por tiempo indeterminado", "per una
 * durata indeterminata", "przez czas nieokreślony", "für unbestimmte Zeit", "voor onbepaalde duur", "i
 * ubestemt tid", "under obestämd tid", "pour une durée indéfinie", "for an indefinite period"), and a policy
 * saying it cannot say when data go ("We cannot say exactly when your data will be deleted": indefinite by
 * test/lang-eval/README.md). An open-ended employment contract ("contrat à durée indéterminée", "contratto a
 * tempo indeterminato", "umowa na czas nieokreślony") is no keeping of data.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const kindOf = (text: string, lang: Lang) => practicesOf([text], lang).retention.kind;

describe('kept for an undetermined time: indefinite', () => {
  test.each<[Lang, string]>([
    ['pt', 'As mensagens do fórum são mantidas por prazo indeterminado.'],
    ['es', 'Los mensajes del foro se conservan por tiempo indeterminado.'],
    ['es', 'Los mensajes del foro se conservan por un plazo indefinido.'],
    ['it', 'I messaggi del forum sono conservati per una durata indeterminata.'],
    ['pl', 'Wiadomości z forum są przechowywane przez czas nieokreślony.'],
    ['pl', 'Wiadomości z forum przechowujemy przez okres nieokreślony.'],
    ['de', 'Forenbeiträge werden für unbestimmte Zeit gespeichert.'],
    ['nl', 'Forumberichten worden voor onbepaalde duur bewaard.'],
    ['nb', 'Foruminnlegg lagres i ubestemt tid.'],
    ['sv', 'Foruminlägg sparas under obestämd tid.'],
    ['da', 'Forumindlæg opbevares i ubestemt tid.'],
    ['fr', 'Les messages du forum sont conservés pour une durée indéfinie.'],
    ['en', 'Forum posts are kept for an indefinite period.'],
  ])('%s: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('indefinite');
  });
});

describe('cannot say when data are deleted: indefinite', () => {
  test.each<[Lang, string]>([
    ['en', 'We cannot say exactly when your data will be deleted.'],
    ['en', "We can't say in advance how long your data will be kept."],
    ['de', 'Wir können nicht genau sagen, wann Ihre Daten gelöscht werden.'],
    ['de', 'Es ist nicht absehbar, wie lange die Daten gespeichert werden.'],
    ['nl', 'We kunnen niet precies zeggen wanneer uw gegevens worden verwijderd.'],
    ['nb', 'Vi kan ikke si nøyaktig når dataene dine slettes.'],
    ['sv', 'Vi kan inte säga exakt när dina uppgifter raderas.'],
    ['da', 'Vi kan ikke sige præcist, hvornår dine data slettes.'],
    ['fr', 'Nous ne pouvons pas dire exactement quand vos données seront supprimées.'],
    ['fr', "Il n'est pas possible de déterminer combien de temps vos données seront conservées."],
    ['es', 'No podemos decir exactamente cuándo se eliminarán sus datos.'],
    ['it', 'Non possiamo dire esattamente quando i tuoi dati saranno cancellati.'],
    ['pl', 'Nie możemy dokładnie określić, kiedy Twoje dane zostaną usunięte.'],
    ['pt', 'Não podemos dizer exatamente quando seus dados serão excluídos.'],
    // A page typed without accents: "cuándo" keeps its accent in the lexicon, so "cuando" is a term too.
    ['es', 'No podemos decir exactamente cuando se eliminaran sus datos.'],
  ])('%s: %s', (lang, text) => {
    expect(kindOf(text, lang)).toBe('indefinite');
  });
});

describe('no indefinite keeping from these words elsewhere', () => {
  test.each<[Lang, string, string]>([
    [
      'fr',
      'Les données des candidats recrutés en contrat à durée indéterminée sont conservées pendant la durée du contrat.',
      'criteria',
    ],
    [
      'it',
      'I dati dei dipendenti assunti con contratto a tempo indeterminato sono conservati per la durata del rapporto.',
      'criteria',
    ],
    [
      'pt',
      'Os dados dos funcionários com contrato por prazo indeterminado são mantidos enquanto durar o vínculo.',
      'criteria',
    ],
    [
      'pl',
      'Dane pracowników zatrudnionych na umowę na czas nieokreślony przechowujemy do czasu rozwiązania umowy.',
      'criteria',
    ],
    [
      'fr',
      'Les donnees des candidats recrutes en contrat a duree indeterminee sont conservees pendant la duree du contrat.',
      'criteria',
    ],
    ['en', 'We will tell you when your data has been deleted.', 'none'],
    ['en', 'We do not keep your data indefinitely.', 'none'],
    ['en', 'We can say exactly when your data will be deleted: after two years.', 'specific'],
  ])('%s: %s', (lang, text, kind) => {
    expect(kindOf(text, lang)).toBe(kind);
  });
});
