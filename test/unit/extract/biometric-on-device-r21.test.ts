/**
 * Session 21 (fixr21c, after review21a): a fingerprint or face the operator says it stores only on the reader's device, and
 * the device's own face map (Face ID, the Secure Enclave), are no biometric data the operator keeps; stored on its servers
 * they still are. Eleven languages; read sure of collection and (negatives) on lexical cues alone.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('biometric data the operator keeps is read', () => {
  test.each<[Lang, DataType, string]>([
    ['en', 'biometric', 'You can unlock the app with your fingerprint, which we store on our servers.'],
    [
      'de',
      'biometric',
      'Sie können die App mit Ihrem Fingerabdruck entsperren, den wir verschlüsselt speichern.',
    ],
    [
      'es',
      'biometric',
      'Puedes desbloquear la app con tu huella dactilar, que guardamos en nuestros servidores.',
    ],
    ['en', 'biometric', 'We keep a scan of your face to check your identity at the entrance.'],
  ])('%s %s: %s', (lang, type, text) => {
    expect(typesBoth(text, lang)[1]).toContain(type);
  });
});

describe('biometric data kept only on the device is not read', () => {
  test.each<[Lang, DataType, string]>([
    [
      'en',
      'biometric',
      'You may unlock the app with your fingerprint, which we save only locally on your phone.',
    ],
    [
      'de',
      'biometric',
      'Sie können die App mit Ihrem Fingerabdruck entsperren, den wir verschlüsselt speichern, jedoch nur auf Ihrem Handy.',
    ],
    [
      'nl',
      'biometric',
      'Je kunt de app ontgrendelen met je vingerafdruk, die we versleuteld opslaan, uitsluitend op je toestel.',
    ],
    ['nb', 'biometric', 'Du kan låse opp appen med fingeravtrykk, som vi lagrer bare på telefonen.'],
    ['sv', 'biometric', 'Du kan låsa upp appen med Face ID, som vi lagrar lokalt på din mobil.'],
    ['da', 'biometric', 'Du kan låse appen op med dit fingeraftryk, som vi opbevarer lokalt på din telefon.'],
    [
      'fr',
      'biometric',
      "Vous pouvez déverrouiller l'appli avec Touch ID, que nous enregistrons seulement sur votre smartphone.",
    ],
    [
      'es',
      'biometric',
      'Puedes desbloquear la aplicación con reconocimiento facial, que almacenamos únicamente en tu móvil.',
    ],
    [
      'it',
      'biometric',
      "Puoi sbloccare l'app con l'impronta digitale, che memorizziamo esclusivamente sul tuo telefono.",
    ],
    [
      'pl',
      'biometric',
      'Możesz odblokować aplikację za pomocą odcisku palca, który zapisujemy tylko na Twoim smartfonie.',
    ],
    [
      'pt',
      'biometric',
      'Pode desbloquear a aplicação com a impressão digital, que armazenamos só no seu telemóvel.',
    ],
    ['en', 'biometric', 'Face ID compares a map of your face kept in the Secure Enclave of your iPhone.'],
    ['en', 'biometric', 'The template of your face is stored only on your device.'],
    ['de', 'biometric', 'Face ID nutzt eine Vorlage Ihres Gesichts, die nur auf Ihrem iPhone liegt.'],
    ['fr', 'biometric', 'Face ID utilise un modèle de votre visage stocké sur votre iPhone.'],
    ['es', 'biometric', 'Face ID usa un mapa de tu rostro guardado en tu iPhone.'],
  ])('%s %s: %s', (lang, type, text) => {
    const [silent, sure] = typesBoth(text, lang);
    expect(silent).not.toContain(type);
    expect(sure).not.toContain(type);
  });
});
