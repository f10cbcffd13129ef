import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { segmentDocument } from '../../../src/core/page/from-document';
import { segmentText } from '../../../src/core/page/from-text';
import { readsAsText } from '../../../src/core/page/heading-text';

describe('readsAsText: heading-shaped lines a reader reads on from', () => {
  test.each([
    // A list's intro: a clause (subject pronoun first, or a finite verb) ending in a colon.
    'Du har rätt att:',
    'Du kan:',
    'We collect:',
    'You have the right to:',
    'Users can:',
    'Vi samler inn:',
    'Du har ret til at:',
    'Wir erheben:',
    'Sie haben das Recht:',
    'U heeft het recht om:',
    'Nous collectons :',
    'Vous pouvez :',
    'Tiene derecho a:',
    'Recopilamos:',
    'Hai il diritto di:',
    'Raccogliamo:',
    'Masz prawo do:',
    'Zbieramy:',
    'Você tem o direito de:',
    'Coletamos:',
    // Typed without accents.
    'Voce decide:',
    'Mozesz:',
    'Nutzer konnen:',
    // A label with content: an e-mail address, a phone number, a web address, a sentence.
    'Email: captaincrozzers@gmail.com',
    'E-post: info@example.se',
    'Telefon: +46 8 123 45 67',
    'Helpline number: 0303 123 1113',
    'Website: https://www.ico.org.uk/make-a-complaint',
    'Se vejledning her: minecookies.org/cookiehandtering',
    'Note: we never sell your data.',
    'Contact us at privacy@example.com',
  ])('%s', (line) => expect(readsAsText(line)).toBe(true));

  test.each([
    // Names of a section, with or without a colon.
    'Cookies:',
    'Kontakt:',
    'Datasäkerhet:',
    'Your rights:',
    'Ihre Rechte:',
    'Vos droits :',
    'Nos partenaires :',
    'Cuales son sus derechos:',
    'Derechos del usuario:',
    'Dane zbierane automatycznie:',
    'Data we collect:',
    'Uppgifter vi samlar in:',
    'Gegevens die we verzamelen:',
    'Externe productaanbieders met wie we samenwerken:',
    // Numbered titles and question-shaped titles stay headings, verb or not.
    '1. Who we are:',
    'IV. Rights:',
    'A. Dane identyfikacyjne i kontaktowe:',
    'What we collect:',
    'Hvad vi indsamler:',
    'Vilka uppgifter samlar vi in:',
    'Quelles données nous collectons :',
    'Qué datos recopilamos:',
    'Jakie dane zbieramy:',
    'Quali dati raccogliamo:',
    // A subtitle or a date after the colon.
    'Chapter 3: Your rights',
    'Cookies: what they are',
    'Step 1: Make a list of the data you actually collect',
    'Last updated: 19.02.2021',
    'Sist revidert: 2021-02-19',
    'Le Règlement Général sur la Protection des Données: Notre plan de bataille.',
    'Vazamento de dados: você tem direito a indenização?',
  ])('%s stays a heading', (line) => expect(readsAsText(line)).toBe(false));
});

function page(html: string): Document {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}

describe('segmenting: an intro set as a heading introduces its list', () => {
  test('HTML: <h3>Du har rätt att:</h3> is a paragraph, its list under the section heading', () => {
    const { segments } = segmentDocument(
      page(`<h2>7. Dina rättigheter</h2><h3>Du har rätt att:</h3><ul><li>Begära radering</li></ul>
        <h3>Datasäkerhet:</h3><ul><li>SSL-kryptering</li></ul>`),
    );
    expect(segments.map((s) => [s.kind, s.text, s.heading])).toEqual([
      ['heading', '7. Dina rättigheter', ''],
      ['paragraph', 'Du har rätt att:', '7. Dina rättigheter'],
      ['list-item', 'Begära radering', '7. Dina rättigheter'],
      ['heading', 'Datasäkerhet:', '7. Dina rättigheter'],
      ['list-item', 'SSL-kryptering', 'Datasäkerhet:'],
    ]);
  });

  test('Markdown: a line "Email: ..." under a heading is a paragraph of its section', () => {
    const { segments } = segmentText(
      '## Contact details\n\nEmail: [captaincrozzers@gmail.com](mailto:captaincrozzers@gmail.com)\n\n## Cookies:\n\nWe use none.',
      'md',
    );
    expect(segments.map((s) => [s.kind, s.text, s.heading])).toEqual([
      ['heading', 'Contact details', ''],
      ['paragraph', 'Email: captaincrozzers@gmail.com', 'Contact details'],
      ['heading', 'Cookies:', ''],
      ['paragraph', 'We use none.', 'Cookies:'],
    ]);
  });

  test('plain text: a line "Telefon: ..." is a paragraph; "Kontakt" stays a heading', () => {
    const { segments } = segmentText('Kontakt\nTelefon: +46 8 123 45 67\nVi svarar inom en vecka.', 'txt');
    expect(segments.map((s) => s.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
  });
});
