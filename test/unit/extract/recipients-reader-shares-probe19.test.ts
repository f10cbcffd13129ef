/**
 * The reader sharing their own things on social media is no disclosure to social networks (session 19, fixq19,
 * from probe19: da "Du kan selv dele dit resultat på sociale medier"): masks in eleven languages for the reader
 * as subject ("you", "du", "je", "vous", "puedes", "puoi", "możesz", "pode"), a share verb and "on/in/via" social
 * media. The operator sharing data with social networks, or posting on its own channels, still reads them; en
 * "social sharing plugins" is a social-networks term.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

function recipients(text: string, lang: Lang): readonly string[] {
  return practicesOf([text], lang).sharing.recipients;
}

/** The reader shares: no social-networks recipient. */
const READER_SHARES: readonly [Lang, string][] = [
  ['en', 'You can share your results on social media yourself.'],
  ['de', 'Du kannst deine Ergebnisse selbst in sozialen Netzwerken teilen.'],
  ['nl', 'Je kunt je resultaten zelf delen op sociale media.'],
  ['nb', 'Du kan selv dele resultatene dine på sosiale medier.'],
  ['sv', 'Du kan själv dela dina resultat i sociala medier.'],
  ['da', 'Du kan selv dele dine billeder på sociale medier.'],
  ['fr', 'Vous pouvez partager vous-même vos résultats sur les réseaux sociaux.'],
  ['es', 'Puedes compartir tus resultados en las redes sociales.'],
  ['it', 'Puoi condividere i tuoi risultati sui social network.'],
  ['pl', 'Możesz samodzielnie udostępniać swoje wyniki w mediach społecznościowych.'],
  ['pt', 'Pode partilhar os seus resultados nas redes sociais.'],
  ['en', 'If you choose to share your workout on social media, it becomes visible to your followers there.'],
  ['fr', 'Si vous le souhaitez, vous pouvez partager votre score sur les réseaux sociaux.'],
];

/** The operator shares with or posts on social networks: still read. */
const OPERATOR_SHARES: readonly [Lang, string][] = [
  ['en', 'We share information about your activity with social networks such as Facebook.'],
  ['de', 'Wir geben Informationen über Ihre Nutzung an soziale Netzwerke weiter.'],
  ['nl', 'Wij delen gegevens over je gebruik met sociale netwerken.'],
  ['nb', 'Vi deler opplysninger om bruken din med sosiale medier.'],
  ['sv', 'Vi delar uppgifter om din användning med sociala medier.'],
  ['da', 'Vi deler oplysninger om din brug med sociale medier.'],
  ['fr', 'Nous partageons des informations sur votre utilisation avec des réseaux sociaux.'],
  ['es', 'Compartimos información sobre tu uso con redes sociales.'],
  ['it', 'Condividiamo informazioni sul tuo utilizzo con i social network.'],
  ['pl', 'Udostępniamy informacje o korzystaniu z serwisu sieciom społecznościowym.'],
  ['pt', 'Partilhamos informações sobre a sua utilização com redes sociais.'],
  ['en', 'We may share your reviews on our social media channels.'],
  ['de', 'Wir übermitteln Ihre Daten an soziale Netzwerke, wenn Sie das Plugin nutzen.'],
  ['it', 'Comunichiamo i tuoi dati ai social network per finalità pubblicitarie.'],
];

describe('recipients: the reader sharing on social media is no disclosure (probe19)', () => {
  it.each(READER_SHARES)('[%s] no social-networks: %s', (lang, text) => {
    expect(recipients(text, lang)).not.toContain('social-networks');
  });
  it.each(OPERATOR_SHARES)('[%s] social-networks: %s', (lang, text) => {
    expect(recipients(text, lang)).toContain('social-networks');
  });
  it('reads social sharing plugins', () => {
    expect(
      recipients('We use social sharing plugins that transmit your IP address to the networks.', 'en'),
    ).toContain('social-networks');
  });
});
