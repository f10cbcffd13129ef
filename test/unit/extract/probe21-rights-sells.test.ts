import { describe, expect, it } from 'vitest';
import { misreading, type ProbeCase } from './probe-cases';

/**
 * "ask us to restrict how we use your data" (restriction), "cofnąć zgodę" (withdraw-consent) and contacts
 * sold ("Vendemos os contactos dos interessados"), with their twins and negatives in the other languages.
 * Cases are written as probe lines (tools/eval-probe.ts): `none`, or the fields a careful reader finds, `?value`
 * defensible either way.
 */
const CASES: readonly ProbeCase[] = [
  [
    'en',
    'rights=restriction',
    'You can ask us to restrict how we use your data while a complaint is examined.',
  ],
  ['en', 'rights=restriction', 'You may ask us to limit how we process your personal data.'],
  ['en', 'none', 'We restrict how our staff use customer data.'],
  ['en', 'rights=withdraw-consent', 'You can take back your consent at any time.'],
  ['de', 'rights=restriction', 'Sie können verlangen, dass wir die Nutzung Ihrer Daten einschränken.'],
  ['de', 'none', 'Wir schränken ein, welche Mitarbeiter Ihre Daten sehen.'],
  ['nl', 'rights=restriction', 'U kunt ons vragen te beperken hoe wij uw gegevens gebruiken.'],
  ['nl', 'rights=withdraw-consent', 'U kunt uw toestemming op elk moment intrekken.'],
  ['nb', 'rights=restriction', 'Du kan be oss begrense hvordan vi bruker opplysningene dine.'],
  ['nb', 'rights=withdraw-consent', 'Du kan når som helst trekke tilbake samtykket ditt.'],
  ['sv', 'rights=restriction', 'Du kan be oss begränsa hur vi använder dina uppgifter.'],
  ['sv', 'rights=withdraw-consent', 'Du kan när som helst ta tillbaka ditt samtycke.'],
  ['da', 'rights=restriction', 'Du kan bede os om at begrænse, hvordan vi bruger dine oplysninger.'],
  ['da', 'rights=withdraw-consent', 'Du kan til enhver tid trække dit samtykke tilbage.'],
  [
    'fr',
    'rights=restriction',
    'Vous pouvez nous demander de limiter la façon dont nous utilisons vos données.',
  ],
  ['fr', 'rights=withdraw-consent', 'Vous pouvez retirer votre consentement à tout moment.'],
  ['es', 'rights=restriction', 'Puedes pedirnos que limitemos cómo usamos tus datos.'],
  ['es', 'rights=withdraw-consent', 'Puedes retirar tu consentimiento en cualquier momento.'],
  ['it', 'rights=restriction', 'Puoi chiederci di limitare il modo in cui usiamo i tuoi dati.'],
  ['it', 'rights=withdraw-consent', 'Puoi revocare il tuo consenso in qualsiasi momento.'],
  [
    'pl',
    'rights=restriction',
    'Możesz poprosić nas o ograniczenie sposobu, w jaki wykorzystujemy Twoje dane.',
  ],
  ['pl', 'rights=withdraw-consent', 'Możesz w każdej chwili cofnąć zgodę na przetwarzanie danych.'],
  ['pl', 'rights=withdraw-consent', 'Zgodę możesz cofnąć w każdej chwili.'],
  ['pl', 'none', 'Nie możemy cofnąć wysłanej już przesyłki.'],
  ['pt', 'rights=restriction', 'Pode pedir-nos que limitemos a forma como utilizamos os seus dados.'],
  ['pt', 'rights=withdraw-consent', 'Pode retirar o seu consentimento a qualquer momento.'],
  [
    'pt',
    'sells=true;recipients=?business-partners;dataTypes=?name,?email,?phone',
    'Vendemos os contactos dos interessados a empresas de seguros, se tiver dado o seu consentimento.',
  ],
  ['pt', 'none', 'Vendemos casas e apartamentos em todo o país.'],
  ['pt', 'sells=false', 'Não vendemos os seus contactos a terceiros.'],
  [
    'es',
    'sells=true;recipients=?business-partners',
    'Vendemos los contactos de los interesados a empresas de seguros si das tu consentimiento.',
  ],
  [
    'fr',
    'sells=true;recipients=?business-partners',
    'Nous vendons les coordonnées des personnes intéressées à des sociétés de crédit, avec votre accord.',
  ],
  [
    'it',
    'sells=true;recipients=?business-partners',
    'Vendiamo i contatti degli interessati a società di mutui, se hai dato il consenso.',
  ],
  [
    'de',
    'sells=true;recipients=?business-partners',
    'Wir verkaufen die Kontaktdaten von Interessenten an Kreditvermittler, wenn Sie eingewilligt haben.',
  ],
  [
    'en',
    'sells=true;recipients=?business-partners',
    'We sell the contact details of interested parties to mortgage brokers if you agree.',
  ],
];

describe('Rights and sales probe21 showed missed (session 21, fixq21c)', () => {
  it.each(CASES)('%s: %s | %s', (...c) => {
    expect(misreading(c)).toBe('');
  });
});
