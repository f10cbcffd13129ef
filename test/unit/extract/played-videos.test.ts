/**
 * A video the visitor plays or a site embeds from YouTube or Vimeo ("We embed videos from YouTube; when you
 * play a video, YouTube may set cookies", "Insertamos vídeos de YouTube; al reproducir un vídeo...") is no
 * content the user uploads: the playing and the platform are masks of the weak `user-content` word "video",
 * in every language (session 10 masked "embedded videos" and "YouTube videos" only). And an embedded service
 * that sets cookies ("YouTube kan sette informasjonskapsler", "YouTube può installare cookie") states cookies
 * set, as "YouTube may set cookies" did, active forms only: "slik at det ikke settes informasjonskapsler"
 * (a browser setting) is no cue. The videos a user uploads are still user content.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('an embedded video played is no user content, and its cookies are set', () => {
  test.each<[Lang, string]>([
    ['en', 'We embed videos from YouTube; when you play a video, YouTube may set cookies.'],
    ['de', 'Wir binden Videos von YouTube ein; beim Abspielen eines Videos kann YouTube Cookies setzen.'],
    ['nl', "Wij sluiten video's van YouTube in; als u een video afspeelt, kan YouTube cookies plaatsen."],
    [
      'nb',
      'Vi bygger inn videoer fra YouTube; når du spiller av en video, kan YouTube sette informasjonskapsler.',
    ],
    ['sv', 'Vi bäddar in videor från YouTube; när du spelar upp en video kan YouTube sätta kakor.'],
    ['da', 'Vi indlejrer videoer fra YouTube; når du afspiller en video, kan YouTube sætte cookies.'],
    [
      'fr',
      'Nous intégrons des vidéos YouTube ; lorsque vous lancez une vidéo, YouTube peut déposer des cookies.',
    ],
    ['es', 'Insertamos vídeos de YouTube; al reproducir un vídeo, YouTube puede instalar cookies.'],
    ['it', 'Incorporiamo video di YouTube; quando avvii un video, YouTube può installare cookie.'],
    ['pt', 'Incorporamos vídeos do YouTube; ao reproduzir um vídeo, o YouTube pode instalar cookies.'],
  ])('%s: cookies only in "%s"', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toEqual(['cookies']);
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['en', 'We store the photos and videos you upload.'],
    ['de', 'Wir speichern die Fotos und Videos, die Sie hochladen, sowie Ihre Kommentare.'],
    ['es', 'Guardamos las fotos y vídeos que subes y tus comentarios.'],
  ])('%s: uploaded videos are user content in "%s"', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toContain('user-content');
  });

  test.each<[Lang, string]>([
    ['nb', 'Du kan endre innstillingene i nettleseren slik at det ikke settes informasjonskapsler.'],
    ['nb', 'Plausible setter ingen informasjonskapsler.'],
    ['sv', 'Vi sätter inga kakor.'],
    ['es', 'Este sitio no instala cookies.'],
  ])('%s: no cookies in "%s"', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).not.toContain('cookies');
  });
});
