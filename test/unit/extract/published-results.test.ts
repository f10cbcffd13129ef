/**
 * Competition results published with the participants' names ("Les résultats des compétitions, avec le nom des
 * participants, sont publiés sur le site", "Las clasificaciones ... se publican en la web", "Wyniki zawodów wraz z
 * imieniem i nazwiskiem publikujemy na stronie"): published names are shown to everyone, so other users receive
 * them, as "gepubliceerd", "publiseres", "pubblicate" read already. The results are named (competition, race,
 * tournament results, rankings, standings) with a verb of publishing, passive or first person, the gap between
 * them crossing the commas of an inserted phrase (`recipients.json` other users); Spanish "se publican" and
 * Italian "pubblichiamo" are verbs of passing data on (`cues/sharing.json`). Not changed: financial results, a
 * policy or terms published ("Regulamin publikujemy na stronie", "Las condiciones generales se publican en la web").
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('published results: other users', () => {
  test.each<[Lang, string]>([
    ['en', 'Competition results, with the names of the participants, are published on our website.'],
    ['en', "We publish race results with the participants' names on our website."],
    [
      'de',
      'Die Ergebnisse der Wettkämpfe mit den Namen der Teilnehmer werden auf der Website veröffentlicht.',
    ],
    ['nl', 'We publiceren de uitslagen met de namen van de deelnemers op onze website.'],
    ['nb', 'Resultatlister med navn publiseres på nettsiden.'],
    ['sv', 'Resultatlistor med namn publiceras på webbplatsen.'],
    ['da', 'Resultatlister med navne offentliggøres på hjemmesiden.'],
    ['fr', 'Les résultats des compétitions, avec le nom des participants, sont publiés sur le site.'],
    ['fr', 'Nous publions les classements des courses, avec le nom des participants, sur notre site.'],
    ['es', 'Las clasificaciones con el nombre de los participantes se publican en la web.'],
    ['es', 'Los resultados de las carreras, con el nombre de los participantes, se publicarán en la web.'],
    ['it', 'Le classifiche con il nome dei partecipanti sono pubblicate sul sito.'],
    ['it', 'Pubblichiamo le classifiche delle gare con i nomi dei partecipanti sul sito.'],
    ['pl', 'Wyniki zawodów wraz z imieniem i nazwiskiem publikujemy na stronie.'],
    ['pl', 'Klasyfikacje z imionami i nazwiskami uczestników są publikowane na stronie.'],
    ['pt', 'Os resultados das competições, com o nome dos participantes, são publicados no site.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('other-users');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['en', 'This privacy policy is published on our website.'],
    ['en', 'We publish our annual financial results on our website.'],
    ['fr', 'Nous publions nos résultats financiers sur notre site.'],
    ['es', 'Las condiciones generales se publican en la web.'],
    ['pl', 'Regulamin publikujemy na stronie.'],
    ['it', 'Pubblichiamo i risultati finanziari sul sito.'],
    ['nl', 'We publiceren deze privacyverklaring op onze website.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });
});
