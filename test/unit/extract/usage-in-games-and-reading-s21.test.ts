/**
 * Session 21 (fixs21a): what the reader does in a game or a publication (levels completed, game scores and play
 * time, which articles are read) reads usage-data in all eleven languages where it is recorded. An offer of free
 * articles, games kept only on the reader's device, games sold and denials are no usage data.
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('play and reading recorded read usage-data', () => {
  test.each<[Lang, DataType, string]>([
    ['en', 'usage-data', 'We record your game scores, the levels you complete and how long you play.'],
    ['en', 'usage-data', 'We log which articles you read and how far you scroll.'],
    ['de', 'usage-data', 'Wir speichern Ihre Spielstände, Punktzahlen und Spielzeiten.'],
    ['de', 'usage-data', 'Wir erfassen, welche Artikel Sie lesen.'],
    ['nl', 'usage-data', 'We registreren je scores, de levels die je voltooit en hoe lang je speelt.'],
    [
      'nb',
      'usage-data',
      'Vi registrerer poengsummene dine, hvilke nivåer du fullfører og hvor lenge du spiller.',
    ],
    ['nb', 'usage-data', 'Vi logger hvilke artikler du leser.'],
    ['sv', 'usage-data', 'Vi registrerar dina poäng, vilka nivåer du klarar och hur länge du spelar.'],
    ['sv', 'usage-data', 'Vi loggar vilka artiklar du läser.'],
    ['da', 'usage-data', 'Vi registrerer dine point, hvilke baner du gennemfører, og hvor længe du spiller.'],
    ['da', 'usage-data', 'Vi logger, hvilke artikler du læser.'],
    [
      'fr',
      'usage-data',
      'Nous enregistrons vos scores, les niveaux que vous terminez et votre temps de jeu.',
    ],
    ['fr', 'usage-data', 'Nous enregistrons les articles que vous lisez.'],
    ['es', 'usage-data', 'Registramos tus puntuaciones, los niveles que completas y el tiempo que juegas.'],
    ['es', 'usage-data', 'Registramos qué artículos lees.'],
    ['it', 'usage-data', 'Registriamo i tuoi punteggi, i livelli che completi e quanto tempo giochi.'],
    ['it', 'usage-data', 'Registriamo quali articoli leggi.'],
    ['pl', 'usage-data', 'Rejestrujemy Twoje wyniki, ukończone poziomy i czas gry.'],
    ['pl', 'usage-data', 'Zapisujemy, które artykuły czytasz.'],
    ['pt', 'usage-data', 'Registamos as suas pontuações, os níveis que conclui e o tempo que joga.'],
    ['pt', 'usage-data', 'Registamos os artigos que lê.'],
    ['en', 'usage-data', 'Your nickname and your high scores are stored and shown on the leaderboard.'],
  ])('%s %s: %s', (lang, type, text) => {
    const [silent, sure] = typesBoth(text, lang);
    expect(silent).toContain(type);
    expect(sure).toContain(type);
  });
});

describe('offers, games kept on the device, games sold and denials read no usage data', () => {
  test.each<[Lang, DataType, string]>([
    ['en', 'usage-data', 'You can read three articles free each month.'],
    ['en', 'usage-data', 'Your saved games stay on your device only and are never sent to us.'],
    ['en', 'usage-data', 'We sell games and gift cards for all consoles.'],
    ['de', 'usage-data', 'Sie können jeden Monat drei Artikel kostenlos lesen.'],
    [
      'de',
      'usage-data',
      'Ihre Spielstände werden nur auf Ihrem Gerät gespeichert und nicht an uns übertragen.',
    ],
    ['de', 'usage-data', 'In unserem Shop verkaufen wir Spiele für alle Konsolen.'],
    ['nl', 'usage-data', 'Je kunt elke maand drie artikelen gratis lezen.'],
    ['nl', 'usage-data', 'Je spelvoortgang wordt alleen op je apparaat opgeslagen.'],
    ['nl', 'usage-data', 'Wij verkopen games voor alle consoles.'],
    ['nb', 'usage-data', 'Du kan lese tre artikler gratis hver måned.'],
    ['nb', 'usage-data', 'Spillfremdriften din lagres bare på enheten din.'],
    ['nb', 'usage-data', 'Vi selger spill til alle konsoller.'],
    ['sv', 'usage-data', 'Du kan läsa tre artiklar gratis varje månad.'],
    ['sv', 'usage-data', 'Dina sparade spel lagras endast på din enhet.'],
    ['sv', 'usage-data', 'Vi säljer spel till alla konsoler.'],
    ['da', 'usage-data', 'Du kan læse tre artikler gratis hver måned.'],
    ['da', 'usage-data', 'Dine gemte spil gemmes kun på din enhed.'],
    ['da', 'usage-data', 'Vi sælger spil til alle konsoller.'],
    ['fr', 'usage-data', 'Vous pouvez lire trois articles gratuitement chaque mois.'],
    ['fr', 'usage-data', 'Vos sauvegardes de jeu restent uniquement sur votre appareil.'],
    ['fr', 'usage-data', 'Nous vendons des jeux pour toutes les consoles.'],
    ['es', 'usage-data', 'Puedes leer tres artículos gratis al mes.'],
    ['es', 'usage-data', 'Tus partidas guardadas se almacenan solo en tu dispositivo.'],
    ['es', 'usage-data', 'Vendemos juegos para todas las consolas.'],
    ['it', 'usage-data', 'Puoi leggere tre articoli gratis ogni mese.'],
    ['it', 'usage-data', 'I tuoi salvataggi restano solo sul tuo dispositivo.'],
    ['it', 'usage-data', 'Vendiamo giochi per tutte le console.'],
    ['pl', 'usage-data', 'Możesz przeczytać trzy artykuły za darmo każdego miesiąca.'],
    ['pl', 'usage-data', 'Twoje zapisy gry są przechowywane wyłącznie na Twoim urządzeniu.'],
    ['pl', 'usage-data', 'Sprzedajemy gry na wszystkie konsole.'],
    ['pt', 'usage-data', 'Pode ler três artigos gratuitamente por mês.'],
    ['pt', 'usage-data', 'O progresso do jogo é guardado apenas no seu dispositivo.'],
    ['pt', 'usage-data', 'Vendemos jogos para todas as consolas.'],
    ['en', 'usage-data', 'We do not record which articles you read.'],
    ['de', 'usage-data', 'Wir speichern keine Spielstände auf unseren Servern.'],
    ['it', 'usage-data', 'Non registriamo quali articoli leggi.'],
    ['en', 'usage-data', 'We may send you game updates, high scores and other notifications.'],
    ['de', 'usage-data', 'Sie können am Facebook Highscore teilnehmen, indem Sie Ihr Spiel verknüpfen.'],
    ['de', 'usage-data', 'Mitteilungen zeigen wichtige Ereignisse im Spielverlauf an.'],
  ])('%s %s: %s', (lang, type, text) => {
    const [silent, sure] = typesBoth(text, lang);
    expect(silent).not.toContain(type);
    expect(sure).not.toContain(type);
  });
});
