/**
 * A personal tax number is a government identifier, like the national numbers already read (Steuer-ID, BSN,
 * fødselsnummer, personnummer, CPR-nummer, DNI/NIE, codice fiscale, PESEL): pt "NIF", "número de contribuinte",
 * "NISS", es "NIF", de "Steuernummer", nl "fiscaal nummer", da "CPR" alone, en "tax ID number". Polish "NIP" is
 * left as it reads (a business's tax number: professional). A medical certificate (the sports club's "certificato
 * medico sportivo", "certificat médical", "läkarintyg", "ärztliches Attest") is health data in every language.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { typesBoth } from './helpers';

describe('a personal tax number is a government id', () => {
  test.each<[Lang, string]>([
    ['en', 'We collect your name and tax ID number.'],
    ['de', 'Wir erheben Ihren Namen und Ihre Steuernummer.'],
    ['de', 'Wir erheben Ihren Namen und Ihre Steuer-ID.'],
    ['nl', 'Wij verzamelen uw naam en fiscaal nummer.'],
    ['nb', 'Vi samler inn navn og fødselsnummer.'],
    ['sv', 'Vi samlar in namn och personnummer.'],
    ['da', 'Vi indsamler navn og CPR-nummer.'],
    ['fr', "Nous collectons votre nom et votre numéro d'identification fiscale."],
    ['es', 'Recogemos su nombre y su NIF.'],
    ['it', 'Raccogliamo nome e codice fiscale.'],
    ['pl', 'Zbieramy imię i numer PESEL.'],
    ['pt', 'Recolhemos o seu nome, NIF, endereço de email e número de telemóvel.'],
    ['pt', 'Recolhemos o seu nome e número de contribuinte.'],
  ])('%s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).toContain('government-id');
  });
});

describe('a medical certificate is health data', () => {
  test.each<[Lang, string]>([
    ['en', 'We collect your name and a medical certificate.'],
    ['de', 'Wir erheben Ihren Namen und ein ärztliches Attest.'],
    ['nl', 'Wij verzamelen uw naam en een medische verklaring.'],
    ['nb', 'Vi samler inn navn og legeerklæring.'],
    ['sv', 'Vi samlar in namn och läkarintyg.'],
    ['da', 'Vi indsamler navn og lægeerklæring.'],
    ['fr', 'Nous collectons votre nom et votre certificat médical.'],
    ['es', 'Recogemos su nombre y el certificado médico.'],
    ['it', 'Raccogliamo nome, cognome, email, telefono e il certificato medico sportivo.'],
    ['pl', 'Zbieramy imię oraz zaświadczenie lekarskie.'],
    ['pt', 'Recolhemos o seu nome e o atestado médico.'],
  ])('%s: %s', (lang, text) => {
    expect(typesBoth(text, lang)[1]).toContain('health');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['pt', 'Recolhemos o seu nome e endereço de email.'],
    ['es', 'Recogemos su nombre y su dirección de correo electrónico.'],
    ['da', 'Vi indsamler navn og e-mailadresse.'],
  ])('%s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).not.toContain('government-id');
  });

  test.each<[Lang, string]>([
    ['it', 'Il certificato SSL protegge i dati.'],
    ['en', 'Our servers hold an ISO 27001 certificate.'],
  ])('%s: %s', (lang, text) => {
    for (const types of typesBoth(text, lang)) expect(types).not.toContain('health');
  });
});
