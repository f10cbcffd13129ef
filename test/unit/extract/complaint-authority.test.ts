/**
 * The authority a complaint is made to is where a person turns, not a recipient, also in a sentence that
 * says data is disclosed: the rights of GDPR Art. 15 list "the recipients to whom your data was disclosed"
 * beside "a complaint to a supervisory authority" (the English mask for "supervisory authority" tied with
 * the authorities term and lost). An authority data is disclosed to still is one.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

describe('the authority complained to is no recipient', () => {
  test.each<[Lang, string]>([
    [
      'en',
      'You have the right to know the recipients to whom your data was disclosed and to complain to a supervisory authority.',
    ],
    [
      'de',
      'Sie haben das Recht auf Auskunft über die Empfänger, denen Ihre Daten offengelegt wurden, sowie ein Beschwerderecht bei der zuständigen Behörde.',
    ],
    [
      'nl',
      'U heeft het recht te weten aan wie uw gegevens zijn verstrekt en een klacht in te dienen bij de bevoegde autoriteiten.',
    ],
    [
      'nb',
      'Du har rett til å vite hvem opplysningene er utlevert til, og til å klage til offentlige myndigheter.',
    ],
    ['sv', 'Du har rätt att veta till vem uppgifterna har lämnats ut och att klaga till myndigheten.'],
    [
      'da',
      'Du har ret til at vide, hvem oplysningerne er videregivet til, og til at klage til myndighederne.',
    ],
    [
      'fr',
      "Vous avez le droit de connaître les destinataires auxquels vos données ont été communiquées et d'introduire une réclamation auprès de l'autorité compétente.",
    ],
    [
      'es',
      'Tiene derecho a conocer los destinatarios a los que se han comunicado sus datos y a presentar una reclamación ante las autoridades competentes.',
    ],
    [
      'it',
      'Hai il diritto di conoscere i destinatari a cui i dati sono stati comunicati e di proporre reclamo alle autorità competenti.',
    ],
    [
      'pt',
      'Você tem o direito de conhecer os destinatários com quem seus dados foram compartilhados e de apresentar reclamação às autoridades competentes.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('authorities');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['en', 'We disclose data to the police and to supervisory authorities.'],
    ['en', 'We share your data with the supervisory authority when required.'],
    ['de', 'Wir übermitteln Ihre Daten an Behörden, wenn wir dazu verpflichtet sind.'],
    ['fr', 'Nous communiquons vos données aux autorités compétentes sur réquisition.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });
});
