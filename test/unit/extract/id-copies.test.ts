/**
 * A copy of an identity document asked for ("we may ask for a copy of your ID", "können wir eine Kopie Ihres
 * Personalausweises anfordern", "podemos pedirte una copia de tu DNI"): only the operator asks for one, to
 * verify a request, so the phrase states `government-id` by itself (test/lang-eval/README.md names the case)
 * and is its own collection cue, whatever verb asks for it, in every language. A copy of one's data asked for
 * under the right of access names no document, and a denied request states nothing.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesSilent } from './helpers';

describe('a copy of an identity document asked for is a government id', () => {
  test.each<[Lang, string]>([
    ['en', 'To verify your identity before answering an access request, we may ask for a copy of your ID.'],
    ['de', 'Zur Überprüfung Ihrer Identität können wir eine Kopie Ihres Personalausweises anfordern.'],
    ['nl', 'Om uw identiteit te controleren kunnen wij vragen om een kopie van uw identiteitsbewijs.'],
    ['nb', 'For å bekrefte identiteten din kan vi be om en kopi av legitimasjonen din.'],
    ['sv', 'För att verifiera din identitet kan vi be om en kopia av din id-handling.'],
    ['da', 'For at bekræfte din identitet kan vi bede om en kopi af din legitimation.'],
    ['fr', "Pour vérifier votre identité, nous pouvons vous demander une copie de votre pièce d'identité."],
    ['es', 'Para verificar tu identidad podemos pedirte una copia de tu DNI.'],
    ['it', "Per verificare la tua identità possiamo chiederti una copia del tuo documento d'identità."],
    ['pl', 'Aby zweryfikować Twoją tożsamość, możemy poprosić o kopię dowodu osobistego.'],
    ['pt', 'Para verificar sua identidade, podemos pedir uma cópia do seu documento de identidade.'],
  ])('%s: government-id in "%s"', (lang, text) => {
    expect(typesSilent(text, lang)).toContain('government-id');
  });
});

describe('a copy of the data or a denied request names no document', () => {
  test.each<[Lang, string]>([
    ['en', 'You can request a copy of your personal data.'],
    ['en', 'We will never ask for a copy of your passport.'],
    ['de', 'Sie können eine Kopie Ihrer Daten anfordern.'],
    ['fr', 'Vous pouvez demander une copie de vos données.'],
    ['pt', 'Você pode solicitar uma cópia dos seus dados.'],
  ])('%s: nothing in "%s"', (lang, text) => {
    expect(typesSilent(text, lang)).toEqual([]);
  });
});
