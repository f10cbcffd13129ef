/**
 * Identity documents and national numbers are government-id (probe18, session 19): passports, identity cards,
 * driving licences and their numbers, Personalausweis / Reisepass, BSN / ID-bewijs, fødselsnummer, personnummer,
 * CPR-nummer, carte d'identité, DNI / NIE and the permiso de conducir, codice fiscale and the patente, PESEL,
 * dowód osobisty and prawo jazdy, CPF, cartão de cidadão and carta de condução. A brand identity, verifying
 * one's identity with no document named and a user ID are not.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('an identity document or national number collected is government-id', () => {
  test.each<[Lang, string]>([
    ['en', 'We record your passport number when you check in.'],
    ['en', 'We ask for a copy of your passport or national identity card.'],
    ['en', 'We collect your driving licence number to confirm that you may drive.'],
    ['en', 'We store your National Insurance number for payroll.'],
    ['de', 'Beim Check-in erfassen wir die Nummer Ihres Personalausweises oder Reisepasses.'],
    ['de', 'Wir speichern eine Kopie Ihres Reisepasses.'],
    ['de', 'Wir verarbeiten Ihre Personalausweisnummer und Ihr Geburtsdatum.'],
    ['de', 'Für die Anmeldung benötigen wir Ihre Führerscheinnummer.'],
    ['nl', 'Bij het inchecken noteren wij het nummer van uw paspoort of ID-bewijs.'],
    ['nl', 'Wij verwerken uw BSN voor de loonadministratie.'],
    ['nl', 'Wij vragen om een kopie van uw identiteitskaart.'],
    ['nl', 'Wij registreren uw rijbewijsnummer.'],
    ['nb', 'Vi registrerer fødselsnummeret ditt ved innmelding.'],
    ['nb', 'Vi ber om en kopi av passet ditt.'],
    ['nb', 'Vi lagrer passnummeret ditt og førerkortnummeret ditt.'],
    ['sv', 'Vi behandlar ditt personnummer för att kunna fakturera.'],
    ['sv', 'Vi sparar en kopia av ditt pass eller id-kort.'],
    ['sv', 'Vi registrerar ditt körkortsnummer.'],
    ['sv', 'Vi rapporterar ditt personnummer till Skatteverket.'],
    ['da', 'Vi registrerer dit CPR-nummer ved indmeldelse.'],
    ['da', 'Vi beder om en kopi af dit pas eller kørekort.'],
    ['da', 'Vi gemmer dit pasnummer.'],
    ['fr', "Nous enregistrons le numéro de votre passeport lors de l'enregistrement."],
    ['fr', "Nous vous demandons une copie de votre carte d'identité."],
    ['fr', 'Nous collectons votre numéro de sécurité sociale.'],
    ['fr', 'Nous conservons le numéro de votre permis de conduire.'],
    ['es', 'Recogemos su DNI o NIE al formalizar el contrato.'],
    ['es', 'Le pedimos una copia de su pasaporte.'],
    ['es', 'Guardamos el número de su DNI al registrarse.'],
    ['es', 'Tratamos el número de su permiso de conducir.'],
    ['it', 'Raccogliamo il tuo codice fiscale per la fatturazione.'],
    ['it', "Ti chiediamo una copia della carta d'identità."],
    ['it', 'Registriamo il numero del tuo passaporto al check-in.'],
    ['it', 'Conserviamo il numero della tua patente di guida.'],
    ['pl', 'Przetwarzamy Twój numer PESEL.'],
    ['pl', 'Zapisujemy numer Twojego dowodu osobistego.'],
    ['pl', 'Prosimy o kopię paszportu.'],
    ['pl', 'Przechowujemy numer Twojego prawa jazdy.'],
    ['pt', 'Recolhemos o seu CPF para a faturação.'],
    ['pt', 'Pedimos uma cópia do seu cartão de cidadão.'],
    ['pt', 'Registamos o número do seu passaporte no check-in.'],
    ['pt', 'Guardamos o número da sua carta de condução.'],
  ])('%s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toContain('government-id');
  });
});

describe('a brand identity, an identity verified and a user ID are no government-id', () => {
  test.each<[Lang, string]>([
    ['en', 'We help you build a strong brand identity.'],
    ['en', 'Please verify your identity before we answer your request.'],
    ['en', 'We store your user ID and the pages you visit.'],
    ['de', 'Wir entwickeln für Sie eine starke Markenidentität.'],
    ['de', 'Bitte bestätigen Sie Ihre Identität, bevor wir Ihre Anfrage beantworten.'],
    ['de', 'Wir speichern Ihre Benutzer-ID und die besuchten Seiten.'],
    ['nl', 'Wij ontwerpen uw huisstijl en merkidentiteit.'],
    ['nl', 'Verifieer uw identiteit voordat wij uw verzoek behandelen.'],
    ['nl', "Wij bewaren uw gebruikers-ID en de bezochte pagina's."],
    ['nb', 'Vi hjelper deg å bygge en sterk merkevareidentitet.'],
    ['nb', 'Bekreft identiteten din før vi behandler forespørselen.'],
    ['nb', 'Vi lagrer bruker-ID-en din og sidene du besøker.'],
    ['sv', 'Vi hjälper dig att bygga en stark varumärkesidentitet.'],
    ['sv', 'Verifiera din identitet innan vi behandlar din begäran.'],
    ['sv', 'Vi sparar ditt användar-ID och vilka sidor du besöker.'],
    ['da', 'Vi hjælper dig med at skabe en stærk brandidentitet.'],
    ['da', 'Bekræft din identitet, før vi behandler din anmodning.'],
    ['da', 'Vi gemmer dit bruger-ID og de sider, du besøger.'],
    ['fr', 'Nous vous aidons à construire une identité de marque forte.'],
    ['fr', 'Veuillez vérifier votre identité avant que nous traitions votre demande.'],
    ['fr', 'Nous conservons votre identifiant utilisateur et les pages visitées.'],
    ['es', 'Le ayudamos a crear una identidad de marca sólida.'],
    ['es', 'Verifique su identidad antes de que tramitemos su solicitud.'],
    ['es', 'Guardamos su ID de usuario y las páginas visitadas.'],
    ['it', 'Ti aiutiamo a costruire una forte identità di marca.'],
    ['it', 'Verifica la tua identità prima che elaboriamo la richiesta.'],
    ['it', 'Conserviamo il tuo ID utente e le pagine visitate.'],
    ['pl', 'Pomagamy budować silną tożsamość marki.'],
    ['pl', 'Potwierdź swoją tożsamość, zanim rozpatrzymy Twoje żądanie.'],
    ['pl', 'Przechowujemy Twój identyfikator użytkownika i odwiedzane strony.'],
    ['pt', 'Ajudamos a construir uma identidade de marca forte.'],
    ['pt', 'Confirme a sua identidade antes de tratarmos o seu pedido.'],
    ['pt', 'Guardamos o seu ID de utilizador e as páginas visitadas.'],
  ])('%s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).not.toContain('government-id');
  });
});
