import { describe, expect, test } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

describe('rights granted', () => {
  test.each<[Lang, string, Right[]]>([
    [
      'en',
      'You have the right to access and delete your data and to lodge a complaint with a supervisory authority.',
      ['access', 'erasure', 'complaint'],
    ],
    [
      'en',
      'You have the right to request a copy of your information, to object to our use of your information, to request the deletion or restriction of your information, or to request your information in a structured, electronic format.',
      ['access', 'erasure', 'portability', 'objection', 'restriction'],
    ],
    [
      'en',
      'You can ask us to correct or complete any Personal Data you believe is inaccurate.',
      ['rectification'],
    ],
    ['en', 'You may withdraw your consent at any time.', ['withdraw-consent']],
    [
      'de',
      'Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Beschwerde bei einer Aufsichtsbehörde.',
      ['access', 'rectification', 'erasure', 'complaint'],
    ],
    [
      'de',
      'Sie können Ihre Einwilligung jederzeit widerrufen und der Verarbeitung widersprechen.',
      ['objection', 'withdraw-consent'],
    ],
    [
      'nl',
      'U hebt recht op inzage, verwijdering en overdraagbaarheid van uw gegevens.',
      ['access', 'erasure', 'portability'],
    ],
    ['nl', 'U hebt het recht om een klacht in te dienen bij de Autoriteit Persoonsgegevens.', ['complaint']],
    [
      'nb',
      'Du har rett til innsyn, retting og sletting, og kan klage til Datatilsynet.',
      ['access', 'rectification', 'erasure', 'complaint'],
    ],
    [
      'sv',
      'Du har rätt till tillgång till dina personuppgifter, rättelse och radering.',
      ['access', 'rectification', 'erasure'],
    ],
    [
      'da',
      'Du har ret til indsigt, berigtigelse og sletning samt ret til dataportabilitet.',
      ['access', 'rectification', 'erasure', 'portability'],
    ],
    [
      'fr',
      "Vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition.",
      ['access', 'rectification', 'erasure', 'objection'],
    ],
    [
      'es',
      'Tiene derecho de acceso, rectificación, supresión y limitación del tratamiento.',
      ['access', 'rectification', 'erasure', 'restriction'],
    ],
    [
      'it',
      'Ha il diritto di accesso, rettifica, cancellazione e di proporre reclamo.',
      ['access', 'rectification', 'erasure', 'complaint'],
    ],
    [
      'pl',
      'Przysługuje Pani/Panu prawo dostępu do danych, ich sprostowania, usunięcia oraz prawo wniesienia skargi.',
      ['access', 'rectification', 'erasure', 'complaint'],
    ],
    [
      'pt',
      'Tem direito de acesso, retificação, apagamento e portabilidade dos dados.',
      ['access', 'rectification', 'erasure', 'portability'],
    ],
  ])('%s: %s', (lang, sentence, rights) => {
    expect(practicesOf([sentence], lang).rights.rights).toEqual(rights);
  });

  test.each<[Lang, string]>([
    ['en', 'We reserve the right to delete posts that violate our rules.'],
    ['en', 'Look at your browser Help menu to learn the correct way to modify your cookies.'],
    ['de', 'Wir behalten uns das Recht vor, diese Erklärung zu ändern.'],
  ])('%s: not a right: %s', (lang, sentence) => {
    expect(practicesOf([sentence], lang).rights.rights).toEqual([]);
  });

  test('items of a list introduced by "you have the right to" are rights', () => {
    const p = practicesOf(
      [
        'Under visse omstendigheter har du rett til å få:',
        { text: 'Tilgang til en kopi av personopplysningene vi har om deg', kind: 'list-item' },
        { text: 'Be om sletting av personopplysninger som holdes om deg', kind: 'list-item' },
      ],
      'nb',
    );
    expect(p.rights.rights).toEqual(['access', 'erasure']);
  });

  test('what administrators can do is not a right of the reader', () => {
    const p = practicesOf(
      [
        'In some cases, administrators can also:',
        { text: 'restrict your ability to edit or delete information', kind: 'list-item' },
      ],
      'en',
    );
    expect(p.rights.rights).toEqual([]);
  });
});
