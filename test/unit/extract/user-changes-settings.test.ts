/**
 * A user changing their own password, language or settings is no change of the policy (session 12's second
 * unseen probe: nl "U kunt uw wachtwoord op elk moment wijzigen via 'Mijn account'", nb "Du kan endre språk og
 * varslingsinnstillinger i appen når som helst" raised the changes flag where the model filed them under
 * changes). "You can change/update" with the user's own thing (a possessive, settings, password, language)
 * is masked, eleven languages. Read with the model sure of the changes label, where the general words count.
 * The policy's changes said beside the user ("you will be notified of changes", "you can read the changes to
 * this policy") still read.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

const changes = (text: string, lang: Lang) => flagBoth(text, lang, 'changes', 'changes');

describe("the user's own settings changed", () => {
  test.each<[Lang, string]>([
    ['nl', "U kunt uw wachtwoord op elk moment wijzigen via 'Mijn account'."],
    ['nb', 'Du kan endre språk og varslingsinnstillinger i appen når som helst.'],
    ['en', 'You can change your password at any time under My account.'],
    ['en', 'You can update your notification settings in the app at any time.'],
    ['de', 'Sie können Ihre Einstellungen jederzeit in der App aktualisieren.'],
    ['nl', 'Je kunt wijzigingen in je profiel doorvoeren via de app.'],
    ['nb', 'Du kan når som helst oppdatere profilen din i appen.'],
    ['sv', 'Du kan när som helst uppdatera dina inställningar i appen.'],
    ['sv', 'Du kan ändra språk och aviseringsinställningar i appen.'],
    ['da', 'Du kan til enhver tid opdatere dine oplysninger under Min profil.'],
    ['fr', 'Vous pouvez apporter des modifications à votre profil à tout moment.'],
    ['es', 'Puede realizar cambios en su perfil en cualquier momento.'],
    ['it', 'Puoi apportare modifiche al tuo profilo in qualsiasi momento.'],
    ['pl', 'Możesz w każdej chwili wprowadzić zmiany w ustawieniach konta.'],
    ['pt', 'Pode fazer alterações ao seu perfil a qualquer momento.'],
  ])('%s: %s', (lang, text) => {
    expect(changes(text, lang)).toEqual([false, false]);
  });
});

describe('changes of the policy said to the user still read', () => {
  test.each<[Lang, string]>([
    ['en', 'You will be notified of any changes by email.'],
    ['en', 'You can read the changes to this privacy policy on this page.'],
    ['nl', 'U kunt de wijzigingen in deze privacyverklaring op deze pagina bekijken.'],
    ['nb', 'Du kan lese om endringer i denne personvernerklæringen her.'],
    ['sv', 'Vi meddelar dig om ändringar i denna integritetspolicy.'],
    ['de', 'Über Änderungen dieser Datenschutzerklärung informieren wir Sie per E-Mail.'],
    ['fr', 'Vous pouvez consulter les modifications de la présente politique sur cette page.'],
    ['pl', 'O zmianach polityki prywatności poinformujemy Cię e-mailem.'],
  ])('%s: %s', (lang, text) => {
    expect(changes(text, lang)[1]).toBe(true);
  });
});
