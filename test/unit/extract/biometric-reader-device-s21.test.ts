/**
 * False biometric readings: the reader may use face recognition or a fingerprint to unlock, and the data stays on the device, in eleven languages; the operator's own template is still read. Sentences invented for the test.
 */
import { describe, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { expectTypes } from './helpers';

describe('biometric data the reader uses on the device (session 21, fixq21b)', () => {
  // [lang, sentence, required, defensible]: read with the model sure of collection, and on lexical cues alone
  test.each<[Lang, string, DataType[], DataType[]]>([
    [
      'en',
      'To unlock the app you can use face recognition or your fingerprint; the biometric data stays only on your device and is not collected by us.',
      [],
      [],
    ],
    [
      'de',
      'Zum Entsperren können Sie Gesichtserkennung oder Ihren Fingerabdruck nutzen; die biometrischen Merkmale verbleiben ausschließlich auf Ihrem Gerät.',
      [],
      [],
    ],
    [
      'de',
      'Die biometrischen Merkmale verbleiben ausschließlich auf Ihrem Gerät und werden von uns nicht erhoben.',
      [],
      [],
    ],
    [
      'pl',
      'Dane biometryczne są przechowywane wyłącznie w Twoim telefonie i nie mamy do nich dostępu.',
      [],
      [],
    ],
    [
      'pl',
      'Do logowania możesz używać odcisku palca; dane biometryczne pozostają wyłącznie w Twoim telefonie.',
      [],
      [],
    ],
    ['de', 'Wir speichern eine Vorlage Ihres Fingerabdrucks auf unseren Servern.', ['biometric'], []],
    ['pl', 'Przechowujemy wzór Twojego odcisku palca na naszych serwerach.', ['biometric'], []],
    ['en', 'Our gyms use fingerprints for entry control at the door.', ['biometric'], []],
    [
      'nl',
      'Om in te loggen kunt u gezichtsherkenning of uw vingerafdruk gebruiken; de biometrische gegevens blijven op uw toestel.',
      [],
      [],
    ],
    [
      'fr',
      'Pour vous connecter, vous pouvez utiliser votre empreinte digitale ; elle reste uniquement sur votre appareil.',
      [],
      [],
    ],
    [
      'es',
      'Para entrar puedes usar tu huella dactilar; los datos biométricos se quedan solo en tu teléfono.',
      [],
      [],
    ],
    ['sv', 'För att logga in kan du använda ditt fingeravtryck; uppgifterna stannar i din telefon.', [], []],
  ])('%s: %s', (lang, text, required, defensible) => {
    expectTypes(lang, text, required, defensible, false);
    if (required.length === 0) expectTypes(lang, text, required, defensible, true);
  });
});
