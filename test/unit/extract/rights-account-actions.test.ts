/**
 * Rights said as actions on the reader's own account (session 17, fixa17g): the reader's information, details,
 * account, profile or registration data updated, edited, changed, revised or corrected is rectification
 * ("You may update and/or edit your Home Delivery account information online", "Du kan endre opplysningene dine
 * under Min side"); reviewed or accessed is access. Granted also by "Users are able to", "Members can", "you will
 * have the opportunity to" and "can be updated or modified at any time by calling". Not rights: changing
 * preferences, communication options, a password (no personal data to correct), an order or a booking; updating
 * the app, the browser or this policy. An empty list expects no right.
 */
import { describe, expect, it } from 'vitest';
import type { Lang, Right } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const CASES: readonly [Lang, string, readonly Right[]][] = [
  [
    'en',
    'You can add or update certain information, such as your e-mail address, by using our User Administration pages.',
    ['rectification'],
  ],
  [
    'en',
    'You may update and/or edit your Home Delivery account information online at the Home Delivery website by clicking on the link for Update Account.',
    ['rectification'],
  ],
  [
    'en',
    'If you have registered for an account through our Services, you may review and revise certain of your account information by clicking here to log in.',
    ['access', 'rectification'],
  ],
  [
    'en',
    'Users are able to change their personal information: By emailing us By calling us By logging in to their account',
    ['rectification'],
  ],
  [
    'en',
    'If you\'re a registered AOL user, you can access your registration information and any billing or shipping information and edit this information by visiting " My Account."',
    ['access', 'rectification'],
  ],
  [
    'en',
    'If you are a registered user of our Site, you can make changes to your account information by logging in to the Site and using the tools available via the Site.',
    ['rectification'],
  ],
  [
    'en',
    'If you choose to share contact information with us, you will have the opportunity to update that information.',
    ['rectification'],
  ],
  ['en', 'You can change your preferences at any time.', []],
  ['en', 'You can change your communication options in your account.', []],
  ['en', 'You can change your password at any time.', []],
  ['en', 'We update this policy from time to time.', []],
  ['en', 'Please update your browser to the latest version.', []],
  ['en', 'You can change your order or your booking until it ships.', []],
  ['de', 'Sie können Ihre Kontodaten jederzeit in Ihrem Profil ändern.', ['rectification']],
  ['nl', 'Je kunt je gegevens wijzigen via Mijn account.', ['rectification']],
  ['nb', 'Du kan endre opplysningene dine under Min side.', ['rectification']],
  [
    'en',
    'Upon request, you may review all information that we maintain in your record and ask that inaccuracies be corrected.',
    ['access', 'rectification'],
  ],
  [
    'en',
    'You can request a list of the personal information we have shared with third parties for their marketing purposes.',
    ['access'],
  ],
  ['de', 'Nutzer können ihre Angaben jederzeit ändern, indem sie sich anmelden.', ['rectification']],
  ['de', 'Sie können Ihr Passwort jederzeit in Ihrem Konto ändern.', []],
  ['de', 'Sie können Ihre Einstellungen jederzeit ändern.', []],
  ['de', 'Sie können Ihre Bestellung bis zum Versand ändern.', []],
  ['de', 'Bitte aktualisieren Sie Ihren Browser.', []],
  ['de', 'Wir aktualisieren diese Datenschutzerklärung von Zeit zu Zeit.', []],
  ['de', 'Sie können Ihr Konto jederzeit löschen.', ['erasure']],
  ['nl', 'U kunt uw accountgegevens op elk moment bijwerken in uw profiel.', ['rectification']],
  ['nl', 'Je kunt je wachtwoord wijzigen in je account.', []],
  ['nl', 'Je kunt je voorkeuren op elk moment wijzigen.', []],
  ['nl', 'Je kunt je bestelling wijzigen tot verzending.', []],
  ['nl', 'Je kunt je account op elk moment verwijderen.', ['erasure']],
  ['nb', 'Du kan oppdatere profilen din når som helst.', ['rectification']],
  ['nb', 'Du kan endre passordet ditt under Min side.', []],
  ['nb', 'Du kan endre bestillingen din frem til den sendes.', []],
  ['nb', 'Du kan slette kontoen din når som helst.', ['erasure']],
  ['sv', 'Du kan ändra dina uppgifter under Mina sidor.', ['rectification']],
  ['sv', 'Du kan uppdatera din profil när som helst.', ['rectification']],
  ['sv', 'Du kan ändra ditt lösenord under Mina sidor.', []],
  ['sv', 'Du kan ändra din bokning fram till avresa.', []],
  ['sv', 'Du kan radera ditt konto när som helst.', ['erasure']],
  ['da', 'Du kan ændre dine oplysninger under Min side.', ['rectification']],
  ['da', 'Du kan opdatere din profil når som helst.', ['rectification']],
  ['da', 'Du kan ændre din adgangskode under Min side.', []],
  ['da', 'Du kan slette din konto når som helst.', ['erasure']],
  ['fr', 'Vous pouvez modifier vos informations dans Mon compte.', ['rectification']],
  ['fr', 'Vous pouvez mettre à jour votre profil à tout moment.', ['rectification']],
  ['fr', 'Vous pouvez modifier votre mot de passe dans Mon compte.', []],
  ['fr', "Vous pouvez modifier votre commande jusqu'à l'expédition.", []],
  ['fr', 'Vous pouvez supprimer votre compte à tout moment.', ['erasure']],
  ['es', 'Puedes modificar tus datos en Mi cuenta.', ['rectification']],
  ['es', 'Puede actualizar su perfil en cualquier momento.', ['rectification']],
  ['es', 'Puede cambiar su contraseña en Mi cuenta.', []],
  ['es', 'Puede modificar su reserva hasta la salida.', []],
  ['es', 'Puede eliminar su cuenta en cualquier momento.', ['erasure']],
  ['it', 'Puoi modificare i tuoi dati nella sezione Il mio account.', ['rectification']],
  ['it', 'Puoi aggiornare il tuo profilo in qualsiasi momento.', ['rectification']],
  ['it', 'Puoi cambiare la tua password nella sezione Il mio account.', []],
  ['it', 'Puoi modificare il tuo ordine fino alla spedizione.', []],
  ['it', 'Puoi eliminare il tuo account in qualsiasi momento.', ['erasure']],
  ['pl', 'Możesz zmienić swoje dane w zakładce Moje konto.', ['rectification']],
  ['pl', 'Możesz zaktualizować swój profil w dowolnym momencie.', ['rectification']],
  ['pl', 'Możesz zmienić swoje hasło w zakładce Moje konto.', []],
  ['pl', 'Możesz zmienić swoje zamówienie do momentu wysyłki.', []],
  ['pl', 'Możesz usunąć swoje konto w dowolnym momencie.', ['erasure']],
  ['pt', 'Pode alterar os seus dados na área A minha conta.', ['rectification']],
  ['pt', 'Pode atualizar o seu perfil a qualquer momento.', ['rectification']],
  ['pt', 'Pode alterar a sua palavra-passe na área A minha conta.', []],
  ['pt', 'Pode alterar a sua encomenda até ao envio.', []],
  ['pt', 'Pode eliminar a sua conta a qualquer momento.', ['erasure']],
  ['en', 'You can change your account password in your settings.', []],
  ['en', 'We may update the information on this page from time to time.', []],
];

describe('rights said as account actions, and look-alikes (fixa17g)', () => {
  it.each(CASES)('[%s] %s', (lang, text, rights) => {
    expect([...practicesOf([text], lang).rights.rights].sort()).toEqual([...rights].sort());
  });
});
