/**
 * What review19a found fixp19a's rules of session 19 inventing, narrowed (fixr19a): a tell-us request whose
 * object is a problem, a question, an error, a forgotten or lost thing or an opinion collects no data ("Let us
 * know if you forgot your password", "questions about your payment", "what you think of our heart rate
 * monitor"); the bare infinitive sharing cues (nl "door te geven", nb "å gi", da "at give") read only with the
 * company giving, not the reader's duty to the tax office or an insurer; an identity document the reader
 * brings, loses or studies for, and a leaflet's "if you have asthma, consult your doctor", name no data
 * collected. The twins of the tell-us requests review19a found missed read.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf, typesBoth, typesSilent } from './helpers';

const recipientsOf = (text: string, lang: Lang) => practicesOf([text], lang).sharing.recipients;

describe('a request to tell us of a problem, a question or an opinion collects no data', () => {
  test.each<[Lang, string]>([
    ['en', 'Please tell us if you have trouble logging in with your password.'],
    ['en', 'Let us know if you forgot your password.'],
    ['en', 'Let us know if you have any questions about your payment.'],
    ['en', 'Let us know if you spot an error in your invoice or bank details.'],
    ['en', 'Tell us what you think of your new heart rate monitor.'],
    ['en', 'Please make us aware if you have trouble logging in with your password.'],
    ['en', 'We make a note of your comments about our heart rate monitor.'],
    ['de', 'Teilen Sie uns mit, wenn Sie Ihr Passwort vergessen haben.'],
    ['de', 'Sagen Sie uns, was Sie von unserer Blutdruck-App halten.'],
    ['de', 'Geben Sie uns Bescheid, wenn Sie Ihr Passwort vergessen haben.'],
    ['de', 'Nennen Sie uns Ihre Meinung zu unserer Blutdruck-App.'],
    ['de', 'Bitte teilen Sie uns mit, dass Sie Ihre Zahlung storniert haben.'],
    ['nl', 'Meld ons als je problemen hebt met inloggen met je wachtwoord.'],
    ['nl', 'Laat ons weten of je vragen hebt over je betaling.'],
    ['nl', 'Vertel ons je mening over onze bloeddrukmeter.'],
    ['nl', 'Geef je wachtwoord nooit door of deel het met anderen.'],
    ['nl', 'Geef eventuele fouten in je betaling door aan de klantenservice.'],
    ['nb', 'Opplys om du har spørsmål om betalingen din.'],
    ['sv', 'Säg till om du har glömt ditt lösenord.'],
    ['sv', 'Ge oss besked om du har frågor om din betalning.'],
    ['da', 'Sig til, hvis du har glemt din adgangskode.'],
    ['fr', 'Signalez-nous tout problème de connexion avec votre mot de passe.'],
    ['fr', 'Indiquez-nous ce que vous pensez de notre fonction de géolocalisation.'],
    ['fr', 'Prévenez-nous si vous avez oublié votre mot de passe.'],
    ['fr', 'Faites-le-nous savoir si vous avez une question sur votre paiement.'],
    ['es', 'Infórmenos si tiene problemas para iniciar sesión con su contraseña.'],
    ['es', 'Avísanos si has olvidado tu contraseña.'],
    ['it', 'Segnalaci problemi di accesso con la tua password.'],
    ['it', 'Avvisaci se hai dimenticato la password.'],
    ['it', 'Segnalacelo se hai problemi con il pagamento.'],
    ['pl', 'Prosimy poinformować nas o problemach z płatnością kartą.'],
    ['pt', 'Informe-nos se tiver problemas a iniciar sessão com a sua palavra-passe.'],
    ['pt', 'Diga-nos o que acha da nossa nova aplicação de frequência cardíaca.'],
    ['pt', 'Indique-nos a sua opinião sobre o nosso medidor de tensão arterial.'],
    ['pt', 'Deixe-nos saber o que acha do nosso medidor de tensão arterial.'],
    ['pt', 'Deixe-nos saber se se esqueceu da sua palavra-passe.'],
  ])('%s: %s', (lang, text) => {
    // Read with no classifier help: the request is no collection cue (a passage the classifier is sure is
    // about collection reads the data named in it with no cue, as before session 19).
    expect(typesSilent(text, lang)).toEqual([]);
  });
});

describe('the reader told to report to an authority or an insurer is no sharing', () => {
  test.each<[Lang, string]>([
    ['nl', 'U bent zelf verplicht wijzigingen in uw inkomen door te geven aan de Belastingdienst.'],
    ['nl', 'U bent zelf verantwoordelijk om uw verhuizing door te geven aan de gemeente.'],
    ['nl', 'Het is de verantwoordelijkheid van de werkgever om ziekmeldingen door te geven aan het UWV.'],
    ['nl', 'Wij vragen u uw verhuizing door te geven aan de gemeente.'],
    ['nb', 'Du har plikt til å gi opplysninger til Skatteetaten om inntekten din.'],
    ['nb', 'Du må huske å gi opplysninger til forsikringsselskapet ditt ved en skade.'],
    ['nb', 'Det er ditt ansvar å gi riktige opplysninger til forsikringsselskapet.'],
    ['nb', 'Vi ber deg å gi opplysninger til forsikringsselskapet ditt.'],
    ['da', 'Du skal selv huske at give oplysninger til Skattestyrelsen om din indkomst.'],
    ['da', 'Husk at give oplysninger til kommunen, hvis du flytter.'],
    ['da', 'Det er dit ansvar at give korrekte oplysninger til dit forsikringsselskab.'],
    ['da', 'Vi beder dig om at give oplysninger til kommunen, hvis du flytter.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toEqual([]);
  });

  test.each<[Lang, string]>([
    ['nl', 'Wij zijn wettelijk verplicht uw gegevens door te geven aan de Belastingdienst.'],
    ['nb', 'Vi kan bli pålagt å gi opplysninger til politiet.'],
    ['da', 'Vi kan være forpligtet til at give oplysninger til politiet.'],
  ])('the company giving still reads: %s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });
});

describe('an identity document the reader brings, loses or studies for is not collected', () => {
  test.each<[Lang, string]>([
    ['en', 'Please bring your passport to the appointment.'],
    ['en', 'If you lose your driving licence, report it to the police.'],
    ['de', 'Bitte bringen Sie Ihren Personalausweis zum Termin mit.'],
    ['de', 'Bei Verlust Ihres Führerscheins wenden Sie sich an die Polizei.'],
    ['nl', 'Neem een geldig ID-bewijs mee naar de afspraak.'],
    ['nl', 'Bij verlies van uw rijbewijs doet u aangifte bij de politie.'],
    ['nb', 'Husk førerkortet når du henter pakken.'],
    ['nb', 'Ta med en kopi av passet ditt til timen.'],
    ['sv', 'Ta med giltigt id-kort när du hämtar ut ditt paket hos ombudet.'],
    ['sv', 'Ta med giltigt id-kort till provet.'],
    ['sv', 'Ta med giltigt körkort när du hämtar ut ditt paket hos ombudet.'],
    ['sv', 'Om du har tappat ditt körkort, kontakta polisen.'],
    ['da', 'Medbring dit kørekort, når du henter pakken.'],
    ['fr', "Munissez-vous de votre carte d'identité le jour de l'examen."],
    ['fr', 'En cas de perte de votre passeport, prévenez la police.'],
    ['es', 'Ofrecemos cursos intensivos para obtener el permiso de conducir.'],
    ['es', 'Ofrecemos cursos intensivos para obtener el pasaporte.'],
    ['es', 'Si pierde su permiso de conducir, denúncielo ante la policía.'],
    ['es', 'Traiga su DNI el día del examen.'],
    ['it', "Porta la carta d'identità il giorno dell'esame."],
    ['pl', 'Jeśli zgubisz paszport, zgłoś to na policję.'],
    ['pt', 'Em caso de perda do cartão de cidadão, contacte a polícia.'],
  ])('%s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).not.toContain('government-id');
  });

  test.each<[Lang, string]>([
    ['en', 'We may obtain your driving licence details from the licensing agency.'],
    ['fr', 'Pour réserver un vol nous demandons votre passeport.'],
    ['nb', 'Husk at vi trenger førerkortet ditt ved henting.'],
    ['es', 'Para alquilar un vehículo le pedimos su permiso de conducir y su DNI.'],
    ['nb', 'Vi samler inn en kopi av passet ditt.'],
    ['nb', 'Vi lagrer en kopi av passet ditt.'],
  ])('a document the company asks for or keeps still reads: %s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toContain('government-id');
  });
});

describe("a leaflet's 'if you have asthma, consult your doctor' is no health collected", () => {
  test.each<[Lang, string]>([
    ['en', 'If you have asthma, consult your doctor before using this inhaler.'],
    ['de', 'Wenn Sie Asthma haben, sprechen Sie vor der Anwendung mit Ihrem Arzt.'],
    ['nl', 'Als u astma heeft, raadpleeg dan eerst uw huisarts.'],
    ['nb', 'Hvis du har astma, snakk med legen din før bruk.'],
    ['sv', 'Om du har astma, tala med din läkare före användning.'],
    ['da', 'Hvis du har astma, så tal med din læge før brug.'],
    ['fr', 'Si vous êtes asthmatique, demandez conseil à votre médecin avant utilisation.'],
    ['es', 'Si tiene asma, consulte a su médico antes de usar este producto.'],
    ['it', 'Se soffri di asma, consulta il tuo medico prima di usare il prodotto.'],
    ['pl', 'Jeśli masz astmę, skonsultuj się z lekarzem przed użyciem produktu.'],
    ['pt', 'Se tiver asma, consulte o seu médico antes de utilizar este produto.'],
  ])('%s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).not.toContain('health');
  });
});

describe('the twins of the tell-us request review19a found missed are health', () => {
  test.each<[Lang, string]>([
    ['en', 'Please make us aware of any medical conditions before the trip.'],
    ['en', 'We make a note of any allergies you mention when booking.'],
    ['de', 'Geben Sie uns Bescheid, falls Sie Allergien haben.'],
    ['de', 'Melden Sie uns bitte Allergien oder Unverträglichkeiten bei der Buchung.'],
    ['de', 'Bitte nennen Sie uns Allergien oder Unverträglichkeiten bei der Anmeldung.'],
    ['nl', 'Geef eventuele allergieën door bij de reservering.'],
    ['nb', 'Opplys om eventuelle allergier ved bestilling.'],
    ['sv', 'Säg till om du har några allergier.'],
    ['sv', 'Ge oss besked om allergier vid bokningen.'],
    ['da', 'Sig til, hvis du har allergier.'],
    ['fr', 'Prévenez-nous de toute allergie avant votre arrivée.'],
    ['fr', "Si votre enfant a des allergies, signalez-le-nous lors de l'inscription."],
    ['fr', 'Si vous avez des allergies, faites-le-nous savoir à la réservation.'],
    ['es', 'Si tiene asma o alguna alergia, indíquenoslo al hacer la reserva.'],
    ['es', 'Si su hijo tiene alguna alergia, comuníquenoslo antes del campamento.'],
    ['it', 'Avvisaci se hai allergie o intolleranze alimentari.'],
    ['it', "Se tuo figlio ha allergie alimentari, comunicacelo al momento dell'iscrizione."],
    ['it', 'Se soffri di allergie, segnalacelo nel modulo di prenotazione.'],
    ['pl', 'Prosimy poinformować nas o alergiach uczestnika.'],
    ['pt', 'Deixe-nos saber se tem alguma alergia.'],
  ])('%s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toContain('health');
  });
});
