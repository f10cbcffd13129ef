/**
 * The security flag read from other senses of its words (session 21, fixs21c): access control at a gym's or a
 * building's entrance ("fingeraftryk til adgangskontrol"), a card or deposit held as security ("Kreditkarte als
 * Sicherheit", "security deposit", "som sikkerhed"), safety instructions. Access control to the company's systems
 * or data stays security.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

const NOT_SECURITY: readonly [Lang, string][] = [
  ['en', 'Our gyms use your fingerprint for access control at the entrance.'],
  ['en', 'We take your credit card as a security deposit when you collect the car.'],
  ['en', 'We hold the number of your credit card as security for the rental.'],
  ['en', 'Please read the safety instructions before riding the scooter.'],
  ['de', 'Beim Check-in benötigen wir die Nummer Ihrer Kreditkarte als Sicherheit für die Zimmerbuchung.'],
  ['de', 'Bitte beachten Sie die Sicherheitshinweise in der Anleitung.'],
  ['de', 'Die Zugriffskontrolle am Eingang unserer Studios erfolgt per Mitgliedskarte.'],
  ['nl', 'In onze sportscholen gebruiken we uw vingerafdruk voor toegangscontrole bij de ingang.'],
  ['nl', 'Lees de veiligheidsinstructies voordat u de scooter gebruikt.'],
  ['nb', 'Treningssentrene våre bruker fingeravtrykk til adgangskontroll ved inngangen.'],
  ['nb', 'Vi trekker et sikkerhetsdepositum fra kortet ditt.'],
  ['nb', 'Vi belaster kredittkortet ditt med et depositum som sikkerhet når du henter bilen.'],
  ['sv', 'På våra gym använder vi fingeravtryck för passerkontroll vid entrén.'],
  ['sv', 'Vi reserverar ett belopp på ditt kort som säkerhet under hyrperioden.'],
  [
    'da',
    'Vores fitnesscentre bruger fingeraftryk til adgangskontrol, og i appen kan du registrere din vægt.',
  ],
  ['da', 'Vores centre bruger fingeraftryk til adgangskontrol ved indgangen.'],
  ['da', 'Vi reserverer et beløb på dit kort som sikkerhed under lejeperioden.'],
  ['fr', "Nos salles utilisent votre empreinte digitale pour le contrôle d'accès à l'entrée."],
  ['fr', 'Un dépôt de sécurité de 300 euros est prélevé sur votre carte.'],
  ['es', 'Nuestros gimnasios usan tu huella dactilar para el control de acceso en la entrada.'],
  ['es', 'Cobramos un depósito de seguridad de 300 euros en tu tarjeta.'],
  ['it', "Le nostre palestre usano l'impronta digitale per il controllo degli accessi all'ingresso."],
  ['it', 'Addebitiamo un deposito di sicurezza di 300 euro sulla tua carta.'],
  ['pl', 'Nasze kluby używają odcisku palca do kontroli dostępu przy wejściu.'],
  ['pl', 'Pobieramy z Twojej karty 300 zł jako zabezpieczenie na czas najmu.'],
  ['pt', 'Os nossos ginásios usam a sua impressão digital para controlo de acesso à entrada.'],
  ['pt', 'Cobramos um depósito de segurança de 300 euros no seu cartão.'],
  ['en', 'Access control at the entrance of our clubs works with your membership card.'],
  ['de', 'Die Zugriffskontrolle am Eingang unserer Studios erfolgt per Mitgliedskarte.'],
  ['nl', 'De toegangscontrole bij de ingang werkt met uw ledenpas.'],
  ['nb', 'Tilgangskontrollen ved inngangen skjer med medlemskortet ditt.'],
  ['sv', 'Åtkomstkontrollen vid entrén sker med ditt medlemskort.'],
  ['da', 'Adgangskontrollen ved indgangen sker med dit medlemskort.'],
  ['fr', "Le contrôle d'accès à l'entrée se fait avec votre carte de membre."],
  ['es', 'El control de acceso en la entrada se hace con tu tarjeta de socio.'],
  ['it', "Il controllo degli accessi all'ingresso avviene con la tua tessera."],
  ['pl', 'Kontrola dostępu przy wejściu odbywa się za pomocą karty członkowskiej.'],
  ['pt', 'O controlo de acesso à entrada é feito com o seu cartão de sócio.'],
];

const SECURITY: readonly [Lang, string][] = [
  ['en', 'Access control at the entrance of our data centre is enforced around the clock.'],
  ['en', 'Access control to our systems ensures that only authorised staff can see your data.'],
  [
    'de',
    'Zugriffskontrollen auf unsere Systeme stellen sicher, dass nur befugte Mitarbeiter Ihre Daten sehen.',
  ],
  ['nl', 'Toegangscontrole tot onze systemen zorgt ervoor dat alleen bevoegde medewerkers uw gegevens zien.'],
  ['nb', 'Tilgangskontroll til systemene våre sikrer at bare autoriserte ansatte ser opplysningene dine.'],
  ['sv', 'Behörighetskontroll i våra system gör att bara behörig personal kan se dina uppgifter.'],
  [
    'da',
    'Adgangskontrol til vores systemer sikrer, at kun autoriserede medarbejdere kan se dine oplysninger.',
  ],
  ['fr', "Le contrôle d'accès à nos systèmes garantit que seuls les employés autorisés voient vos données."],
  ['es', 'El control de acceso a nuestros sistemas garantiza que solo el personal autorizado vea tus datos.'],
  [
    'it',
    'Il controllo degli accessi ai nostri sistemi garantisce che solo il personale autorizzato veda i dati.',
  ],
  ['pl', 'Kontrola dostępu do naszych systemów zapewnia, że tylko upoważnieni pracownicy widzą Twoje dane.'],
  [
    'pt',
    'O controlo de acesso aos nossos sistemas garante que apenas funcionários autorizados veem os dados.',
  ],
];

describe('deposits, safety instructions and access to premises set no security flag', () => {
  it.each(NOT_SECURITY)('%s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([false, false]);
  });
});

describe('access control to systems and data stays security', () => {
  it.each(SECURITY)('%s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([true, true]);
  });
});
