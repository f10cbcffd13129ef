/**
 * Session 21 (fixs21d), probe20's social-network family: the operator posting or sharing the reader's content on
 * a social network ("if you link your account we post your achievements to Facebook", "teilen wir die Titel auf
 * Ihrem Instagram-Konto", "udostępniamy Twoje wyniki na Facebooku") gives it to the network: social-networks.
 * Not the reader's own sharing ("You can share your results on Facebook"), "Follow us on Instagram", a negated
 * posting ("We never post to Facebook without your permission", "Wir teilen ... nicht"), nor the operator's own
 * news on its page ("We publish our news on Facebook"), which also names no network.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { namedOf, recipientsOf } from './helpers';

describe("the operator posting the reader's content on a network is a social-networks recipient", () => {
  test.each<[Lang, string]>([
    ['en', 'If you connect your account, we post your workouts to Facebook.'],
    ['en', 'When you turn this on, we automatically publish your new badges on your Instagram profile.'],
    ['de', 'Wenn Sie das wünschen, teilen wir Ihre Erfolge auf Facebook.'],
    ['de', 'Auf Ihren Wunsch veröffentlichen wir Ihre Fotos auf Ihrem Instagram-Profil.'],
    ['nl', 'Als u dat wilt, delen wij uw resultaten op Facebook.'],
    ['nl', "Wij plaatsen uw foto's op Instagram als u daarvoor kiest."],
    ['nb', 'Hvis du ønsker det, deler vi resultatene dine på Facebook.'],
    ['nb', 'Du kan velge at vi publiserer bildene dine på Instagram.'],
    ['sv', 'Om du vill delar vi dina resultat på Facebook.'],
    ['sv', 'Du kan välja att vi publicerar dina bilder på Instagram.'],
    ['da', 'Hvis du ønsker det, deler vi dine resultater på Facebook.'],
    ['da', 'Du kan vælge, at vi offentliggør dine billeder på Instagram.'],
    ['fr', 'Si vous le souhaitez, nous publions vos résultats sur Facebook.'],
    ['fr', 'Avec votre accord, nous partageons vos photos sur votre compte Instagram.'],
    ['es', 'Si lo deseas, publicamos tus resultados en Facebook.'],
    ['es', 'Con tu permiso, compartimos tus fotos en tu perfil de Instagram.'],
    ['it', 'Se lo desideri, pubblichiamo i tuoi risultati su Facebook.'],
    ['it', 'Con il tuo consenso, condividiamo le tue foto sul tuo profilo Instagram.'],
    ['pl', 'Jeśli wyrazisz zgodę, publikujemy Twoje wyniki na Facebooku.'],
    ['pl', 'Na Twoje życzenie udostępniamy Twoje zdjęcia na Instagramie.'],
    ['pt', 'Se desejar, publicamos os seus resultados no Facebook.'],
    ['pt', 'Com a sua autorização, partilhamos as suas fotos no seu perfil do Instagram.'],
  ])('%s: "%s"', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('social-networks');
  });

  test.each<[Lang, string]>([
    ['en', 'You can share your results on Facebook.'],
    ['en', 'Follow us on Instagram for news about our shop.'],
    ['en', 'We never post to Facebook without your permission.'],
    ['en', 'We do not share your activity on Facebook.'],
    ['en', 'We post news about our events on our Facebook page.'],
    ['de', 'Sie können Ihre Ergebnisse auf Facebook teilen.'],
    ['de', 'Folgen Sie uns auf Instagram.'],
    ['de', 'Wir teilen Ihre Aktivitäten nicht auf Facebook.'],
    ['de', 'Wir veröffentlichen regelmäßig Neuigkeiten auf unserer Facebook-Seite.'],
    ['nl', 'U kunt uw resultaten op Facebook delen.'],
    ['nl', 'Volg ons op Instagram.'],
    ['nl', 'Wij delen uw activiteiten nooit op Facebook.'],
    ['nl', 'We publiceren ons nieuws op Facebook.'],
    ['nb', 'Du kan dele resultatene dine på Facebook.'],
    ['nb', 'Følg oss på Instagram.'],
    ['nb', 'Vi deler ikke aktiviteten din på Facebook.'],
    ['nb', 'Vi publiserer nyheter om butikken på Facebook.'],
    ['sv', 'Du kan dela dina resultat på Facebook.'],
    ['sv', 'Följ oss på Instagram.'],
    ['sv', 'Vi delar aldrig din aktivitet på Facebook.'],
    ['sv', 'Vi publicerar nyheter om butiken på Facebook.'],
    ['da', 'Du kan dele dine resultater på Facebook.'],
    ['da', 'Følg os på Instagram.'],
    ['da', 'Vi deler ikke din aktivitet på Facebook.'],
    ['da', 'Vi poster nyheder om butikken på Facebook.'],
    ['fr', 'Vous pouvez partager vos résultats sur Facebook.'],
    ['fr', 'Suivez-nous sur Instagram.'],
    ['fr', 'Nous ne publions jamais vos résultats sur Facebook.'],
    ['fr', 'Nous publions nos actualités sur Facebook.'],
    ['es', 'Puedes compartir tus resultados en Facebook.'],
    ['es', 'Síguenos en Instagram.'],
    ['es', 'No publicamos tu actividad en Facebook.'],
    ['es', 'Publicamos nuestras novedades en Facebook.'],
    ['it', 'Puoi condividere i tuoi risultati su Facebook.'],
    ['it', 'Seguici su Instagram.'],
    ['it', 'Non pubblichiamo mai la tua attività su Facebook.'],
    ['it', 'Pubblichiamo le nostre novità su Facebook.'],
    ['pl', 'Możesz udostępnić swoje wyniki na Facebooku.'],
    ['pl', 'Obserwuj nas na Instagramie.'],
    ['pl', 'Nie udostępniamy Twojej aktywności na Facebooku.'],
    ['pl', 'Publikujemy nasze aktualności na Facebooku.'],
    ['pt', 'Pode partilhar os seus resultados no Facebook.'],
    ['pt', 'Siga-nos no Instagram.'],
    ['pt', 'Não publicamos a sua atividade no Facebook.'],
    ['pt', 'Publicamos as nossas novidades no Facebook.'],
  ])('%s: no network in "%s"', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('social-networks');
    expect(namedOf(text, lang)).toEqual([]);
  });

  test('the network posted to is named, in Polish too ("na Facebooku")', () => {
    expect(namedOf('Jeśli wyrazisz zgodę, publikujemy Twoje wyniki na Facebooku.', 'pl')).toContain(
      'Facebook',
    );
    expect(namedOf('Na Twoje życzenie udostępniamy Twoje zdjęcia na Instagramie.', 'pl')).toContain(
      'Instagram',
    );
  });

  test('a question names no recipient', () => {
    expect(recipientsOf('Do we post your results on Facebook?', 'en')).not.toContain('social-networks');
  });
});
