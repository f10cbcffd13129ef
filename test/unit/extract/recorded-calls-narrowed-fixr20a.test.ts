/**
 * Session 20 review (fixr20a): a recording of calls reads communications only as the reader's calls with us:
 * not calls recorded with an app on the reader's phone, not a public event recorded or published, not a
 * question. Sentences invented for the test.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesSilent } from './helpers';

describe('recordings that are no correspondence with us read no communications', () => {
  test.each<[Lang, string]>([
    ['en', 'Calls recorded with the app are saved only on your phone.'],
    ['en', 'Conversations at the conference will be recorded and posted online.'],
    ['de', 'Telefonate, die mit der App aufgezeichnet werden, bleiben auf Ihrem Handy.'],
    ['de', 'Die Gespräche auf der Tagung werden aufgezeichnet.'],
    ['nl', 'Gesprekken die met de app worden opgenomen, blijven op je telefoon.'],
    ['nb', 'Samtaler på årsmøtet blir tatt opp og publisert.'],
    ['sv', 'Samtal som spelas in med appen stannar på din telefon.'],
    ['da', 'Samtaler på konferencen bliver optaget og publiceret.'],
    ['fr', "Les appels enregistrés avec l'application restent sur votre appareil."],
    ['es', 'Las conversaciones de la conferencia serán grabadas y publicadas.'],
    ['it', "Le chiamate registrate con l'app restano sul dispositivo."],
    ['pl', 'Rozmowy nagrywane aplikacją zostają na Twoim telefonie.'],
    ['pt', 'As conversas da conferência serão gravadas e publicadas.'],
  ])('%s: %s', (lang, text) => {
    expect(typesSilent(text, lang)).not.toContain('communications');
  });
});

describe('calls to us recorded are still communications', () => {
  test.each<[Lang, string]>([
    ['en', 'Calls to our customer service may be recorded for training purposes.'],
    ['fr', 'Les appels à notre service client peuvent être enregistrés.'],
    ['es', 'Las llamadas a nuestro servicio de atención al cliente pueden ser grabadas.'],
  ])('%s: %s', (lang, text) => {
    expect(typesSilent(text, lang)).toContain('communications');
  });
});
