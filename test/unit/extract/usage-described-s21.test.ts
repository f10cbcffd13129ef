/**
 * Usage data described rather than named, in eleven languages: which courses you open, how long you watch, how you navigate, your searches remembered, statistics on visits. Not read: the reader's own view of it, denials. Sentences invented for the test.
 */
import { describe, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { expectTypes } from './helpers';

describe('usage data described (session 21, fixq21b)', () => {
  // [lang, sentence, required, defensible]: read with the model sure of collection, and on lexical cues alone
  test.each<[Lang, string, DataType[], DataType[]]>([
    ['en', 'Our app records which lessons you open and how long you watch each video.', ['usage-data'], []],
    [
      'en',
      'We use cookies to remember your searches and to keep statistics on visits.',
      ['usage-data', 'cookies'],
      [],
    ],
    ['en', 'We analyse how you navigate between the pages of the shop.', ['usage-data'], []],
    ['en', 'You can track which courses you opened in your dashboard.', [], []],
    ['en', 'We do not record which pages you visit.', [], []],
    [
      'de',
      'Wir erfassen, welche Kurse Sie öffnen und wie lange Sie jedes Video ansehen.',
      ['usage-data'],
      [],
    ],
    [
      'de',
      'Cookies helfen uns, Statistiken über die Besuche unserer Website zu führen.',
      ['usage-data', 'cookies'],
      [],
    ],
    ['de', 'Wir analysieren, wie Sie zwischen den Lektionen navigieren.', ['usage-data'], []],
    ['de', 'Wir erfassen nicht, welche Seiten Sie besuchen.', [], []],
    ['de', 'Speichern Sie Ihre Suchanfragen in Ihrem Konto.', [], []],
    ['nl', 'We registreren welke cursussen u opent en hoe lang u elke video bekijkt.', ['usage-data'], []],
    [
      'nl',
      'Cookies onthouden uw zoekopdrachten en we houden statistieken bij over bezoeken.',
      ['usage-data', 'cookies'],
      [],
    ],
    ['nl', 'We analyseren hoe u door de lessen navigeert.', ['usage-data'], []],
    ['nl', "We registreren niet welke pagina's u bezoekt.", [], []],
    ['nb', 'Vi måler hvilke kurs du åpner og hvor lenge du ser hver video.', ['usage-data'], []],
    [
      'nb',
      'Vi bruker informasjonskapsler for å huske dine søk og føre statistikk over besøk.',
      ['usage-data', 'cookies'],
      [],
    ],
    ['nb', 'Vi analyserer hvordan du navigerer mellom leksjonene.', ['usage-data'], []],
    ['nb', 'Vi måler ikke hvilke sider du besøker.', [], []],
    ['nb', 'Du kan se hvilke kurs du har åpnet på profilen din.', [], []],
    ['sv', 'Vi mäter vilka kurser du öppnar och hur länge du tittar på varje video.', ['usage-data'], []],
    [
      'sv',
      'Vi använder kakor för att komma ihåg dina sökningar och föra statistik över besök.',
      ['usage-data', 'cookies'],
      [],
    ],
    ['sv', 'Vi analyserar hur du navigerar mellan sidorna.', ['usage-data'], []],
    ['sv', 'Vi mäter inte vilka sidor du besöker.', [], []],
    ['sv', 'Du kan själv se vilka kurser du har öppnat.', [], []],
    ['da', 'Vi måler, hvilke kurser du åbner, og hvor længe du ser hver video.', ['usage-data'], []],
    [
      'da',
      'Vi bruger cookies til at huske dine søgninger og føre statistik over besøg.',
      ['usage-data', 'cookies'],
      [],
    ],
    ['da', 'Vi analyserer, hvordan du navigerer mellem lektionerne.', ['usage-data'], []],
    ['da', 'Vi registrerer ikke, hvilke sider du besøger.', [], []],
    ['da', 'Du kan selv se, hvilke kurser du har åbnet.', [], []],
    [
      'fr',
      'Nous enregistrons quels cours vous ouvrez et combien de temps vous regardez chaque vidéo.',
      ['usage-data'],
      [],
    ],
    [
      'fr',
      'Les cookies servent à mémoriser vos recherches et à établir des statistiques sur les visites.',
      ['usage-data', 'cookies'],
      [],
    ],
    ['fr', 'Nous analysons comment vous naviguez entre les leçons.', ['usage-data'], []],
    ['fr', "Nous n'enregistrons pas quelles pages vous consultez.", [], []],
    ['fr', 'Vous pouvez voir quels cours vous avez ouverts dans votre tableau de bord.', [], []],
    ['es', 'Registramos qué cursos abres y cuánto tiempo ves cada vídeo.', ['usage-data'], []],
    [
      'es',
      'Usamos cookies para recordar tus búsquedas y elaborar estadísticas de visitas.',
      ['usage-data', 'cookies'],
      [],
    ],
    ['es', 'Analizamos cómo navegas entre las lecciones.', ['usage-data'], []],
    ['es', 'No registramos qué páginas visitas.', [], []],
    ['es', 'Puedes ver qué cursos has abierto en tu panel.', [], []],
    ['it', 'Registriamo quali corsi apri e quanto tempo guardi ogni video.', ['usage-data'], []],
    [
      'it',
      'Usiamo i cookie per ricordare le tue ricerche e per elaborare statistiche sulle visite.',
      ['usage-data', 'cookies'],
      [],
    ],
    ['it', 'Analizziamo come navighi tra le lezioni.', ['usage-data'], []],
    ['it', 'Non registriamo quali pagine visiti.', [], []],
    ['it', 'Puoi vedere quali corsi hai aperto nella tua bacheca.', [], []],
    ['pl', 'Rejestrujemy, które kursy otwierasz i jak długo oglądasz każde wideo.', ['usage-data'], []],
    [
      'pl',
      'Używamy plików cookie, aby zapamiętać Twoje wyszukiwania i prowadzić statystyki odwiedzin.',
      ['usage-data', 'cookies'],
      [],
    ],
    ['pl', 'Analizujemy, jak poruszasz się między lekcjami.', ['usage-data'], []],
    ['pl', 'Nie rejestrujemy, które strony odwiedzasz.', [], []],
    ['pl', 'Możesz sprawdzić, które kursy otwierasz, w swoim panelu.', [], []],
    ['pt', 'Registamos que cursos abre e quanto tempo vê cada vídeo.', ['usage-data'], []],
    [
      'pt',
      'Usamos cookies para lembrar as suas pesquisas e elaborar estatísticas de visitas.',
      ['usage-data', 'cookies'],
      [],
    ],
    ['pt', 'Analisamos como navega entre as lições.', ['usage-data'], []],
    ['pt', 'Não registamos que páginas visita.', [], []],
    ['pt', 'Pode ver que cursos abriu no seu painel.', [], []],
    [
      'de',
      'Das verbundene Messgerät, welches Sie mit der App koppeln, synchronisiert Einstellungen.',
      [],
      [],
    ],
    ['pt', 'Na medida em que o utilizador usa o serviço, aplicam-se estes termos.', [], []],
    ['fr', "Dans la mesure où vous utilisez nos services, ces conditions s'appliquent.", [], []],
    ['en', 'You can see which lessons you have completed in your profile.', [], []],
    ['de', 'Im Profil können Sie sehen, welche Kurse Sie abgeschlossen haben.', [], []],
    ['sv', 'Du kan själv se vilka kurser du har slutfört i appen.', [], []],
    ['da', 'Du kan selv se, hvilke kurser du har gennemført.', [], []],
    ['en', 'We record which lessons you have completed and your quiz scores.', ['usage-data'], []],
  ])('%s: %s', (lang, text, required, defensible) => {
    expectTypes(lang, text, required, defensible, false);
    if (required.length === 0) expectTypes(lang, text, required, defensible, true);
  });
});
