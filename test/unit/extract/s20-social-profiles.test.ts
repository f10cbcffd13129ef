/**
 * A public profile on LinkedIn, Xing or professional social networks is social-profile in eleven languages (pl 'profilu na LinkedIn', pt 'perfil público em redes sociais profissionais'), but not the operator's own profiles ('Links zu unseren Profilen auf Facebook'); a profile picture fetched from a Google, Facebook or Apple account is social-profile data, not user content (the reader's own uploaded profile picture stays user content); 'from your Google account' in the ten other languages only where we receive or fetch (exporting your content from your Google account is not); fr 'récupérons' and it 'recuperiamo' are collection cues. Negated imports and the reader sharing a job ad read nothing (the latter checked on lexical cues: it has no collection verb). Sentences invented for the test.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesSilent, typesSure } from './helpers';

/** Read with the model sure of collection: every required type, and nothing but the required and the defensible. */
function expectTypes(
  lang: Lang,
  text: string,
  required: readonly DataType[],
  defensible: readonly DataType[],
  silent: boolean,
): void {
  // silent: a sentence with no collection verb (a product, a price) is checked on lexical cues alone, as a
  // section the model is sure is about collection would read its data words whatever they are.
  const read = silent ? typesSilent(text, lang) : typesSure(text, lang);
  for (const t of required) expect(read).toContain(t);
  for (const t of read) expect([...required, ...defensible]).toContain(t);
}

