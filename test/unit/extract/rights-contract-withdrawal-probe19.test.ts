/**
 * The consumer's right to cancel a contract or purchase is no withdrawal of consent (session 19, fixq19, from
 * probe19): de "Vertrag zu widerrufen", "Bestellung ... widerrufen" and nl "aankoop ... herroepen" read
 * withdraw-consent by the bare verbs. Masks: the verb with a contract, order, purchase or goods word (or "14 days")
 * in its clause and no consent or data word near. The other languages' withdrawal words (angrerett, ångerrätt,
 * fortrydelsesret, rétractation, desistimiento, recesso, odstąpienie, livre resolução) were never read as rights.
 * sv "dra tillbaka ditt samtycke" and nl "je mag" (a grant) now read.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

function rights(text: string, lang: Lang): readonly string[] {
  return practicesOf([text], lang).rights.rights;
}

/** Withdrawal from a contract or purchase: no right over data. */
const CONTRACT: readonly [Lang, string][] = [
  ['en', 'You have the right to cancel your contract within 14 days without giving any reason.'],
  ['en', 'You may withdraw from your purchase within fourteen days of receiving the goods.'],
  ['en', 'To exercise the right of withdrawal, send us the cancellation form within 14 days.'],
  ['de', 'Sie können Ihre Bestellung innerhalb von 14 Tagen widerrufen.'],
  ['de', 'Verbrauchern steht bei Fernabsatzverträgen ein gesetzliches Widerrufsrecht von 14 Tagen zu.'],
  ['de', 'Sie haben das Recht, den Kaufvertrag binnen vierzehn Tagen zu widerrufen.'],
  ['nl', 'U heeft het recht de overeenkomst binnen 14 dagen zonder opgave van redenen te ontbinden.'],
  ['nl', 'Je kunt je aankoop binnen 14 dagen herroepen.'],
  ['nl', 'Als consument heeft u een herroepingsrecht van 14 dagen.'],
  ['nb', 'Du har 14 dagers angrerett når du kjøper varer i nettbutikken.'],
  ['nb', 'Du kan benytte angreretten ved å sende oss skjemaet innen 14 dager.'],
  ['nb', 'Du kan gå fra kjøpet innen 14 dager uten å oppgi grunn.'],
  ['sv', 'Du har 14 dagars ångerrätt när du handlar i vår webbutik.'],
  ['sv', 'Du kan ångra ditt köp inom 14 dagar.'],
  ['sv', 'Du har rätt att frånträda avtalet inom 14 dagar utan att ange skäl.'],
  ['da', 'Du har 14 dages fortrydelsesret ved køb i vores webshop.'],
  ['da', 'Du kan fortryde dit køb inden for 14 dage.'],
  ['da', 'Du har ret til at træde tilbage fra aftalen inden for 14 dage.'],
  ['fr', "Vous disposez d'un droit de rétractation de 14 jours à compter de la réception de votre commande."],
  ['fr', 'Vous pouvez vous rétracter de votre achat dans un délai de quatorze jours.'],
  ['fr', 'Vous avez le droit de vous rétracter du présent contrat sans donner de motif.'],
  ['es', 'Dispones de un derecho de desistimiento de 14 días naturales desde la entrega del pedido.'],
  ['es', 'Puede desistir del contrato en un plazo de 14 días sin indicar el motivo.'],
  ['es', 'Tienes derecho a desistir de la compra en un plazo de catorce días.'],
  ['it', 'Hai diritto di recedere dal contratto entro 14 giorni senza indicarne le ragioni.'],
  ['it', 'Il consumatore può esercitare il diritto di recesso entro quattordici giorni dalla consegna.'],
  ['it', "Puoi recedere dall'acquisto entro 14 giorni."],
  ['pl', 'Masz prawo odstąpić od umowy w terminie 14 dni bez podania przyczyny.'],
  ['pl', 'Konsument może skorzystać z prawa odstąpienia od umowy zawartej na odległość.'],
  ['pl', 'Możesz odstąpić od zakupu w ciągu 14 dni.'],
  ['pt', 'Tem o direito de livre resolução do contrato no prazo de 14 dias.'],
  ['pt', 'Pode desistir da compra no prazo de 14 dias após a entrega.'],
  ['pt', 'O consumidor tem direito de resolver o contrato sem indicar o motivo.'],
];

/** Consent withdrawn: still the right. */
const CONSENT: readonly [Lang, string][] = [
  ['en', 'You can withdraw your consent at any time.'],
  ['en', 'Where we rely on your consent, you may revoke it at any time.'],
  ['de', 'Sie können Ihre Einwilligung jederzeit widerrufen.'],
  ['de', 'Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen.'],
  ['nl', 'U kunt uw toestemming op elk moment intrekken.'],
  ['nl', 'Je mag je toestemming altijd weer intrekken.'],
  ['nb', 'Du kan når som helst trekke tilbake samtykket ditt.'],
  ['nb', 'Du har rett til å trekke samtykket tilbake.'],
  ['sv', 'Du kan när som helst återkalla ditt samtycke.'],
  ['sv', 'Du har rätt att dra tillbaka ditt samtycke.'],
  ['da', 'Du kan til enhver tid trække dit samtykke tilbage.'],
  ['da', 'Du har ret til at tilbagekalde dit samtykke.'],
  ['fr', 'Vous pouvez retirer votre consentement à tout moment.'],
  ['fr', 'Vous avez le droit de retirer votre consentement.'],
  ['es', 'Puede retirar su consentimiento en cualquier momento.'],
  ['es', 'Tienes derecho a revocar tu consentimiento.'],
  ['it', 'Puoi revocare il tuo consenso in qualsiasi momento.'],
  ['it', 'Hai il diritto di revocare il consenso.'],
  ['pl', 'Możesz w każdej chwili wycofać swoją zgodę.'],
  ['pl', 'Masz prawo do cofnięcia zgody w dowolnym momencie.'],
  ['pt', 'Pode retirar o seu consentimento a qualquer momento.'],
  ['pt', 'Tem o direito de retirar o consentimento.'],
];

/** A contract withdrawal beside a consent withdrawal: the consent keeps the right. */
const BOTH: readonly [Lang, string][] = [
  [
    'de',
    'Ihre Einwilligung können Sie jederzeit widerrufen; den Kaufvertrag können Sie binnen 14 Tagen widerrufen.',
  ],
  ['nl', 'U kunt uw toestemming altijd intrekken; uw aankoop kunt u binnen 14 dagen herroepen.'],
];

describe('rights: withdrawing from a contract is no withdrawal of consent (probe19)', () => {
  it.each(CONTRACT)('[%s] none: %s', (lang, text) => {
    expect(rights(text, lang)).not.toContain('withdraw-consent');
  });
  it.each([...CONSENT, ...BOTH])('[%s] withdraw-consent: %s', (lang, text) => {
    expect(rights(text, lang)).toContain('withdraw-consent');
  });
});
