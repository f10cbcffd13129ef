import { describe, expect, it } from 'vitest';
import { misreading, type ProbeCase } from './probe-cases';

/**
 * Recipients said in words the extractor missed, in all eleven languages where the words exist: a network named
 * by its pixel ("das Pixel von Meta", "Facebook-pikselen") or at the end of a list of "with" leads; the restaurant
 * or estate agency the reader deals with, as the subject receiving data or by its firm's name; employers passed
 * a CV; "visible to the driver and the other passengers"; the new owner of a business sold; "cederse a los
 * juzgados"; "our partner X" (its name). With negatives sharing the words (negations, goods, other topics).
 * Cases are written as probe lines (tools/eval-probe.ts): `none`, or the fields a careful reader finds, `?value`
 * defensible either way.
 */
const CASES: readonly ProbeCase[] = [
  [
    'en',
    'recipients=advertisers,analytics,social-networks;named=Google Analytics,Meta,?Facebook;dataTypes=?device-info',
    'With your consent we share identifiers with ad networks, with Google Analytics, and with Meta to show you ads on Facebook.',
  ],
  ['en', 'none', 'We do not use the Facebook pixel.'],
  ['en', 'none', 'Follow us on Facebook and Instagram.'],
  ['en', 'none', 'You can send us a message on Facebook, on Instagram or by e-mail.'],
  [
    'de',
    'recipients=social-networks,?advertisers;named=Meta',
    'Wir binden das Pixel von Meta ein, um unsere Werbung zu messen.',
  ],
  ['de', 'none', 'Wir verwenden kein Facebook-Pixel.'],
  ['nl', 'none', 'Wij gebruiken geen Meta-pixel.'],
  [
    'nb',
    'recipients=social-networks,?advertisers;named=Facebook',
    'Vi bruker Facebook-pikselen for å måle annonsene våre.',
  ],
  ['nb', 'none', 'Vi bruker ikke Facebook-pikselen.'],
  [
    'sv',
    'recipients=social-networks,?advertisers;named=Meta',
    'Vi använder Meta-pixeln för att mäta våra annonser.',
  ],
  [
    'da',
    'recipients=social-networks,?advertisers;named=Meta',
    'Vi bruger Meta-pixlen til at måle vores annoncer.',
  ],
  ['fr', 'none', "Nous n'utilisons pas le pixel de Meta."],
  [
    'pl',
    'recipients=social-networks,?advertisers;named=Meta',
    'Korzystamy z piksela Meta, aby mierzyć skuteczność reklam.',
  ],
  ['pt', 'none', 'Não utilizamos o pixel da Meta.'],
  [
    'en',
    'recipients=business-partners;dataTypes=?name,?postal-address',
    'The restaurant you order from receives your name and delivery address.',
  ],
  [
    'en',
    'recipients=business-partners;dataTypes=?name,?email,?phone',
    'When you ask about a flat, we send your contact details to the estate agency in charge.',
  ],
  [
    'en',
    'recipients=business-partners;dataTypes=?professional',
    'We pass your CV to employers who are our clients, only with your consent.',
  ],
  ['en', 'none', 'The restaurant is open every day from noon.'],
  [
    'en',
    'recipients=authorities',
    'Your data may be disclosed to the police, the courts and the tax authority where the law requires it.',
  ],
  [
    'en',
    'recipients=other-users;dataTypes=?name,?user-content',
    'Your first name and profile photo are visible to the driver and to the other passengers.',
  ],
  [
    'en',
    'recipients=affiliates,acquirers',
    'We may share data within our group, and if the business is sold, customer data may be transferred to the new owner.',
  ],
  [
    'de',
    'recipients=business-partners;dataTypes=?name,?postal-address',
    'Das Restaurant, bei dem Sie bestellen, erhält Ihren Namen und Ihre Lieferadresse.',
  ],
  [
    'de',
    'recipients=business-partners;dataTypes=?name,?email,?phone',
    'Wenn Sie sich für eine Wohnung interessieren, senden wir Ihre Kontaktdaten an die zuständige Immobilienagentur.',
  ],
  [
    'de',
    'recipients=business-partners;dataTypes=?professional',
    'Ihren Lebenslauf geben wir nur mit Ihrer Einwilligung an Arbeitgeber weiter, die unsere Kunden sind.',
  ],
  ['de', 'none', 'Das Restaurant ist täglich ab 12 Uhr geöffnet.'],
  [
    'de',
    'recipients=authorities',
    'Ihre Daten können an die Polizei, die Gerichte und das Finanzamt übermittelt werden, wenn eine gesetzliche Pflicht besteht.',
  ],
  [
    'de',
    'recipients=other-users;dataTypes=?name,?user-content',
    'Ihr Vorname und Ihr Profilbild sind für den Fahrer und die anderen Mitfahrer sichtbar.',
  ],
  [
    'nl',
    'recipients=business-partners;dataTypes=?name,?postal-address',
    'Het restaurant waar u bestelt, ontvangt uw naam en bezorgadres.',
  ],
  [
    'nl',
    'recipients=business-partners;dataTypes=?name,?email,?phone',
    'Als u interesse toont in een woning, sturen wij uw contactgegevens naar de verantwoordelijke makelaar.',
  ],
  [
    'nl',
    'recipients=business-partners;dataTypes=?professional',
    'Wij sturen uw cv alleen met uw toestemming door naar werkgevers die onze klanten zijn.',
  ],
  ['nl', 'none', 'Het restaurant is elke dag open vanaf 12 uur.'],
  [
    'nl',
    'recipients=authorities',
    'Uw gegevens kunnen worden verstrekt aan de politie, de rechtbanken en de Belastingdienst als de wet dat vereist.',
  ],
  [
    'nl',
    'recipients=other-users;dataTypes=?name,?user-content',
    'Uw voornaam en profielfoto zijn zichtbaar voor de chauffeur en de andere passagiers.',
  ],
  [
    'nb',
    'recipients=business-partners;dataTypes=?name,?postal-address',
    'Restauranten du bestiller fra, mottar navnet ditt og leveringsadressen.',
  ],
  [
    'nb',
    'recipients=business-partners;dataTypes=?name,?email,?phone',
    'Når du viser interesse for en bolig, sender vi kontaktopplysningene dine til det ansvarlige meglerforetaket.',
  ],
  [
    'nb',
    'recipients=business-partners;dataTypes=?professional',
    'Vi sender CV-en din til arbeidsgivere som er våre kunder, bare med ditt samtykke.',
  ],
  ['nb', 'none', 'Restauranten er åpen hver dag fra klokken 12.'],
  [
    'nb',
    'recipients=authorities',
    'Opplysningene dine kan utleveres til politiet, domstolene og Skatteetaten når loven krever det.',
  ],
  [
    'nb',
    'recipients=other-users;dataTypes=?name,?user-content',
    'Fornavnet og profilbildet ditt er synlige for sjåføren og de andre passasjerene.',
  ],
  [
    'nb',
    'recipients=affiliates,acquirers',
    'Vi kan dele opplysninger i konsernet, og hvis virksomheten selges, kan kundeopplysningene overføres til den nye eieren.',
  ],
  [
    'sv',
    'recipients=business-partners;dataTypes=?name,?postal-address',
    'Restaurangen du beställer från får ditt namn och din leveransadress.',
  ],
  [
    'sv',
    'recipients=business-partners;dataTypes=?name,?email,?phone',
    'När du visar intresse för en lägenhet skickar vi dina kontaktuppgifter till den ansvariga mäklaren.',
  ],
  [
    'sv',
    'recipients=business-partners;dataTypes=?professional',
    'Vi skickar ditt cv till arbetsgivare som är våra kunder, endast med ditt samtycke.',
  ],
  ['sv', 'none', 'Restaurangen har öppet varje dag från klockan 12.'],
  [
    'sv',
    'recipients=authorities',
    'Dina uppgifter kan lämnas ut till polisen, domstolarna och Skatteverket när lagen kräver det.',
  ],
  [
    'sv',
    'recipients=other-users;dataTypes=?name,?user-content',
    'Ditt förnamn och din profilbild är synliga för föraren och de andra passagerarna.',
  ],
  [
    'sv',
    'recipients=affiliates,acquirers',
    'Vi kan dela uppgifter inom koncernen, och om verksamheten säljs kan kunduppgifterna överföras till den nya ägaren.',
  ],
  [
    'da',
    'recipients=business-partners;dataTypes=?name,?postal-address',
    'Restauranten, du bestiller fra, modtager dit navn og din leveringsadresse.',
  ],
  [
    'da',
    'recipients=business-partners;dataTypes=?name,?email,?phone',
    'Når du viser interesse for en bolig, sender vi dine kontaktoplysninger til den ansvarlige ejendomsmægler.',
  ],
  [
    'da',
    'recipients=business-partners;dataTypes=?professional',
    'Vi sender dit CV til arbejdsgivere, der er vores kunder, kun med dit samtykke.',
  ],
  ['da', 'none', 'Restauranten har åbent hver dag fra klokken 12.'],
  [
    'da',
    'recipients=authorities',
    'Dine oplysninger kan videregives til politiet, domstolene og Skattestyrelsen, når loven kræver det.',
  ],
  [
    'da',
    'recipients=other-users;dataTypes=?name,?user-content',
    'Dit fornavn og dit profilbillede er synlige for chaufføren og de andre passagerer.',
  ],
  [
    'da',
    'recipients=affiliates,acquirers',
    'Vi kan dele oplysninger i koncernen, og hvis virksomheden sælges, kan kundeoplysningerne overføres til den nye ejer.',
  ],
  [
    'fr',
    'recipients=business-partners;dataTypes=?name,?postal-address',
    'Le restaurant auprès duquel vous commandez reçoit votre nom et votre adresse de livraison.',
  ],
  [
    'fr',
    'recipients=business-partners;dataTypes=?name,?email,?phone',
    "Lorsque vous demandez une visite, nous envoyons vos coordonnées à l'agence immobilière partenaire.",
  ],
  [
    'fr',
    'recipients=business-partners;dataTypes=?professional',
    'Nous transmettons votre CV aux employeurs qui sont nos clients, uniquement avec votre accord.',
  ],
  ['fr', 'none', 'Le restaurant est ouvert tous les jours à partir de midi.'],
  [
    'fr',
    'recipients=authorities',
    "Vos données peuvent être communiquées à la police, aux tribunaux et à l'administration fiscale lorsque la loi l'exige.",
  ],
  [
    'fr',
    'recipients=other-users;dataTypes=?name,?user-content',
    'Votre prénom et votre photo de profil sont visibles par le conducteur et par les autres passagers.',
  ],
  [
    'fr',
    'recipients=affiliates,acquirers',
    "Nous pouvons partager des données au sein de notre groupe et, si l'entreprise est vendue, les données clients peuvent être transférées au nouveau propriétaire.",
  ],
  [
    'es',
    'recipients=business-partners;dataTypes=?name,?postal-address',
    'El restaurante al que pides recibe tu nombre y tu dirección de entrega.',
  ],
  [
    'es',
    'recipients=business-partners;dataTypes=?name,?email,?phone',
    'Cuando solicitas una visita, enviamos tus datos de contacto a la inmobiliaria colaboradora.',
  ],
  ['es', 'none', 'El restaurante abre todos los días a partir de las 12.'],
  [
    'es',
    'recipients=authorities',
    'Tus datos podrán comunicarse a la policía, a los tribunales y a la Agencia Tributaria cuando lo exija la ley.',
  ],
  [
    'es',
    'recipients=other-users;dataTypes=?name,?user-content',
    'Tu nombre y tu foto de perfil son visibles para el conductor y para los otros pasajeros.',
  ],
  [
    'es',
    'recipients=affiliates,acquirers',
    'Podemos compartir datos dentro de nuestro grupo y, si la empresa se vende, los datos de clientes pueden transferirse al nuevo propietario.',
  ],
  [
    'it',
    'recipients=business-partners;dataTypes=?name,?postal-address',
    'Il ristorante presso cui ordini riceve il tuo nome e il tuo indirizzo di consegna.',
  ],
  [
    'it',
    'recipients=business-partners;dataTypes=?name,?email,?phone',
    "Quando chiedi una visita, inviamo i tuoi recapiti all'agenzia immobiliare partner.",
  ],
  [
    'it',
    'recipients=business-partners;dataTypes=?professional',
    'Trasmettiamo il tuo CV ai datori di lavoro che sono nostri clienti, solo con il tuo consenso.',
  ],
  ['it', 'none', 'Il ristorante è aperto tutti i giorni da mezzogiorno.'],
  [
    'it',
    'recipients=authorities',
    "I tuoi dati possono essere comunicati alla polizia, ai tribunali e all'Agenzia delle Entrate quando la legge lo richiede.",
  ],
  [
    'it',
    'recipients=other-users;dataTypes=?name,?user-content',
    'Il tuo nome e la tua foto profilo sono visibili al conducente e agli altri passeggeri.',
  ],
  [
    'it',
    'recipients=affiliates,acquirers',
    "Possiamo condividere i dati all'interno del nostro gruppo e, se l'azienda viene venduta, i dati dei clienti possono essere trasferiti al nuovo proprietario.",
  ],
  [
    'pl',
    'recipients=business-partners;dataTypes=?name,?email,?phone',
    'Gdy prosisz o obejrzenie mieszkania, przesyłamy Twoje dane kontaktowe do odpowiedzialnej agencji nieruchomości.',
  ],
  [
    'pl',
    'recipients=business-partners;dataTypes=?professional',
    'Przekazujemy Twoje CV pracodawcom, którzy są naszymi klientami, wyłącznie za Twoją zgodą.',
  ],
  ['pl', 'none', 'Restauracja jest czynna codziennie od południa.'],
  [
    'pl',
    'recipients=authorities',
    'Twoje dane mogą zostać przekazane policji, sądom i urzędowi skarbowemu, gdy wymaga tego prawo.',
  ],
  [
    'pl',
    'recipients=other-users;dataTypes=?name,?user-content',
    'Twoje imię i zdjęcie profilowe są widoczne dla kierowcy i pozostałych pasażerów.',
  ],
  [
    'pt',
    'recipients=business-partners;dataTypes=?name,?postal-address',
    'O restaurante onde faz a encomenda recebe o seu nome e a sua morada de entrega.',
  ],
  [
    'pt',
    'recipients=business-partners;dataTypes=?name,?email,?phone',
    'Quando pede uma visita, enviamos os seus contactos à imobiliária responsável pelo anúncio.',
  ],
  [
    'pt',
    'recipients=business-partners;dataTypes=?professional',
    'Enviamos o seu CV às empresas recrutadoras que são nossas clientes, apenas com o seu consentimento.',
  ],
  ['pt', 'none', 'O restaurante está aberto todos os dias a partir do meio-dia.'],
  [
    'pt',
    'recipients=authorities',
    'Os seus dados podem ser comunicados à polícia, aos tribunais e à Autoridade Tributária quando a lei o exigir.',
  ],
  [
    'pt',
    'recipients=other-users;dataTypes=?name,?user-content',
    'O seu nome e a sua fotografia de perfil são visíveis para o motorista e para os outros passageiros.',
  ],
  [
    'pt',
    'recipients=affiliates,acquirers',
    'Podemos partilhar dados dentro do nosso grupo e, se a empresa for vendida, os dados dos clientes podem ser transferidos para o novo proprietário.',
  ],
  ['es', 'none', 'Si vendes tu coche a través de la app, el nuevo propietario recibirá las llaves.'],
  ['pt', 'none', 'Se o imóvel for vendido, o novo proprietário recebe as chaves no notário.'],
  ['nb', 'none', 'Hvis bilen selges, får den nye eieren vognkortet.'],
  ['it', 'none', "Se l'auto viene venduta, il nuovo proprietario riceve il libretto."],
  ['pl', 'none', 'Jeśli samochód zostanie sprzedany, nowy właściciel otrzyma kluczyki.'],
  ['es', 'none', 'Si la empresa se vende, te avisaremos con antelación.'],
  ['en', 'none', 'Your photo is not visible to the driver and the other passengers.'],
  [
    'en',
    'dataTypes=?user-content;recipients=?other-users',
    'The map is visible to the host and other guests only if you want.',
  ],
  ['fr', 'none', "Votre numéro n'est pas visible par le conducteur et les autres passagers."],
  ['es', 'none', 'Tu teléfono no es visible para el conductor ni para los demás pasajeros.'],
  ['de', 'none', 'Ihre Telefonnummer ist weder für den Fahrer noch für die anderen Mitfahrer sichtbar.'],
  ['en', 'none', 'If your employer gave you access to the app, contact them first.'],
  ['en', 'dataTypes=?professional', 'Employers can post vacancies on our platform.'],
  ['fr', 'none', 'Les employeurs peuvent publier des offres sur notre plateforme.'],
  ['pl', 'none', 'Pracodawcy mogą publikować oferty pracy na naszej platformie.'],
  ['de', 'none', 'Viele Maklerbüros nutzen unsere Software für ihre eigenen Kunden.'],
  ['sv', 'none', 'Mäklarfirman ansvarar själv för sina egna annonser.'],
  ['nb', 'none', 'Hvis du er et meglerforetak, gjelder egne vilkår.'],
  ['pt', 'none', 'A agência imobiliária é responsável pelo conteúdo do anúncio.'],
  [
    'en',
    'recipients=business-partners;dataTypes=?name',
    'We send your name to our partner, who will contact you.',
  ],
  [
    'nb',
    'recipients=business-partners;named=Fjordforsikring;dataTypes=?name',
    'Vi sender navnet ditt til vår samarbeidspartner Fjordforsikring.',
  ],
  [
    'sv',
    'recipients=business-partners;named=Fjordskydd;dataTypes=?name',
    'Vi skickar ditt namn till vår samarbetspartner Fjordskydd.',
  ],
  [
    'da',
    'recipients=business-partners;named=Fjordsikring;dataTypes=?name',
    'Vi sender dit navn til vores samarbejdspartner Fjordsikring.',
  ],
  [
    'fr',
    'recipients=business-partners;named=Fjordassur;dataTypes=?name',
    'Nous transmettons votre nom à notre partenaire Fjordassur.',
  ],
  [
    'pt',
    'recipients=business-partners;named=Fjordseguros;dataTypes=?name',
    'Enviamos o seu nome ao nosso parceiro Fjordseguros.',
  ],
  [
    'fr',
    'recipients=business-partners;dataTypes=?name',
    'Nous transmettons votre nom à notre partenaire Pour toute question, écrivez-nous.',
  ],
  [
    'es',
    'recipients=authorities',
    'Tus datos podrán cederse a las Fuerzas y Cuerpos de Seguridad cuando exista una obligación legal.',
  ],
  [
    'es',
    'recipients=authorities',
    'Tus datos podrán cederse a los juzgados cuando exista una obligación legal.',
  ],
  [
    'es',
    'recipients=authorities',
    'Tus datos podrán comunicarse a los juzgados y tribunales cuando exista una obligación legal.',
  ],
  ['es', 'recipients=authorities', 'Podemos ceder tus datos a la Agencia Tributaria.'],
  ['es', 'none', 'No vamos a cederlos a terceros.'],
  ['es', 'none', 'Tus datos no podrán cederse a terceros sin tu consentimiento.'],
  [
    'en',
    'recipients=business-partners;dataTypes=?professional',
    'We pass your CV to employers who are our clients, only with your consent.',
  ],
  ['en', 'none', 'If your employer gave you access to the app, contact them first.'],
  ['en', 'dataTypes=?professional', 'We send your CV to potential employers that match your profile.'],
  [
    'pl',
    'recipients=business-partners;dataTypes=?professional',
    'Przekazujemy Twoje CV pracodawcom, którzy są naszymi klientami, wyłącznie za Twoją zgodą.',
  ],
  ['pl', 'dataTypes=?professional', 'Przekazujemy Twoje CV potencjalnym pracodawcom.'],
  [
    'de',
    'recipients=business-partners;dataTypes=?professional',
    'Ihren Lebenslauf geben wir nur mit Ihrer Einwilligung an Arbeitgeber weiter, die unsere Kunden sind.',
  ],
  [
    'es',
    'recipients=business-partners;dataTypes=?professional',
    'Enviamos tu CV a las empresas que son nuestras clientes, solo con tu consentimiento.',
  ],
];

describe('Recipients probe21 showed missed (session 21, fixq21c)', () => {
  it.each(CASES)('%s: %s | %s', (...c) => {
    expect(misreading(c)).toBe('');
  });
});
