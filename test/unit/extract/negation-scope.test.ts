/**
 * How far a negation reaches: a negation inside a bracketed aside stays inside it; "although" ends a
 * clause in every language; "unless otherwise stated" written with a negation word, and negated
 * adjectives ("non-sensitive data", "dados não sensíveis"), negate no practice.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf, recipientsOf } from './helpers';

const typesOf = (text: string, lang: Lang) => practicesOf([text], lang).collection.dataTypes;

describe('a negation inside a bracketed aside', () => {
  test.each<[Lang, string]>([
    ['en', 'We collect your email address (which is not shown publicly), full name and phone number.'],
    [
      'pt',
      'Coletamos o seu endereço de e-mail (que não é exibido publicamente), nome completo e número de telefone.',
    ],
    [
      'de',
      'Wir speichern Ihre E-Mail-Adresse (die nicht veröffentlicht wird), Ihren Vornamen und Ihre Telefonnummer.',
    ],
  ])('%s: does not reach what follows the aside', (lang, sentence) => {
    expect(typesOf(sentence, lang)).toEqual(expect.arrayContaining(['name', 'phone']));
  });

  test('does not reach the recipient after it', () => {
    expect(
      recipientsOf('We may share aggregated research (but not individual data) with our advertisers.', 'en'),
    ).toEqual(['advertisers']);
  });

  test('still negates inside the aside', () => {
    expect(typesOf('We collect no personal data (not even your IP address).', 'en')).toEqual([]);
  });

  test('a negation before the aside still reaches past it', () => {
    expect(typesOf('We do not (and will not) collect your phone number.', 'en')).toEqual([]);
  });
});

describe('"although" ends the clause of a negation', () => {
  test.each<[Lang, string]>([
    ['pt', 'Não vendemos os seus dados, embora coletemos o seu endereço de e-mail.'],
    ['es', 'No vendemos sus datos, aunque recopilamos su dirección de correo electrónico.'],
    ['it', 'Non vendiamo i suoi dati, anche se raccogliamo il suo indirizzo email.'],
    ['fr', 'Nous ne vendons pas vos données, bien que nous collections votre adresse e-mail.'],
    ['de', 'Wir verkaufen Ihre Daten nicht, obwohl wir Ihre E-Mail-Adresse erheben.'],
    ['nl', 'Wij verkopen uw gegevens niet, hoewel wij uw e-mailadres verzamelen.'],
    ['da', 'Vi sælger ikke dine data, selvom vi indsamler din e-mailadresse.'],
  ])('%s: "%s"', (lang, sentence) => {
    expect(typesOf(sentence, lang)).toContain('email');
  });
});

describe('phrases with a negation word that negate no practice', () => {
  test.each<[Lang, string]>([
    ['it', 'Se non diversamente specificato, raccogliamo i dati della carta di credito.'],
    ['de', 'Sofern nicht anders angegeben, speichern wir Ihre Kreditkartendaten.'],
    ['sv', 'Om inte annat anges samlar vi in dina kortuppgifter.'],
    ['es', 'Si no se indica lo contrario, recopilamos los datos de su tarjeta de crédito.'],
    ['pl', 'O ile nie wskazano inaczej, zbieramy dane karty kredytowej.'],
  ])('%s: "unless otherwise stated"', (lang, sentence) => {
    expect(typesOf(sentence, lang)).toContain('payment');
  });

  test.each<[Lang, string]>([
    ['pt', 'Esta ferramenta coleta dados de navegação não sensíveis através de cookies.'],
    ['it', 'Questo strumento raccoglie dati non sensibili tramite cookie.'],
    ['es', 'Esta herramienta recopila datos no personales mediante cookies.'],
    ['de', 'Dieses Tool erhebt nicht personenbezogene Daten mithilfe von Cookies.'],
  ])('%s: a negated adjective', (lang, sentence) => {
    expect(typesOf(sentence, lang)).toContain('cookies');
  });

  test('a negated verb still negates', () => {
    expect(typesOf('Esta ferramenta não coleta dados através de cookies.', 'pt')).toEqual([]);
  });
});
