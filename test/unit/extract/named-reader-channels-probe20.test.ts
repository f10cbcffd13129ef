/**
 * named: the reader's own channel, sign-in or account names no recipient (session 20, fixq20, family A).
 * Not yet read, left to the social-networks fix: 'If you link your account, we post your achievements to
 * Facebook' (a base miss) and de 'Sie können uns Ihre Fotos per WhatsApp schicken' (a base miss).
 * Sentences of our own in eleven languages: what must not be read (N) and what must stay read (P).
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

function read(text: string, lang: Lang): readonly string[] {
  return practicesOf([text], lang).sharing.named;
}

const NOT_READ: readonly [Lang, string, string][] = [
  ['en', 'WhatsApp', 'You can forward recipes to your friends via WhatsApp.'],
  ['en', 'Instagram', 'You can share your holiday photos with your friends on Instagram.'],
  [
    'en',
    'LinkedIn',
    'When you register through LinkedIn, we import the headline and photo of your LinkedIn profile.',
  ],
  [
    'en',
    'Facebook',
    'If you register with Facebook, we receive your name and the e-mail address of your Facebook account.',
  ],
  ['de', 'WhatsApp', 'Du kannst deine Einkaufsliste per WhatsApp an deine Familie schicken.'],
  ['de', 'Facebook', 'Sie können Artikel mit Ihren Freunden auf Facebook teilen.'],
  [
    'de',
    'LinkedIn',
    'Wenn Sie sich mit LinkedIn registrieren, übernehmen wir die Angaben aus Ihrem LinkedIn-Profil.',
  ],
  ['nl', 'WhatsApp', 'Je kunt recepten via WhatsApp doorsturen naar je vrienden.'],
  ['nl', 'Instagram', "U kunt uw vakantiefoto's met vrienden delen op Instagram."],
  ['nl', 'LinkedIn', 'Als je je aanmeldt met LinkedIn, nemen we de gegevens van je LinkedIn-profiel over.'],
  ['nb', 'WhatsApp', 'Du kan sende oppskrifter til vennene dine via WhatsApp.'],
  ['nb', 'Facebook', 'Du kan dele en artikkel med vennene dine på Facebook.'],
  [
    'nb',
    'LinkedIn',
    'Hvis du registrerer deg med LinkedIn, henter vi opplysningene fra LinkedIn-profilen din.',
  ],
  ['sv', 'WhatsApp', 'Du kan skicka recept till dina vänner via WhatsApp.'],
  ['sv', 'Instagram', 'Du kan dela dina semesterbilder med dina vänner på Instagram.'],
  ['sv', 'LinkedIn', 'Om du registrerar dig med LinkedIn hämtar vi uppgifterna från din LinkedIn-profil.'],
  ['da', 'Facebook', 'Du kan dele en opskrift med din familie på Facebook med ét klik.'],
  ['da', 'WhatsApp', 'Du kan sende opskrifter til din familie via WhatsApp.'],
  ['da', 'LinkedIn', 'Vi gemmer dine kontakter fra LinkedIn, når du opretter en profil.'],
  ['da', 'LinkedIn', 'Hvis du opretter dig med LinkedIn, henter vi oplysningerne fra din LinkedIn-profil.'],
  ['fr', 'WhatsApp', 'Vous pouvez transférer vos recettes à vos amis via WhatsApp.'],
  ['fr', 'Instagram', 'Vous pouvez partager vos photos de voyage avec vos amis sur Instagram.'],
  [
    'fr',
    'LinkedIn',
    'Si vous vous inscrivez avec LinkedIn, nous reprenons les informations de votre profil LinkedIn.',
  ],
  ['es', 'WhatsApp', 'Puedes reenviar la lista de la compra a tu familia por WhatsApp.'],
  ['es', 'Instagram', 'Puedes enviar tus fotos a tus amigos en Instagram.'],
  ['es', 'LinkedIn', 'Tratamos tu currículum y, si lo vinculas, tu perfil de LinkedIn.'],
  ['it', 'Instagram', 'Puoi pubblicare le tue ricette sul tuo profilo su Instagram se vuoi.'],
  ['it', 'WhatsApp', 'Puoi inoltrare la lista della spesa alla tua famiglia tramite WhatsApp.'],
  ['it', 'LinkedIn', 'Se ti registri con LinkedIn, acquisiamo i dati del tuo profilo LinkedIn.'],
  ['pl', 'WhatsApp', 'Możesz przesłać przepis znajomym przez WhatsApp.'],
  ['pl', 'Facebook', 'Możesz udostępnić artykuł swoim znajomym na Facebooku.'],
  ['pl', 'LinkedIn', 'Jeśli zarejestrujesz się przez LinkedIn, pobierzemy dane z Twojego profilu LinkedIn.'],
  ['pt', 'WhatsApp', 'Você pode enviar suas receitas favoritas para a família pelo WhatsApp.'],
  ['pt', 'Instagram', 'Pode partilhar as fotografias da viagem com os seus amigos no Instagram.'],
  ['pt', 'LinkedIn', 'Se se registar com o LinkedIn, recolhemos os dados do seu perfil do LinkedIn.'],
];

const READ: readonly [Lang, string, string][] = [
  ['en', 'Facebook', 'We share information about your purchases with Facebook for advertising.'],
  ['en', 'Google Analytics', 'Google Analytics receives your IP address and the pages you visit.'],
  ['de', 'Facebook', 'Wir übermitteln Informationen über Ihre Käufe an Facebook.'],
  ['de', 'Google Analytics', 'Google Analytics erhält Ihre IP-Adresse und die besuchten Seiten.'],
  ['nl', 'Facebook', 'Wij delen gegevens over uw aankopen met Facebook.'],
  ['nl', 'Google Analytics', "Google Analytics ontvangt uw IP-adres en de pagina's die u bezoekt."],
  ['nb', 'Facebook', 'Vi deler informasjon om kjøpene dine med Facebook.'],
  ['nb', 'Google Analytics', 'Google Analytics mottar IP-adressen din og sidene du besøker.'],
  ['sv', 'Facebook', 'Vi delar information om dina köp med Facebook.'],
  ['sv', 'Google Analytics', 'Google Analytics tar emot din IP-adress och de sidor du besöker.'],
  ['da', 'Facebook', 'Vi deler oplysninger om dine køb med Facebook.'],
  ['da', 'Google Analytics', 'Google Analytics modtager din IP-adresse og de sider, du besøger.'],
  ['fr', 'Facebook', 'Nous partageons des informations sur vos achats avec Facebook.'],
  ['fr', 'Google Analytics', 'Google Analytics reçoit votre adresse IP et les pages que vous consultez.'],
  ['es', 'Facebook', 'Compartimos información sobre tus compras con Facebook.'],
  ['es', 'Google Analytics', 'Google Analytics recibe tu dirección IP y las páginas que visitas.'],
  ['it', 'Facebook', 'Condividiamo informazioni sui tuoi acquisti con Facebook.'],
  ['it', 'Google Analytics', 'Google Analytics riceve il tuo indirizzo IP e le pagine che visiti.'],
  ['pl', 'Google Analytics', 'Google Analytics otrzymuje Twój adres IP i odwiedzane strony.'],
  ['pt', 'Facebook', 'Partilhamos informações sobre as suas compras com o Facebook.'],
  ['pt', 'Google Analytics', 'O Google Analytics recebe o seu endereço IP e as páginas que visita.'],
  ['en', 'WhatsApp', 'You can send us your photos via WhatsApp.'],
  ['nl', 'Facebook', 'Als je dat wilt, publiceren wij je resultaten op Facebook.'],
  ['sv', 'Facebook', 'Vi delar dina recensioner med Facebook om du väljer det.'],
  ['da', 'Facebook', 'Vi deler oplysninger om dine køb med Facebook, når du trykker på knappen.'],
  ['fr', 'WhatsApp', 'Vous pouvez nous envoyer vos photos via WhatsApp.'],
  ['es', 'WhatsApp', 'Puedes enviarnos tus fotos por WhatsApp.'],
  ['it', 'Facebook', 'Se lo desideri, pubblichiamo le tue recensioni sulla tua pagina Facebook.'],
  ['pl', 'Facebook', 'Udostępniamy informacje o Twoich zakupach firmie Facebook.'],
  ['pt', 'WhatsApp', 'Pode enviar-nos as suas fotografias pelo WhatsApp.'],
];

describe("named: the reader's own channel, sign-in or account names no recipient", () => {
  it.each(NOT_READ)('[%s] not %s: %s', (lang, value, text) => {
    expect(read(text, lang)).not.toContain(value);
  });
  it.each(READ)('[%s] %s: %s', (lang, value, text) => {
    expect(read(text, lang)).toContain(value);
  });
});
