/**
 * Security of things and people is no security of data (session 14's unseen probe, fix15b).
 *
 * "Vi har sikkerhetsvakter i butikkene våre for å hindre tyveri", "Museet har vagter ... for at beskytte
 * genstandene": guards protect shops and exhibits. "... to the police or the security services": the state's
 * services. "les rappels de sécurité concernant votre véhicule": a vehicle's safety recall. Each set the
 * security flag through a general word ("sikker-", "beskytte", "security", "sécurité") where the model put
 * the passage under security. A guard noun masks its clause unless data, information, servers or systems,
 * or a measure (encryption, firewall, password), are named in it; product, vehicle and road safety and
 * safety recalls are masked; "police ... security services" is masked like "security forces" already was.
 *
 * Guards at a data centre are physical security of the data (GDPR art. 32, OPP-115's Data Security):
 * "Security guards control access to our data centres" now reads security even with the model silent.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { flagBoth } from './helpers';

describe('guards, safety recalls and the security services set no security flag', () => {
  test.each<[Lang, string]>([
    ['nb', 'Vi har sikkerhetsvakter i butikkene våre for å hindre tyveri.'],
    ['da', 'Museet har vagter i alle udstillingssale for at beskytte genstandene.'],
    [
      'en',
      'We will hand over call records to the police or the security services only when presented with a warrant or a similar legal order.',
    ],
    [
      'fr',
      "Vos coordonnées sont transmises au constructeur Renault afin qu'il puisse vous adresser les rappels de sécurité concernant votre véhicule.",
    ],
    ['en', 'Our stores employ security guards to protect staff and customers.'],
    ['en', 'We may contact you about safety recalls affecting your vehicle.'],
    ['de', 'In unseren Filialen sorgt ein Sicherheitsdienst für die Sicherheit unserer Kunden.'],
    ['de', 'Wir informieren Sie über sicherheitsrelevante Rückrufe zu Ihrem Fahrzeug.'],
    ['nl', 'In onze winkels zijn beveiligers aanwezig voor de veiligheid van klanten.'],
    ['sv', 'Våra butiker har väktare för att skydda personal och kunder.'],
    ['sv', 'Vi kontaktar dig om säkerhetsåterkallelser som gäller din bil.'],
    ['da', 'Vi kontakter dig om sikkerhedstilbagekaldelser, der vedrører din bil.'],
    ['nb', 'Vi kontakter deg om sikkerhetstilbakekallinger som gjelder bilen din.'],
    ['es', 'Contamos con vigilantes de seguridad en nuestras tiendas para proteger a los clientes.'],
    ['es', 'Le informaremos de las campañas de seguridad que afecten a su vehículo.'],
    ['it', 'I nostri negozi sono sorvegliati da guardie giurate per proteggere i clienti.'],
    ['it', 'Ti contatteremo per eventuali richiami di sicurezza relativi al tuo veicolo.'],
    ['pl', 'W sklepach pracują ochroniarze, którzy chronią klientów przed kradzieżą.'],
    ['pt', 'As nossas lojas têm vigilantes para proteger os clientes e o pessoal.'],
    ['pt', 'Contactamo-lo sobre campanhas de segurança que afetem o seu veículo.'],
  ])('%s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([false, false]);
  });
});

describe('measures for data, and guards at the data centre, still read security', () => {
  test.each<[Lang, string]>([
    ['en', 'Security guards control access to our data centres.'],
    ['en', 'Our data centres are protected by guards and video surveillance around the clock.'],
    ['de', 'Unsere Rechenzentren werden rund um die Uhr von Wachpersonal bewacht.'],
    ['nl', 'Onze datacenters worden 24 uur per dag bewaakt door beveiligers.'],
    ['nb', 'Datasentrene våre er bevoktet av vektere døgnet rundt.'],
    ['sv', 'Våra datacenter är bevakade av väktare dygnet runt.'],
    ['da', 'Vores datacentre er bevogtet af vagter døgnet rundt.'],
    ['fr', 'Nos centres de données sont surveillés 24 heures sur 24 par des agents de sécurité.'],
    ['es', 'Nuestros centros de datos están vigilados por personal de seguridad las 24 horas.'],
    ['it', 'I nostri data center sono sorvegliati 24 ore su 24 da personale di sicurezza.'],
    ['pl', 'Nasze centra danych są strzeżone przez całodobową ochronę fizyczną.'],
    ['pt', 'Os nossos centros de dados são vigiados por seguranças 24 horas por dia.'],
  ])('%s, with the model silent: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([true, true]);
  });

  test.each<[Lang, string]>([
    ['en', 'We use encryption and access controls to protect your data.'],
    ['en', 'We take appropriate security measures to protect your data.'],
    ['en', 'Our security staff monitor our systems for unauthorised access.'],
    ['en', 'We have security guards, encryption and firewalls in place.'],
    ['de', 'Wir setzen Wachpersonal, Firewalls und Verschlüsselung ein.'],
    ['de', 'Unser Sicherheitsdienst überwacht die Server auf unbefugte Zugriffe.'],
    ['nb', 'Vi har sikkerhetstiltak som beskytter opplysningene dine mot tap.'],
    ['da', 'Vagterne har ingen adgang til dine oplysninger, som er krypteret.'],
    ['fr', 'Nous protégeons vos données contre tout accès non autorisé.'],
    ['es', 'Aplicamos medidas de seguridad para proteger sus datos.'],
  ])('%s, with the model sure: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')[1]).toBe(true);
  });
});

/**
 * A guard clause followed by a real measure keeps the flag (review15b finding 1, fixr15b). The guard mask
 * ends at a new clause with the operator as subject ("and we", "und wir", "og vi", "et nous", es/pt "y/e"
 * + a first person plural verb, pl ", a my"), and names SSL, TLS, HTTPS, networks, access controls,
 * authentication, pseudonymisation, backups and two-factor among the measures that keep the clause, also
 * after a hyphen ("SSL-Verschlüsselung", "IT-Systeme").
 */
