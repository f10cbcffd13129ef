/**
 * Retention fix17a lost (review17a findings 7 and 8, session 17 fixr17a): a right the company reserves ("We
 * reserve the right to delete inactive accounts after 12 months") is neither a granted right nor a right's name,
 * so its period stays; a deletion the company does ("Wenn wir … löschen") stays a retention cue though "Rechte"
 * appears later in the sentence. A rights list still keeps nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const RESERVED: readonly [Lang, string, string][] = [
  ['en', 'We reserve the right to delete inactive accounts after 12 months.', 'P12M'],
  ['de', 'Wir behalten uns das Recht vor, inaktive Konten nach sechs Monaten zu löschen.', 'P6M'],
  ['fr', 'Nous nous réservons le droit de supprimer les comptes inactifs après 12 mois.', 'P12M'],
  ['es', 'Nos reservamos el derecho de eliminar las cuentas inactivas después de 12 meses.', 'P12M'],
  ['it', 'Ci riserviamo il diritto di cancellare gli account inattivi dopo 12 mesi.', 'P12M'],
  ['pt', 'Reservamo-nos o direito de eliminar contas inativas após 12 meses.', 'P12M'],
  ['pl', 'Zastrzegamy sobie prawo do usunięcia nieaktywnych kont po 12 miesiącach.', 'P12M'],
  ['nb', 'Vi forbeholder oss retten til å slette inaktive kontoer etter 12 måneder.', 'P12M'],
  ['sv', 'Vi förbehåller oss rätten att radera inaktiva konton efter 12 månader.', 'P12M'],
  ['da', 'Vi forbeholder os retten til at slette inaktive konti efter 12 måneder.', 'P12M'],
  ['nl', 'Wij behouden ons het recht voor om inactieve accounts na 12 maanden te verwijderen.', 'P12M'],
];

describe('a reserved right keeps its period and grants no erasure (review17a finding 7)', () => {
  it.each(RESERVED)('[%s] %s', (lang, text, period) => {
    const p = practicesOf([text], lang);
    expect(p.retention.periods).toContain(period);
    expect(p.rights.rights).not.toContain('erasure');
  });
});

describe('our own deletion beside "Rechte" stays a retention cue (review17a finding 8)', () => {
  it('[de] wenn wir löschen … Rechte keeps criteria', () => {
    const text =
      'Wenn wir persönliche Informationen über dich löschen, können wir Teile oder die kompletten Informationen zu anderen Zwecken behalten, wie Buchhaltung, Schutz oder Durchsetzung gesetzlicher Rechte, Pflege von Marketing-Unterdrückungslisten oder aus technischen Gründen.';
    expect(practicesOf([text], 'de').retention.kind).toBe('criteria');
  });
  it('[pt] a rights list still keeps nothing', () => {
    const text =
      'Enquanto titular dos dados, tem direito de acesso, retificação, apagamento, limitação do tratamento, portabilidade e oposição.';
    expect(practicesOf([text], 'pt').retention.found).toBe(false);
  });
});
