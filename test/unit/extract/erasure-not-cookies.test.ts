/**
 * Deleting cookies, data stored by browser add-ons, browser or search history, local storage or the app is no
 * erasure right (session 17, fixa17g): "You can disable or delete similar data used by browser add-ons, such as
 * Flash cookies", "Sie können Cookies jederzeit in den Einstellungen Ihres Browsers löschen". Every language now
 * agrees however far the verb stands from the cookies, unless the reader's account, profile or personal data
 * lies between; deleting the account stays erasure. An empty list expects no right.
 */
import { describe, expect, it } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const CASES: readonly [Lang, string, readonly Right[]][] = [
  [
    'en',
    'The personal information collected about you through our online applications is stored in our internal database and can be updated or modified at any time by calling us.',
    ['rectification'],
  ],
  ['en', 'You can update the app in the store.', []],
  ['en', 'You can disable or delete similar data used by browser add-ons, such as Flash cookies.', []],
  ['en', 'You can also disable or delete the stored data used by technology similar to cookies.', []],
  ['en', 'You can delete cookies in your browser settings.', []],
  ['de', 'Sie können Cookies jederzeit in den Einstellungen Ihres Browsers löschen.', []],
  ['fr', 'Vous pouvez supprimer les cookies dans les paramètres de votre navigateur.', []],
  ['de', 'Sie können die App jederzeit löschen.', []],
  ['nl', 'Je kunt cookies op elk moment in de instellingen van je browser verwijderen.', []],
  ['nb', 'Du kan slette informasjonskapsler når som helst i innstillingene til nettleseren din.', []],
  ['nb', 'Du kan slette appen når som helst.', []],
  ['sv', 'Du kan när som helst radera cookies i inställningarna i din webbläsare.', []],
  ['da', 'Du kan til enhver tid slette cookies i indstillingerne i din browser.', []],
  ['fr', 'Vous pouvez à tout moment supprimer les cookies dans les paramètres de votre navigateur.', []],
  ['fr', "Vous pouvez supprimer l'application à tout moment.", []],
  ['es', 'Puede eliminar las cookies en cualquier momento en la configuración de su navegador.', []],
  ['it', 'Puoi cancellare i cookie in qualsiasi momento nelle impostazioni del tuo browser.', []],
  ['pl', 'Możesz w każdej chwili usunąć pliki cookie w ustawieniach swojej przeglądarki.', []],
  ['pt', 'Pode apagar os cookies a qualquer momento nas definições do seu navegador.', []],
  ['en', 'You can delete your account at any time, and you can clear cookies in your browser.', ['erasure']],
  ['en', 'You can delete the app from your phone at any time.', []],
  ['en', 'You can clear your search history in your browser.', []],
];

describe('deleting cookies, browser data or the app is no erasure (fixa17g)', () => {
  it.each(CASES)('[%s] %s', (lang, text, rights) => {
    expect([...practicesOf([text], lang).rights.rights].sort()).toEqual([...rights].sort());
  });
});