describe('social profiles in recruitment and profile pictures from a social login (session 20, fixs20b)', () => {
  test.each<[Lang, string, DataType[], DataType[], boolean]>([
    [
      'en',
      'For job applications we process your CV and information from your public LinkedIn profile.',
      ['professional', 'social-profile'],
      [],
      false,
    ],
    [
      'en',
      'If you sign in with Google, we receive your name and profile picture from your Google account.',
      ['name', 'social-profile'],
      [],
      false,
    ],
    ['en', 'You can upload a profile picture to your account.', [], ['user-content'], false],
    ['en', 'Follow us on LinkedIn to hear about job openings.', [], [], false],
    [
      'en',
      'When you apply, we collect your CV and your public profile on professional social networks.',
      ['professional', 'social-profile'],
      [],
      false,
    ],
    [
      'de',
      'Im Bewerbungsverfahren verarbeiten wir Ihren Lebenslauf und Angaben aus Ihrem öffentlichen LinkedIn-Profil.',
      ['professional', 'social-profile'],
      [],
      false,
    ],
    [
      'de',
      'Wenn Sie sich mit Google anmelden, erhalten wir Ihren Namen und Ihr Profilbild aus Ihrem Google-Konto.',
      ['name', 'social-profile'],
      [],
      false,
    ],
    ['de', 'Sie können in Ihrem Konto ein Profilbild hochladen.', [], ['user-content'], false],
    ['de', 'Folgen Sie uns auf LinkedIn, um über offene Stellen informiert zu werden.', [], [], false],
    [
      'nl',
      'Bij sollicitaties verwerken wij uw cv en informatie uit uw openbare LinkedIn-profiel.',
      ['professional', 'social-profile'],
      [],
      false,
    ],
    [
      'nl',
      'Als je inlogt met Google, ontvangen wij je naam en profielfoto van je Google-account.',
      ['name', 'social-profile'],
      [],
      false,
    ],
    ['nl', 'Je kunt een profielfoto uploaden in je account.', [], ['user-content'], false],
    ['nl', 'Volg ons op LinkedIn voor vacatures.', [], [], false],
    [
      'nb',
      'Ved rekruttering behandler vi CV-en din og informasjon fra den offentlige LinkedIn-profilen din.',
      ['professional', 'social-profile'],
      [],
      false,
    ],
    [
      'nb',
      'Hvis du logger inn med Google, henter vi navn og profilbilde fra Google-kontoen din.',
      ['name', 'social-profile'],
      [],
      false,
    ],
    ['nb', 'Du kan laste opp et profilbilde på kontoen din.', [], ['user-content'], false],
    ['nb', 'Følg oss på LinkedIn for ledige stillinger.', [], [], false],
    [
      'sv',
      'Vid rekrytering behandlar vi ditt cv och uppgifter från din offentliga LinkedIn-profil.',
      ['professional', 'social-profile'],
      [],
      false,
    ],
    [
      'sv',
      'Om du loggar in med Facebook hämtar vi ditt namn och din profilbild från ditt Facebook-konto.',
      ['name', 'social-profile'],
      [],
      false,
    ],
    ['sv', 'Du kan ladda upp en profilbild till ditt konto.', [], ['user-content'], false],
    ['sv', 'Följ oss på LinkedIn för lediga tjänster.', [], [], false],
    [
      'da',
      'Ved rekruttering behandler vi dit CV og oplysninger fra din offentlige LinkedIn-profil.',
      ['professional', 'social-profile'],
      [],
      false,
    ],
    [
      'da',
      'Hvis du logger ind med Google, henter vi dit navn og dit profilbillede fra din Google-konto.',
      ['name', 'social-profile'],
      [],
      false,
    ],
    ['da', 'Du kan uploade et profilbillede til din konto.', [], ['user-content'], false],
    ['da', 'Følg os på LinkedIn for ledige stillinger.', [], [], false],
    [
      'fr',
      'Dans le cadre du recrutement, nous traitons votre CV et les informations de votre profil public LinkedIn.',
      ['professional', 'social-profile'],
      [],
      false,
    ],
    [
      'fr',
      'Si vous vous connectez avec Google, nous récupérons votre nom et votre photo de profil depuis votre compte Google.',
      ['name', 'social-profile'],
      [],
      false,
    ],
    ['fr', 'Vous pouvez télécharger une photo de profil dans votre compte.', [], ['user-content'], false],
    ['fr', "Suivez-nous sur LinkedIn pour découvrir nos offres d'emploi.", [], [], false],
    [
      'es',
      'En los procesos de selección tratamos su currículum y la información de su perfil público de LinkedIn.',
      ['professional', 'social-profile'],
      [],
      false,
    ],
    [
      'es',
      'Si inicia sesión con Google, obtenemos su nombre y su foto de perfil de su cuenta de Google.',
      ['name', 'social-profile'],
      [],
      false,
    ],
    ['es', 'Puede subir una foto de perfil a su cuenta.', [], ['user-content'], false],
    ['es', 'Síganos en LinkedIn para conocer nuestras ofertas de empleo.', [], [], false],
    [
      'it',
      'Nelle selezioni trattiamo il tuo curriculum e le informazioni del tuo profilo pubblico su LinkedIn.',
      ['professional', 'social-profile'],
      [],
      false,
    ],
    [
      'it',
      'Se accedi con Google, riceviamo il tuo nome e la tua immagine del profilo dal tuo account Google.',
      ['name', 'social-profile'],
      [],
      false,
    ],
    ['it', 'Puoi caricare una foto del profilo nel tuo account.', [], ['user-content'], false],
    ['it', 'Seguici su LinkedIn per scoprire le posizioni aperte.', [], [], false],
    [
      'pl',
      'W rekrutacji przetwarzamy Twoje CV oraz informacje z Twojego publicznego profilu w serwisach społecznościowych.',
      ['professional', 'social-profile'],
      [],
      false,
    ],
    [
      'pl',
      'Jeśli logujesz się przez Google, pobieramy Twoje imię i zdjęcie profilowe z Twojego konta Google.',
      ['name', 'social-profile'],
      [],
      false,
    ],
    ['pl', 'Możesz przesłać zdjęcie profilowe do swojego konta.', [], ['user-content'], false],
    ['pl', 'Obserwuj nas na LinkedIn, aby poznać oferty pracy.', [], [], false],
    [
      'pt',
      'No recrutamento tratamos o seu currículo e as informações do seu perfil público no LinkedIn.',
      ['professional', 'social-profile'],
      [],
      false,
    ],
    [
      'pt',
      'Se iniciar sessão com o Google, obtemos o seu nome e a sua foto de perfil da sua conta Google.',
      ['name', 'social-profile'],
      [],
      false,
    ],
    ['pt', 'Pode carregar uma foto de perfil na sua conta.', [], ['user-content'], false],
    ['pt', 'Siga-nos no LinkedIn para conhecer as nossas ofertas de emprego.', [], [], false],
    ['en', 'We never import your profile picture from your Facebook account.', [], [], false],
    ['de', 'Wir übernehmen niemals Ihr Profilbild aus Ihrem Facebook-Konto.', [], [], false],
    ['sv', 'Vi hämtar aldrig uppgifter från din LinkedIn-profil.', [], [], false],
    ['es', 'No consultamos su perfil público de LinkedIn.', [], [], false],
    ['pl', 'Nie pobieramy informacji z Twojego profilu na LinkedIn.', [], [], false],
    ['en', 'Share this job ad on your LinkedIn profile!', [], [], true],
    [
      'de',
      'Unsere Website enthält lediglich Links zu unseren Profilen auf Facebook und Instagram.',
      [],
      [],
      false,
    ],
    [
      'en',
      'Our website only links to our profiles on Facebook and Instagram; we collect no data there.',
      [],
      [],
      false,
    ],
    ['nl', 'Wij verwijzen naar onze profielen op LinkedIn en verzamelen daar geen gegevens.', [], [], false],
    ['fr', 'Notre site contient des liens vers nos profils publics sur LinkedIn.', [], [], false],
    ['es', 'Nuestro sitio enlaza a nuestros perfiles en LinkedIn.', [], [], false],
    ['pl', 'Na stronie umieszczamy odnośniki do naszych profili na LinkedIn.', [], [], false],
    ['pt', 'O site contém ligações para os nossos perfis no LinkedIn.', [], [], false],
    ['sv', 'Webbplatsen länkar till våra profiler på LinkedIn.', [], [], false],
    ['de', 'Sie können eine Kopie Ihrer Inhalte aus Ihrem Google-Konto exportieren.', [], [], false],
    ['en', 'You can export a copy of your content from your Google account.', [], [], false],
  ])('%s: %s', (lang, text, required, defensible, silent) =>
    expectTypes(lang, text, required, defensible, silent),
  );
});
