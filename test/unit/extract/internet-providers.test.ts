/**
 * An Internet access provider named among the data collected ("le fournisseur de services Internet (FAI)",
 * "su proveedor de acceso a Internet") is a data item, the visitor's own provider: it receives nothing from
 * the operator, so it is no service-provider recipient (recipients.json `masks`). In nb, sv and da the
 * compound ("internettleverandør") ties with the recipient term "\w*leverandør\w*", and a mask loses ties: not
 * masked there yet.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

describe('an Internet access provider collected as a data item is no recipient', () => {
  test.each<[Lang, string]>([
    [
      'fr',
      'Nous collectons les adresses IP, le type de navigateur, le fournisseur de services Internet (« FAI ») et les pages de référencement.',
    ],
    ['fr', "Nous collectons votre adresse IP et le nom de votre fournisseur d'accès à Internet."],
    ['it', 'Raccogliamo il suo indirizzo IP, il browser e il suo fornitore di accesso a internet.'],
    ['pl', 'Zbieramy adres IP, rodzaj przeglądarki oraz dostawcę usług internetowych.'],
  ])('%s: %s', (lang, text) => {
    const p = practicesOf([text], lang);
    expect(p.collection.dataTypes).toContain('ip-address');
    expect(p.sharing.recipients).not.toContain('service-providers');
  });

  test('a hosting provider beside it is still a recipient', () => {
    const p = practicesOf(
      [
        "Nous collectons le nom de votre fournisseur d'accès à Internet et le transmettons à notre hébergeur.",
      ],
      'fr',
    );
    expect(p.sharing.recipients).toContain('service-providers');
  });
});
