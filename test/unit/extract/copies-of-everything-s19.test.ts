/**
 * Session 19 (fixp19b): the right of access said as a copy of everything / all the data held about the reader,
 * asked for (probe18 missed it in six languages). A copy stored on a backup, a copy of this policy, an
 * invoice or a contract is no access; and nl/nb/it portability said as a transfer the reader asks for.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { rightsBoth } from './helpers';

describe('a copy of everything held about you is access', () => {
  test.each<[Lang, string]>([
    ['en', 'You can ask for a copy of everything we hold about you.'],
    ['de', 'Sie können eine Kopie aller Daten verlangen, die wir über Sie gespeichert haben.'],
    ['nl', 'U kunt een kopie vragen van alle gegevens die wij over u bewaren.'],
    ['nb', 'Du kan be om en kopi av alle opplysninger vi har om deg.'],
    ['sv', 'Du kan begära en kopia av alla uppgifter vi har om dig.'],
    ['da', 'Du kan bede om en kopi af alle de oplysninger, vi har om dig.'],
    ['fr', 'Vous pouvez demander une copie de toutes les données que nous détenons à votre sujet.'],
    ['es', 'Puede solicitar una copia de todos los datos que tenemos sobre usted.'],
    ['it', 'Puoi chiederci una copia di tutti i dati che conserviamo su di te.'],
    ['pl', 'Możesz poprosić o kopię wszystkich danych, które o Tobie przechowujemy.'],
    ['pt', 'Pode pedir uma cópia de todos os dados que temos sobre si.'],
  ])('%s: %s', (lang, text) => {
    const [silent, sure] = rightsBoth(text, lang);
    expect(silent).toContain('access');
    expect(sure).toContain('access');
  });
});

describe('a copy of something else, or a stored copy, is no access', () => {
  test.each<[Lang, string]>([
    ['en', 'You can request a copy of this policy.'],
    ['en', 'You can request a copy of your contract at any time.'],
    ['en', 'You can request a copy of our terms and conditions.'],
    ['en', 'We do not provide a copy of everything we hold about you.'],
    ['de', 'Eine Kopie aller Daten, die wir über Sie speichern, liegt auf einem Backup-Server.'],
    ['de', 'Sie können eine Kopie Ihrer Rechnung anfordern.'],
    ['nl', 'U kunt een kopie van uw factuur opvragen.'],
    ['nb', 'Du kan be om en kopi av fakturaen din.'],
    ['sv', 'Du kan begära en kopia av din faktura.'],
    ['da', 'Du kan bede om en kopi af din faktura.'],
    [
      'fr',
      'Une copie de toutes les données que nous détenons à votre sujet est conservée sur un serveur de secours.',
    ],
    ['es', 'Puede solicitar una copia de su factura.'],
    ['it', 'Può richiedere una copia del contratto.'],
    ['pl', 'Możesz poprosić o kopię faktury.'],
    ['pt', 'Pode pedir uma cópia desta política.'],
  ])('%s: %s', (lang, text) => {
    const [silent, sure] = rightsBoth(text, lang);
    expect(silent).not.toContain('access');
    expect(sure).not.toContain('access');
  });
});
