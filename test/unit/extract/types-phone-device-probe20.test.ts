/**
 * data types: the phone as a device is device-info, no phone number (session 20, fixq20, family B).
 * Sentences of our own in eleven languages: what must not be read (N) and what must stay read (P).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesSure } from './helpers';

function read(text: string, lang: Lang): readonly string[] {
  return typesSure(text, lang);
}

const NOT_READ: readonly [Lang, string, string][] = [
  ['en', 'phone', "The app records your phone's model, operating system version and battery level."],
  ['en', 'phone', 'We collect the type of phone you use and its screen resolution.'],
  ['de', 'phone', 'Die App erfasst das Modell Ihres Telefons und das Betriebssystem.'],
  ['de', 'phone', 'Wir speichern Informationen zu Ihrem Telefon, etwa Hersteller und Betriebssystem.'],
  ['nl', 'phone', 'Wij registreren welk type telefoon u gebruikt en de versie van de app.'],
  ['nl', 'phone', 'We slaan het merk en model van je telefoon op.'],
  ['nb', 'phone', 'Appen samler inn opplysninger om telefonen din, som modell og operativsystem.'],
  ['nb', 'phone', 'Vi registrerer hvilken type telefon du bruker og operativsystemet.'],
  ['sv', 'phone', 'Appen samlar in uppgifter om din telefon, till exempel modell och operativsystem.'],
  ['sv', 'phone', 'Vi registrerar vilken typ av telefon du använder.'],
  ['da', 'phone', 'Appen gemmer oplysninger om din telefon, fx skærmstørrelse og sprog.'],
  ['da', 'phone', 'Appen registrerer typen af telefon og dens styresystem.'],
  [
    'fr',
    'phone',
    "L'application enregistre le modèle de votre téléphone et la version du système d'exploitation.",
  ],
  [
    'fr',
    'phone',
    "Nous collectons des informations sur votre téléphone, comme le modèle et le système d'exploitation.",
  ],
  ['es', 'phone', 'La aplicación registra el modelo de tu teléfono y la versión del sistema operativo.'],
  ['es', 'phone', 'Recogemos información de tu móvil, como el modelo y el sistema operativo.'],
  ['it', 'phone', "L'app registra il modello del tuo telefono e la versione del sistema operativo."],
  ['it', 'phone', 'Raccogliamo informazioni sul tuo telefono, come modello e sistema operativo.'],
  ['pl', 'phone', 'Aplikacja zapisuje model telefonu i wersję systemu operacyjnego.'],
  ['pl', 'phone', 'Zbieramy informacje o Twoim telefonie, takie jak model i system operacyjny.'],
  ['pt', 'phone', 'O aplicativo registra o modelo do seu telefone e a versão do sistema operacional.'],
];

const READ: readonly [Lang, string, string][] = [
  ['en', 'phone', 'We collect your name, e-mail address and phone number.'],
  ['en', 'device-info', "The app records your phone's model, operating system version and battery level."],
  ['de', 'phone', 'Wir erheben Ihren Namen, Ihre E-Mail-Adresse und Ihre Telefonnummer.'],
  ['nl', 'phone', 'Wij verzamelen je naam, e-mailadres en telefoonnummer.'],
  ['nb', 'phone', 'Vi samler inn navn, e-postadresse og telefonnummer.'],
  ['sv', 'phone', 'Vi samlar in ditt namn, din e-postadress och ditt telefonnummer.'],
  ['da', 'phone', 'Vi indsamler dit navn, din e-mailadresse og dit telefonnummer.'],
  ['fr', 'phone', 'Nous collectons votre nom, votre adresse e-mail et votre numéro de téléphone.'],
  ['es', 'phone', 'Recogemos tu nombre, tu correo electrónico y tu número de teléfono.'],
  ['it', 'phone', 'Raccogliamo il tuo nome, il tuo indirizzo email e il tuo numero di telefono.'],
  ['pl', 'phone', 'Zbieramy Twoje imię, adres e-mail i numer telefonu.'],
  ['pt', 'device-info', 'O app lê informações do seu celular, por exemplo a versão do sistema operacional.'],
  [
    'pt',
    'device-info',
    'A aplicação recolhe informações do seu telemóvel, como o modelo e o sistema operativo.',
  ],
  ['pt', 'phone', 'Recolhemos o seu nome, o seu e-mail e o seu número de telefone.'],
];

describe('data types: the phone as a device is device-info, no phone number', () => {
  it.each(NOT_READ)('[%s] not %s: %s', (lang, value, text) => {
    expect(read(text, lang)).not.toContain(value);
  });
  it.each(READ)('[%s] %s: %s', (lang, value, text) => {
    expect(read(text, lang)).toContain(value);
  });
});
