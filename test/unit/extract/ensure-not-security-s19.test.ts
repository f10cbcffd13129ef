/**
 * Session 19 (fixp19b): sv "säkerställer" and de "stellen ... sicher" mean "ensure": without a protection word
 * they raise no security flag, even where the model files the sentence under security. The twins (da/nb
 * "sikrer", nl "zorgen ervoor", fr "veiller à", es "aseguramos", it "assicuriamo", pl "dbamy", pt "garantimos",
 * en "ensure") were no security word already.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

describe('ensuring something other than protection is no security', () => {
  test.each<[Lang, string]>([
    ['sv', 'Vi säkerställer att dina uppgifter är korrekta och uppdaterade.'],
    ['sv', 'Vi säkerställer att du får snabb service.'],
    ['de', 'Wir stellen sicher, dass Ihre Daten korrekt und aktuell sind.'],
    ['de', 'Wir stellen sicher, dass Ihre Bestellung schnell geliefert wird.'],
    ['da', 'Vi sikrer, at dine oplysninger er korrekte og opdaterede.'],
    ['nb', 'Vi sikrer at opplysningene dine er korrekte og oppdaterte.'],
    ['nl', 'Wij zorgen ervoor dat uw gegevens juist en actueel zijn.'],
    ['fr', 'Nous veillons à ce que vos données soient exactes et à jour.'],
    ['es', 'Nos aseguramos de que sus datos sean exactos y estén actualizados.'],
    ['it', 'Ci assicuriamo che i tuoi dati siano esatti e aggiornati.'],
    ['pl', 'Dbamy o to, aby Twoje dane były prawidłowe i aktualne.'],
    ['pt', 'Garantimos que os seus dados são exatos e estão atualizados.'],
    ['en', 'We ensure that your data is accurate and up to date.'],
  ])('%s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([false, false]);
  });
});

describe('ensuring protection is security', () => {
  test.each<[Lang, string]>([
    ['sv', 'Vi säkerställer att dina personuppgifter skyddas mot obehörig åtkomst.'],
    ['de', 'Wir stellen sicher, dass Ihre Daten vor unbefugtem Zugriff geschützt sind.'],
    ['da', 'Vi sikrer dine oplysninger mod uautoriseret adgang.'],
    ['nb', 'Vi sikrer opplysningene dine mot uautorisert tilgang.'],
  ])('%s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([true, true]);
  });

  test.each<[Lang, string]>([
    ['de', 'Wir stellen die Sicherheit Ihrer Daten sicher.'],
    ['sv', 'Vi säkerställer en hög säkerhet för dina uppgifter.'],
    ['nl', 'Wij zorgen ervoor dat uw gegevens goed beveiligd zijn.'],
    ['fr', 'Nous veillons à la sécurité de vos données.'],
  ])('with the model sure: %s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')[1]).toBe(true);
  });
});