describe('a guard clause beside a real measure keeps the security flag', () => {
  test.each<[Lang, string]>([
    ['en', 'Security guards protect our offices and we use SSL to protect all transmissions.'],
    ['en', 'Security guards control entry and all connections use TLS.'],
    ['en', 'Security personnel control physical access, and we use pseudonymisation and access controls.'],
    ['de', 'Unser Wachdienst kontrolliert den Zutritt und wir setzen SSL-Verschlüsselung ein.'],
    [
      'de',
      'Unser Sicherheitsdienst überwacht rund um die Uhr unsere IT-Systeme und die SSL-Verschlüsselung.',
    ],
    ['nl', 'Beveiligers bewaken ons kantoor en wij gebruiken SSL-versleuteling voor alle verbindingen.'],
    ['sv', 'Väktare bevakar våra lokaler och vi använder SSL-kryptering för alla anslutningar.'],
    ['da', 'Vægtere bevogter vores kontor, og vi bruger SSL-kryptering på alle forbindelser.'],
    ['nb', 'Vektere vokter kontoret vårt, og vi bruker SSL-kryptering på alle tilkoblinger.'],
    [
      'fr',
      'Des vigiles surveillent nos locaux et nous utilisons le protocole SSL pour toutes les connexions.',
    ],
    [
      'es',
      'Los vigilantes de seguridad controlan el acceso a la oficina y usamos SSL en todas las conexiones.',
    ],
    ['it', 'Le guardie giurate controllano gli accessi e usiamo il protocollo SSL per tutte le connessioni.'],
    ['pt', 'Os vigilantes controlam o acesso ao escritório e utilizamos SSL em todas as ligações.'],
    ['pl', 'Ochroniarze pilnują biura, a wszystkie połączenia są zabezpieczone protokołem SSL.'],
    ['nb', 'Vektere vokter butikkene, og vi beskytter nettverket vårt med brannmurer.'],
    ['sv', 'Väktare bevakar butikerna och vi skyddar nätverket med brandväggar.'],
    ['da', 'Vagter bevogter butikkerne, og vi beskytter netværket med firewalls.'],
    ['fr', 'Des vigiles surveillent nos magasins et nous protégeons le réseau par des pare-feu.'],
    ['es', 'Los vigilantes protegen las tiendas y protegemos la red con cortafuegos.'],
    ['it', 'Le guardie giurate proteggono i negozi e proteggiamo la rete con firewall.'],
    ['pl', 'Ochroniarze chronią sklepy, a my chronimy sieć zaporami sieciowymi.'],
    ['pt', 'Os vigilantes protegem as lojas e protegemos a rede com firewalls.'],
  ])('%s, with the model silent: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([true, true]);
  });

  test.each<[Lang, string]>([
    ['en', 'Our security personnel monitor our network and premises 24/7 and run intrusion detection.'],
    ['en', 'Security guards protect our offices and we protect your data with backups.'],
    ['de', 'Unser Wachdienst schützt die Filialen und wir schützen Ihre Daten mit Backups.'],
    ['nl', 'Beveiligers bewaken ons kantoor en wij beschermen uw gegevens met tweestapsverificatie.'],
  ])('%s, with the model sure: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')[1]).toBe(true);
  });

  test.each<[Lang, string]>([
    ['en', 'Security guards at our venues may ask to see your ticket.'],
    [
      'en',
      'Our stores employ security guards to protect staff and customers, and our staff are trained to protect customers.',
    ],
    ['de', 'Unser Sicherheitsdienst schützt die Filialen, und alle Mitarbeiter schützen die Kunden.'],
  ])('guards of people and things alone still set nothing, %s: %s', (lang, text) => {
    expect(flagBoth(text, lang, 'security', 'security')).toEqual([false, false]);
  });
});
