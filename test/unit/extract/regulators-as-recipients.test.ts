/**
 * The data protection authority ("supervisory authority", "Aufsichtsbehörde", "Datatilsynet", "CNIL") is a
 * recipient where data is disclosed to it: "Wir geben Daten an Aufsichtsbehörden weiter" shares with
 * authorities. Its name was masked in every language so that the complaint venue read as no recipient; the
 * mask hid the disclosures too. Named as where the reader may complain, as the body that supervises the
 * operator, in a contact block, or as where a breach is notified, it still is none: the name counts only
 * where a verb of passing data on governs it, in its own clause.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { type Block, practicesOf } from './helpers';

const recipientsOf = (block: Block, lang: Lang) => practicesOf([block], lang).sharing.recipients;

describe('the data protection authority data is disclosed to is a recipient', () => {
  test.each<[Lang, string]>([
    ['en', "We may disclose your information to the Information Commissioner's Office."],
    ['en', 'We may disclose your information to data protection authorities.'],
    ['de', 'Wir geben Daten an Aufsichtsbehörden weiter.'],
    ['de', 'Wir geben Daten an Aufsichtsbehörden, Gerichte und die Polizei weiter.'],
    [
      'de',
      'Wir übermitteln Ihre Daten an die zuständige Datenschutzbehörde, soweit wir dazu verpflichtet sind.',
    ],
    ['nl', 'Wij delen uw gegevens met de Autoriteit Persoonsgegevens als de wet dat vereist.'],
    ['nl', 'Wij kunnen uw gegevens verstrekken aan de toezichthoudende autoriteit.'],
    ['nb', 'Vi kan utlevere opplysninger til Datatilsynet.'],
    ['sv', 'Vi kan lämna ut uppgifter till Integritetsskyddsmyndigheten.'],
    ['da', 'Vi kan videregive oplysninger til Datatilsynet.'],
    ['fr', "Nous pouvons communiquer vos données à l'autorité de contrôle."],
    ['fr', 'Nous pouvons communiquer vos données à la CNIL.'],
    ['es', 'Podemos comunicar sus datos a la autoridad de control.'],
    ['es', 'Podemos comunicar sus datos a la Agencia Española de Protección de Datos.'],
    ['it', "Possiamo comunicare i dati all'autorità di controllo."],
    ['it', 'Possiamo comunicare i dati al Garante per la protezione dei dati personali.'],
    ['pl', 'Możemy przekazać dane organom nadzorczym.'],
    ['pl', 'Możemy przekazać dane Prezesowi UODO.'],
    ['pl', 'Dane mogą być udostępniane Prezesowi UODO na jego żądanie.'],
    ['pl', 'Dane mogą być przekazywane do Prezesa UODO.'],
    ['pt', 'Podemos partilhar os seus dados com a autoridade de controlo.'],
    ['pt', 'Podemos compartilhar seus dados com a ANPD.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });

  test('in a list whose intro passes data on', () => {
    const found = practicesOf(
      [
        'We may disclose your personal data to:',
        { kind: 'list-item', text: 'supervisory authorities and data protection authorities.' },
      ],
      'en',
    ).sharing.recipients;
    expect(found).toContain('authorities');
  });
});

describe('the authority complained to, supervising or in a contact block is none', () => {
  test.each<[Lang, string]>([
    ['en', 'You have the right to lodge a complaint with a supervisory authority.'],
    ['en', "Our lead supervisory authority is the Information Commissioner's Office."],
    ['en', 'We share data with our service providers, and you can complain to the supervisory authority.'],
    ['en', 'In the event of a data breach, we will notify the supervisory authority within 72 hours.'],
    ['de', 'Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren.'],
    ['de', 'Die für uns zuständige Aufsichtsbehörde ist der Landesbeauftragte für Datenschutz.'],
    [
      'de',
      'Wir geben Ihre Daten an Dienstleister weiter und Sie können sich bei der Aufsichtsbehörde beschweren.',
    ],
    ['nl', 'U heeft het recht een klacht in te dienen bij de Autoriteit Persoonsgegevens.'],
    ['nl', 'Wij staan onder toezicht van de Autoriteit Persoonsgegevens.'],
    ['nb', 'Du har rett til å klage til Datatilsynet.'],
    ['nb', 'Datatilsynet, Postboks 458 Sentrum, 0105 Oslo.'],
    ['sv', 'Du har rätt att lämna klagomål till Integritetsskyddsmyndigheten.'],
    ['sv', 'Tillsynsmyndighet är Integritetsskyddsmyndigheten (IMY).'],
    ['da', 'Du har ret til at klage til Datatilsynet.'],
    ['da', 'Vi er underlagt tilsyn af Datatilsynet.'],
    ['fr', 'Vous pouvez introduire une réclamation auprès de la CNIL.'],
    ['fr', 'Notre autorité de contrôle chef de file est la CNIL.'],
    ['es', 'Puede presentar una reclamación ante la autoridad de control.'],
    ['es', 'La autoridad de control competente es la Agencia Española de Protección de Datos.'],
    ['it', 'Puoi proporre reclamo al Garante per la protezione dei dati personali.'],
    ['it', "L'autorità di controllo competente è il Garante per la protezione dei dati personali."],
    ['pl', 'Przysługuje Ci prawo wniesienia skargi do Prezesa UODO.'],
    ['pl', 'Organem nadzorczym jest Prezes Urzędu Ochrony Danych Osobowych.'],
    ['pl', 'Organem nadzorczym w Polsce jest Prezes UODO, który kontroluje przetwarzanie danych.'],
    ['pt', 'Tem o direito de apresentar reclamação à autoridade de controlo.'],
    ['pt', 'A autoridade de controlo competente é a CNPD.'],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('authorities');
  });

  test.each<[Lang, string]>([
    ['en', 'If you believe that we have shared your data unlawfully, you may contact the ICO.'],
    [
      'de',
      'Wenn Sie der Meinung sind, dass wir Ihre Daten unrechtmäßig weitergeben, können Sie sich an die Aufsichtsbehörde wenden.',
    ],
    [
      'nl',
      'Als u vindt dat wij uw gegevens onrechtmatig delen, kunt u contact opnemen met de Autoriteit Persoonsgegevens.',
    ],
    ['nb', 'Hvis du mener at vi deler opplysningene dine ulovlig, kan du kontakte Datatilsynet.'],
    [
      'sv',
      'Om du anser att vi lämnar ut dina uppgifter felaktigt kan du kontakta Integritetsskyddsmyndigheten.',
    ],
    ['da', 'Hvis du mener, at vi videregiver dine oplysninger ulovligt, kan du kontakte Datatilsynet.'],
    [
      'fr',
      'Si vous estimez que nous avons communiqué vos données de manière illicite, vous pouvez saisir la CNIL.',
    ],
    [
      'es',
      'Si considera que hemos comunicado sus datos indebidamente, puede dirigirse a la autoridad de control.',
    ],
    [
      'it',
      "Se ritieni che abbiamo comunicato i tuoi dati illecitamente, puoi rivolgerti all'autorità di controllo.",
    ],
    [
      'pl',
      'Jeśli uważasz, że przekazaliśmy Twoje dane niezgodnie z prawem, możesz zwrócić się do Prezesa UODO.',
    ],
    [
      'pt',
      'Se considerar que partilhámos os seus dados ilicitamente, pode contactar a autoridade de controlo.',
    ],
  ])('the reader turning to it, beside a verb of sharing (%s: %s)', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('authorities');
  });

  test.each<[Lang, string]>([
    [
      'en',
      'If we transfer data to a country for which the European Commission or the relevant supervisory authority has not issued an adequacy decision, we use standard clauses.',
    ],
    ['en', 'Our data protection officer works with the supervisory authorities on our data transfers.'],
    [
      'de',
      'Bei der Übermittlung gelten verbindliche Unternehmensregeln, die von den zuständigen Aufsichtsbehörden genehmigt sind.',
    ],
    ['de', 'Die für uns zuständige Aufsichtsbehörde ist die Berliner Beauftragte für Datenschutz.'],
    [
      'de',
      'Unser Datenschutzbeauftragter überwacht die Weitergabe von Daten und arbeitet mit den Aufsichtsbehörden zusammen.',
    ],
    ['nl', 'Wij werken samen met de Autoriteit Persoonsgegevens bij het delen van gegevens.'],
    ['sv', 'Vi samarbetar med Integritetsskyddsmyndigheten när vi lämnar ut uppgifter.'],
    ['fr', 'Nous coopérons avec la CNIL pour tout transfert de données.'],
    ['it', "Collaboriamo con l'autorità di controllo quando comunichiamo i dati."],
  ])('named beside a sharing cue, passed nothing (%s: %s)', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('authorities');
  });

  test('a list of rights under an intro that names the recipients of disclosures', () => {
    const found = practicesOf(
      [
        'You have the right to know to whom your data was disclosed, and the following rights:',
        { kind: 'list-item', text: 'the right to lodge a complaint with a supervisory authority.' },
      ],
      'en',
    ).sharing.recipients;
    expect(found).not.toContain('authorities');
  });

  test.each<[Lang, string]>([
    ['en', 'We do not share your data with supervisory authorities.'],
    ['de', 'Wir geben keine Daten an Aufsichtsbehörden weiter.'],
    ['fr', "Nous ne communiquons pas vos données à l'autorité de contrôle."],
  ])('a negated disclosure (%s: %s)', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('authorities');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['en', 'We disclose data to the police and to supervisory authorities.'],
    ['de', 'Wir geben Daten an Gerichte und die Polizei weiter.'],
    ['en', 'We may share your contact details with the supervisory authority.'],
    ['fr', "Nous transmettons vos données à l'autorité de contrôle et aux autorités judiciaires."],
  ])('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });
});
