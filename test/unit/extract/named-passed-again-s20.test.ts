/**
 * named: a service the reader signs in with or uses is named where the sentence passes data to it, or where
 * the app shares with it (session 20, fixr20c, review20c finding 3).
 * Sentences of our own in eleven languages: what must not be read (NOT_READ) and what must be read (READ).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

function read(text: string, lang: Lang): readonly string[] {
  return practicesOf([text], lang).sharing.named;
}

const NOT_READ: readonly [Lang, string, string][] = [
  ['en', 'WhatsApp', 'You can share posts on Facebook, and they will be shared with Facebook friends.'],
  ['de', 'WhatsApp', 'Sie können mit der App Rezepte per WhatsApp an Freunde schicken.'],
  ['nl', 'WhatsApp', 'Je kunt met de app recepten via WhatsApp naar vrienden sturen.'],
  ['da', 'Instagram', 'Du kan med appen dele billeder på Instagram.'],
  ['sv', 'WhatsApp', 'Du kan dela recept med vänner via WhatsApp i appen.'],
  ['fr', 'Pinterest', "Vous pouvez partager nos recettes sur Pinterest depuis l'application."],
  ['es', 'WhatsApp', 'Puedes compartir recetas por WhatsApp desde la aplicación.'],
  ['pl', 'Facebook', 'Możesz udostępniać przepisy na Facebooku za pomocą aplikacji.'],
];

const READ: readonly [Lang, string, string][] = [
  ['en', 'Facebook', 'If you log in with Facebook, your e-mail address is sent to Facebook.'],
  [
    'de',
    'Facebook',
    'Wenn Sie sich mit Facebook anmelden, wird Ihre E-Mail-Adresse an Facebook übermittelt.',
  ],
  ['fr', 'Google', 'Si vous vous connectez avec Google, votre adresse e-mail est transmise à Google.'],
  ['es', 'Google', 'Si te registras con Google, tu correo electrónico es enviado a Google.'],
  ['it', 'Google', 'Se ti registri con Google, il tuo indirizzo email viene inviato a Google.'],
  ['pl', 'Google', 'Jeśli zalogujesz się przez Google, Twój adres e-mail zostanie przekazany do Google.'],
  ['nb', 'Facebook', 'Når du bruker appen, kan appen dele enhets-ID-en din med Facebook.'],
  [
    'fr',
    'Facebook',
    "Lorsque vous utilisez l'application, l'application peut partager votre identifiant avec Facebook.",
  ],
  ['sv', 'Google', 'Om du loggar in med Google skickas din e-postadress till Google.'],
  ['da', 'Google', 'Hvis du logger ind med Google, sendes din e-mailadresse til Google.'],
  ['nl', 'Google', 'Als u zich aanmeldt met Google, wordt uw e-mailadres naar Google gestuurd.'],
  ['pt', 'Google', 'Se se registar com o Google, o seu e-mail é enviado para a Google.'],
  ['de', 'Facebook', 'Wenn Sie die App nutzen, kann die App Ihre Kennung mit Facebook teilen.'],
  ['nl', 'Facebook', 'Als je de app gebruikt, kan de app je apparaat-ID met Facebook delen.'],
  ['fr', 'Mailchimp', 'Nous vous envoyons la lettre via Mailchimp.'],
  ['pl', 'Mailchimp', 'Możesz otrzymywać biuletyn wysyłany przez Mailchimp.'],
];

describe('named: a sign-in service given data is named', () => {
  it.each(NOT_READ)('[%s] not %s: %s', (lang, value, text) => {
    expect(read(text, lang)).not.toContain(value);
  });
  it.each(READ)('[%s] %s: %s', (lang, value, text) => {
    expect(read(text, lang)).toContain(value);
  });
});
