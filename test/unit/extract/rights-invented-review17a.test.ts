/**
 * Rights fix17a invented (review17a findings 5 and 6, session 17 fixr17a): portability for files bought or
 * ordered and downloaded as a ZIP (the reader's own data only: "your data", "Ihre Daten", "vos données"), and
 * restriction for pausing an order's handling or a gift card's use (the processing must not be of an order, a
 * subscription, a card or an account). The right cases still read.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const NOT_PORTABILITY: readonly [Lang, string][] = [
  ['en', 'You can download the files you ordered as a ZIP archive.'],
  ['en', 'You can download the information sheets as a ZIP archive.'],
  ['de', 'Die gekauften Dateien können Sie als ZIP herunterladen.'],
  ['nl', 'Je kunt de gekochte bestanden in een zipbestand downloaden.'],
  ['fr', 'Vous pouvez télécharger les fichiers achetés dans une archive zip.'],
  ['es', 'Puede descargar los archivos comprados en un archivo zip.'],
  ['it', 'Puoi scaricare i file acquistati in un archivio zip.'],
  ['pt', 'Pode descarregar os ficheiros comprados num arquivo zip.'],
  ['pl', 'Możesz pobrać zakupione pliki jako archiwum zip.'],
  ['sv', 'Du kan ladda ner de köpta filerna i ett zip-arkiv.'],
  ['da', 'Du kan downloade de købte filer i et zip-arkiv.'],
  ['nb', 'Du kan laste ned de kjøpte filene i et zip-arkiv.'],
];

const PORTABILITY: readonly [Lang, string][] = [
  ['en', 'You can download your data in a ZIP file at any time.'],
  ['de', 'Sie können Ihre Daten jederzeit als ZIP-Datei herunterladen.'],
  ['nl', 'Je kunt je gegevens in een zipbestand downloaden.'],
  ['fr', 'Vous pouvez télécharger vos données dans une archive zip.'],
  ['es', 'Puede descargar sus datos en un archivo zip.'],
  ['sv', 'Du kan ladda ner dina personuppgifter i ett zip-arkiv.'],
];

const NOT_RESTRICTION: readonly [Lang, string][] = [
  ['en', 'You can stop the processing of your order for a while by pausing your subscription.'],
  ['en', 'You can temporarily stop the use of your gift card in the app.'],
  [
    'de',
    'Sie können die Verarbeitung Ihrer Bestellung vorübergehend aussetzen, indem Sie Ihr Abo pausieren.',
  ],
  ['nl', 'Je kunt de verwerking van je bestelling tijdelijk stopzetten door je abonnement te pauzeren.'],
  [
    'fr',
    'Vous pouvez suspendre temporairement le traitement de votre commande en mettant votre abonnement en pause.',
  ],
  ['es', 'Puede suspender temporalmente el tratamiento de su pedido pausando su suscripción.'],
  ['it', "Puoi sospendere temporaneamente il trattamento del tuo ordine mettendo in pausa l'abbonamento."],
  ['pt', 'Pode suspender temporariamente o tratamento da sua encomenda colocando a subscrição em pausa.'],
  ['sv', 'Du kan tillfälligt stoppa behandlingen av din beställning genom att pausa prenumerationen.'],
  ['da', 'Du kan midlertidigt stoppe behandlingen af din bestilling ved at sætte abonnementet på pause.'],
  ['nb', 'Du kan midlertidig stoppe behandlingen av din bestilling ved å sette abonnementet på pause.'],
  ['pl', 'Możesz tymczasowo wstrzymać przetwarzanie Twojego zamówienia, zawieszając subskrypcję.'],
];

const RESTRICTION: readonly [Lang, string][] = [
  ['en', 'You can ask us to temporarily stop the processing of your personal data.'],
  ['de', 'Sie können verlangen, die Verarbeitung Ihrer Daten vorübergehend einzustellen.'],
  ['fr', 'Vous pouvez nous demander de suspendre temporairement le traitement de vos données.'],
];

const rightsOf = (lang: Lang, text: string) => practicesOf([text], lang).rights.rights;

describe('portability only for the reader’s own data (review17a finding 5)', () => {
  it.each(NOT_PORTABILITY)('[%s] %s', (lang, text) => {
    expect(rightsOf(lang, text)).not.toContain('portability');
  });
  it.each(PORTABILITY)('[%s] %s', (lang, text) => {
    expect(rightsOf(lang, text)).toContain('portability');
  });
});

describe('restriction only when the processing is of data (review17a finding 6)', () => {
  it.each(NOT_RESTRICTION)('[%s] %s', (lang, text) => {
    expect(rightsOf(lang, text)).not.toContain('restriction');
  });
  it.each(RESTRICTION)('[%s] %s', (lang, text) => {
    expect(rightsOf(lang, text)).toContain('restriction');
  });
});
