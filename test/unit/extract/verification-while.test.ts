/**
 * The right to restriction (GDPR Art. 18(1)(a)) says the data is not used "as long as we check whether it is
 * accurate": a span of the right's effect, not how long data is kept. Such a span ("for as long as we check
 * whether", "zolang wij controleren of", "solange wir prüfen, ob", "tant que nous vérifions si") masks the
 * criterion it begins with (deletionWhenMask), in eleven languages. Polish "od czasu do czasu" ("from time to
 * time") holds "do czasu" ("until") and is masked the same way. A Portuguese consumer's "direito de livre
 * resolução de 14 dias" is a contract period (contractPeriods). Criteria of keeping stay.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang) => practicesOf([text], lang).retention;

describe('a restriction while the data is checked states no retention', () => {
  test.each<[Lang, string]>([
    ['en', 'You can ask us to stop using your data for as long as we check whether it is accurate.'],
    [
      'de',
      'Sie können verlangen, dass wir Ihre Daten nicht verwenden, solange wir prüfen, ob sie richtig sind.',
    ],
    [
      'de',
      'Sie können die Einschränkung der Verarbeitung verlangen, solange wir die Richtigkeit Ihrer Daten prüfen.',
    ],
    ['nl', 'U kunt ons vragen uw gegevens niet meer te gebruiken zolang wij controleren of ze juist zijn.'],
    ['nl', 'U kunt beperking vragen zolang wij de juistheid van uw gegevens controleren.'],
    ['nb', 'Du kan be oss slutte å bruke opplysningene så lenge vi kontrollerer om de er riktige.'],
    ['sv', 'Du kan be oss sluta använda uppgifterna så länge vi kontrollerar om de är korrekta.'],
    ['da', 'Du kan bede os stoppe brugen af oplysningerne, så længe vi kontrollerer, om de er korrekte.'],
    [
      'fr',
      'Vous pouvez nous demander de ne plus utiliser vos données tant que nous vérifions si elles sont exactes.',
    ],
    ['es', 'Puede pedirnos que dejemos de usar sus datos mientras comprobamos si son exactos.'],
    ['it', 'Puoi chiederci di non usare i tuoi dati finché verifichiamo se sono corretti.'],
    ['pl', 'Możesz zażądać ograniczenia przetwarzania, dopóki sprawdzamy, czy dane są prawidłowe.'],
    ['pt', 'Pode pedir-nos que deixemos de usar os seus dados enquanto verificamos se estão corretos.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).toBe('none');
  });
});

describe('other spans that are no keeping', () => {
  test.each<[Lang, string]>([
    [
      'pl',
      'Możemy od czasu do czasu aktualizować niniejszą politykę prywatności; o istotnych zmianach poinformujemy Cię e-mailem.',
    ],
    ['pt', 'Os consumidores dispõem de um direito de livre resolução de 14 dias nas compras online.'],
  ])('%s: %s', (lang, text) => {
    const r = retentionOf(text, lang);
    expect(r.kind).toBe('none');
    expect(r.periods).toEqual([]);
  });
});

describe('criteria of keeping stay', () => {
  test.each<[Lang, string]>([
    ['en', 'We keep a copy of your ID for as long as we need it to verify your identity.'],
    ['de', 'Wir speichern Ihre Daten, solange wir sie für die Prüfung Ihres Antrags benötigen.'],
    ['nl', 'Wij bewaren uw gegevens zolang wij ze nodig hebben voor de controle van uw aanvraag.'],
    ['pl', 'Przechowujemy dane do czasu wycofania zgody.'],
    ['fr', 'Nous conservons vos données tant que votre compte est actif.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).toBe('criteria');
  });
});
