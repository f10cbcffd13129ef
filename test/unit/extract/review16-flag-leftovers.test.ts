/**
 * Review16c's leftovers on the security and international flags (session 17, fix17b): tokenisation of prompts,
 * loyalty points or assets, a denied or unneeded two-factor or strong customer authentication, and access to a
 * building by role read as data security; roaming ("mobile data used abroad") read as a transfer. Two-step
 * verification in fr/es/it/pt and need-to-know in nl/it/es/nb/fr were unread. Near sentences that must still read.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

describe('no data security', () => {
  test.each<[Lang, string]>([
    ['en', 'Your prompts are tokenised and processed by our language model to generate a reply.'],
    ['en', 'Our loyalty points are tokenised on a blockchain so you can trade them.'],
    ['es', 'Ofrecemos servicios de tokenización de activos inmobiliarios.'],
    ['de', 'Eine Zwei-Faktor-Authentifizierung bieten wir derzeit nicht an.'],
    ['en', 'Strong Customer Authentication is not required for payments under 30 euros.'],
    ['en', 'We do not offer two-factor authentication.'],
    ['en', 'Access to the building is restricted by role.'],
    ['fr', "L'accès aux locaux est restreint en fonction des rôles."],
    ['nl', 'Toegang tot het gebouw wordt beperkt op basis van de functie.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([false, false]);
  });
});

describe('data security still or now read', () => {
  test.each<[Lang, string]>([
    ['en', 'Card numbers are tokenised by our payment provider.'],
    ['de', 'Kartendaten werden von unserem Zahlungsdienstleister tokenisiert.'],
    ['es', 'Los datos de la tarjeta se tokenizan antes de almacenarse.'],
    ['fr', 'Les numéros de carte sont tokenisés par notre prestataire de paiement.'],
    ['en', 'You can turn on two-factor authentication in your account settings.'],
    ['en', 'Access to client files is restricted by role, and every access is logged.'],
    ['fr', 'Vous pouvez activer la validation en deux étapes dans les paramètres de votre compte.'],
    ['es', 'Puede activar la verificación en dos pasos en la configuración de su cuenta.'],
    ['it', 'Puoi attivare la verifica in due passaggi nelle impostazioni del tuo account.'],
    ['pt', 'Pode ativar a verificação em duas etapas nas definições da sua conta.'],
    ['nl', 'Medewerkers hebben alleen toegang tot uw gegevens op need-to-know-basis.'],
    ['it', "L'accesso ai dati è consentito in base al principio della necessità di sapere."],
    ['es', 'El acceso a los datos se concede según el principio de necesidad de conocer.'],
    ['nb', 'Tilgang til opplysningene gis etter tjenstlig behov.'],
    ['fr', "Seules les personnes ayant besoin d'en connaître ont accès à vos données."],
    ['en', 'Access to the building and to our servers is restricted by role.'],
    ['en', 'Tokenised card data is never stored on our servers.'],
    ['de', 'Für alle Mitarbeiterkonten ist eine Zwei-Faktor-Authentifizierung erforderlich.'],
    ['en', 'Two-factor authentication is required for every administrator account.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([true, true]);
  });
});

describe('roaming is no transfer', () => {
  test.each<[Lang, string]>([
    ['en', 'Charges apply for mobile data used abroad.'],
    ['de', 'Für mobile Daten, die im Ausland genutzt werden, fallen Gebühren an.'],
    ['fr', "Des frais s'appliquent aux données mobiles utilisées à l'étranger."],
    ['es', 'Se aplican cargos a los datos móviles usados en el extranjero.'],
    ['it', "Si applicano costi ai dati mobili utilizzati all'estero."],
    ['pt', 'Aplicam-se custos aos dados móveis utilizados no estrangeiro.'],
    ['nl', 'Voor mobiele data die in het buitenland worden gebruikt, gelden kosten.'],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'international', 'audiences')).toEqual([false, false]);
  });
});

describe('data sent abroad is still a transfer', () => {
  test.each<[Lang, string]>([
    ['en', 'Your personal data may be transferred abroad to our group companies.'],
    ['de', 'Ihre Daten werden ins Ausland übermittelt.'],
    ['fr', "Vos données peuvent être transférées à l'étranger."],
  ])('[%s] %s', (lang, text) => {
    expect(flagBoth(text, lang, 'international', 'audiences')).toEqual([true, true]);
  });
});
