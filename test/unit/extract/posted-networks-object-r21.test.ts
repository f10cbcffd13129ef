/**
 * Session 21 (fixr21a, review21b item 2): the operator's posting on a network gives the network the reader's
 * content only where the reader's possessive opens the object posted ("we post your workouts on Facebook",
 * "pubblichiamo i tuoi risultati", nb "deler vi resultatene dine"). A possessive inside another phrase ("tips for
 * your training", "news about your store", "die Termine Ihres Vereins", "your club's fixtures"), German lower-case
 * "ihrer" (their) and the reader's wish said elsewhere in the sentence ("If you want to stay updated, we post our
 * news on Facebook") make the posting the operator's own: no social-networks recipient, no network named.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe("the reader's content posted by the operator", () => {
  test.each<[Lang, string]>([
    ['en', 'If you link your account, we also post your race times on Facebook.'],
    ['de', 'Wenn Sie zustimmen, teilen wir automatisch Ihre Laufzeiten auf Facebook.'],
    ['nl', 'Als u dat wilt, delen wij uw looptijden op Facebook.'],
    ['nb', 'Hvis du ønsker det, legger vi ut løpstidene dine på Facebook.'],
    ['sv', 'Om du vill publicerar vi dina löptider på Facebook.'],
    ['da', 'Hvis du ønsker det, deler vi dine løbetider på Facebook.'],
    ['fr', 'Si vous le souhaitez, nous publions vos temps de course sur Facebook.'],
    ['es', 'Si lo deseas, publicamos tus tiempos de carrera en Facebook.'],
    ['it', 'Se lo desideri, pubblichiamo i tuoi tempi di gara su Facebook.'],
    ['pl', 'Na Twoje życzenie publikujemy Twoje czasy biegów na Facebooku.'],
    ['pt', 'Se desejar, publicamos os seus tempos de corrida no Facebook.'],
    ['en', 'Your results are shown to other users and, if you wish, we post them on Facebook.'],
    ['de', 'Wenn Sie es wünschen, posten wir die Laufzeiten auf Ihrem Facebook-Profil.'],
    ['fr', 'Vos résultats sont visibles et, si vous le souhaitez, nous les publions sur Facebook.'],
    ['es', 'Tus resultados son visibles y, si lo deseas, los publicamos en Facebook.'],
    ['sv', 'Dina resultat visas för andra, och du kan välja att vi delar dem på Facebook.'],
  ])('%s: social-networks in "%s"', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('social-networks');
  });

  test.each<[Lang, string]>([
    ['en', 'We post training tips for your marathon on Facebook.'],
    ['en', 'We publish your gym’s opening hours on Facebook.'],
    ['en', 'If you want to hear from us, we post our offers on Instagram.'],
    ['de', 'Wir teilen Trainingstipps für Ihren Marathon auf Facebook.'],
    ['de', 'Wir veröffentlichen die Öffnungszeiten Ihres Studios auf Facebook.'],
    ['de', 'Wir posten Bilder unserer Läufer und ihrer Medaillen auf Instagram.'],
    ['nl', 'We delen trainingstips voor je marathon op Facebook.'],
    ['nl', 'Als je op de hoogte wilt blijven, plaatsen we ons nieuws op Instagram.'],
    ['nb', 'Vi deler treningstips for maratonet ditt på Facebook.'],
    ['sv', 'Vi publicerar träningstips för ditt maraton på Facebook.'],
    ['da', 'Vi deler træningstips til dit maraton på Facebook.'],
    ['fr', 'Nous publions des conseils pour votre marathon sur Facebook.'],
    ['es', 'Publicamos consejos para tu maratón en Facebook.'],
    ['it', 'Pubblichiamo consigli per la tua maratona su Facebook.'],
    ['pl', 'Publikujemy porady dla Twojego klubu na Facebooku.'],
    ['pt', 'Publicamos dicas para a tua maratona no Facebook.'],
    ['pt', 'Se desejar receber novidades, publicamos as nossas ofertas no Facebook.'],
    ['it', 'Se lo desideri, pubblichiamo le nostre novità su Facebook.'],
    ['fr', 'Si vous le souhaitez, nous publions nos actualités sur Facebook.'],
    ['nb', 'Hvis du ønsker det, legger vi ut nyheter på Facebook.'],
  ])('%s: no social-networks in "%s"', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('social-networks');
  });
});
