/**
 * data types: 'information about your phone' is the contact number unless device words follow (session 20,
 * fixr20c, review20c finding 2); 'type/brand of phone:' in product specs reads nothing.
 * Sentences of our own in eleven languages: what must not be read (NOT_READ) and what must be read (READ).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesSure } from './helpers';

function read(text: string, lang: Lang): readonly string[] {
  return typesSure(text, lang);
}

const NOT_READ: readonly [Lang, string, string][] = [
  [
    'en',
    'device-info',
    'We keep your name and information about your phone and e-mail so that we can reach you.',
  ],
  [
    'de',
    'device-info',
    'Wir speichern Ihren Namen und Angaben zu Ihrem Telefon, damit wir Sie erreichen können.',
  ],
  ['nl', 'device-info', 'Wij bewaren uw naam en gegevens over uw telefoon zodat wij u kunnen bellen.'],
  ['nb', 'device-info', 'Vi lagrer navn og opplysninger om telefon og e-post, slik at vi kan ringe deg.'],
  ['sv', 'device-info', 'Vi sparar namn och uppgifter om telefon och e-post så att vi kan ringa dig.'],
  ['da', 'device-info', 'Vi gemmer navn og oplysninger om telefon og e-mail, så vi kan ringe til dig.'],
  [
    'fr',
    'device-info',
    'Nous conservons votre nom et les informations sur votre téléphone afin de vous appeler.',
  ],
  ['es', 'device-info', 'Guardamos su nombre y los datos de su teléfono para llamarle.'],
  [
    'it',
    'device-info',
    'Conserviamo il tuo nome e le informazioni sul tuo telefono per poterti chiamare alla consegna.',
  ],
  ['pt', 'device-info', 'Guardamos o seu nome e as informações do seu telefone para o contactarmos.'],
  ['en', 'device-info', 'Type of phone: 6.1-inch screen, 128 GB, dual camera.'],
  ['de', 'device-info', 'Marke des Telefons: Samsung, Bildschirm 6,1 Zoll.'],
  ['fr', 'device-info', 'Marque du téléphone : Samsung, écran de 6,1 pouces.'],
  ['es', 'device-info', 'Marca del teléfono: Samsung, pantalla de 6,1 pulgadas.'],
  ['it', 'device-info', 'Marca del telefono: Samsung, schermo da 6,1 pollici.'],
  ['pl', 'device-info', 'Marka telefonu: Samsung, ekran 6,1 cala.'],
  ['nl', 'device-info', 'Merk van de telefoon: Samsung, scherm van 6,1 inch.'],
  ['da', 'device-info', 'Oplysninger om telefonen: 6,1" skærm og 128 GB.'],
  ['nb', 'device-info', 'Opplysninger om telefonen: 6,1" skjerm og 128 GB.'],
  ['sv', 'device-info', 'Modell av telefon: 6,1" skärm och 128 GB.'],
  ['en', 'phone', 'We read information about your phone, such as the operating system and screen size.'],
  ['de', 'phone', 'Wir lesen Angaben zu Ihrem Handy aus, etwa Modell und Betriebssystem.'],
  ['nl', 'phone', 'Wij lezen gegevens over je telefoon uit, zoals het model en het besturingssysteem.'],
  ['nb', 'phone', 'Vi leser opplysninger om telefonen din, som modell og skjermstørrelse.'],
  ['sv', 'phone', 'Vi läser information om din telefon, till exempel modell och skärmstorlek.'],
  ['da', 'phone', 'Vi læser oplysninger om din telefon, fx model og styresystem.'],
  ['es', 'phone', 'Leemos datos de tu móvil, como el modelo y la versión del sistema operativo.'],
  ['it', 'phone', 'Leggiamo dati del tuo smartphone, come il modello e la versione del sistema operativo.'],
  [
    'fr',
    'phone',
    'Nous collectons des informations sur votre téléphone portable, comme le modèle et la version du système.',
  ],
  ['pl', 'phone', 'Zbieramy informacje o Twoim telefonie, takie jak model i wersja systemu.'],
  ['pt', 'phone', 'Recolhemos informações do seu telemóvel, como o modelo e o sistema operativo.'],
];

const READ: readonly [Lang, string, string][] = [
  ['en', 'phone', 'We keep your name and information about your phone and e-mail so that we can reach you.'],
  ['de', 'phone', 'Wir speichern Ihren Namen und Angaben zu Ihrem Telefon, damit wir Sie erreichen können.'],
  ['nl', 'phone', 'Wij bewaren uw naam en gegevens over uw telefoon zodat wij u kunnen bellen.'],
  ['nb', 'phone', 'Vi lagrer navn og opplysninger om telefon og e-post, slik at vi kan ringe deg.'],
  ['sv', 'phone', 'Vi sparar namn och uppgifter om telefon och e-post så att vi kan ringa dig.'],
  ['da', 'phone', 'Vi gemmer navn og oplysninger om telefon og e-mail, så vi kan ringe til dig.'],
  ['fr', 'phone', 'Nous conservons votre nom et les informations sur votre téléphone afin de vous appeler.'],
  ['es', 'phone', 'Guardamos su nombre y los datos de su teléfono para llamarle.'],
  [
    'it',
    'phone',
    'Conserviamo il tuo nome e le informazioni sul tuo telefono per poterti chiamare alla consegna.',
  ],
  ['pt', 'phone', 'Guardamos o seu nome e as informações do seu telefone para o contactarmos.'],
  [
    'en',
    'device-info',
    'We read information about your phone, such as the operating system and screen size.',
  ],
  ['de', 'device-info', 'Wir lesen Angaben zu Ihrem Handy aus, etwa Modell und Betriebssystem.'],
  ['nl', 'device-info', 'Wij lezen gegevens over je telefoon uit, zoals het model en het besturingssysteem.'],
  ['nb', 'device-info', 'Vi leser opplysninger om telefonen din, som modell og skjermstørrelse.'],
  ['sv', 'device-info', 'Vi läser information om din telefon, till exempel modell och skärmstorlek.'],
  ['da', 'device-info', 'Vi læser oplysninger om din telefon, fx model og styresystem.'],
  ['es', 'device-info', 'Leemos datos de tu móvil, como el modelo y la versión del sistema operativo.'],
  [
    'it',
    'device-info',
    'Leggiamo dati del tuo smartphone, come il modello e la versione del sistema operativo.',
  ],
  [
    'fr',
    'device-info',
    'Nous collectons des informations sur votre téléphone portable, comme le modèle et la version du système.',
  ],
  ['pl', 'device-info', 'Zbieramy informacje o Twoim telefonie, takie jak model i wersja systemu.'],
  ['pt', 'device-info', 'Recolhemos informações do seu telemóvel, como o modelo e o sistema operativo.'],
];

describe('data types: the phone in a contact list stays a phone number', () => {
  it.each(NOT_READ)('[%s] not %s: %s', (lang, value, text) => {
    expect(read(text, lang)).not.toContain(value);
  });
  it.each(READ)('[%s] %s: %s', (lang, value, text) => {
    expect(read(text, lang)).toContain(value);
  });
});
