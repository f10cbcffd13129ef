/**
 * Twins some languages lacked: professional advisers as service providers, court orders as
 * authorities, "with the exception of" ending a negation's clause as "except" does, the pages a person
 * has visited (perfect tense, and Danish's comma before the clause), Spanish and Portuguese "usar" and
 * "rastrear" as collection verbs beside "use" and "track", Italian "inviare e-mail".
 */
import { describe, expect, test } from 'vitest';
import type { DataType, Lang, Recipient } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const typesOf = (text: string, lang: Lang): readonly DataType[] =>
  practicesOf([text], lang).collection.dataTypes;
const recipientsOf = (text: string, lang: Lang): readonly Recipient[] =>
  practicesOf([text], lang).sharing.recipients;

describe('professional advisers are service providers in every language', () => {
  test.each<[Lang, string]>([
    ['en', 'We share your data with professional advisors.'],
    ['de', 'Wir geben Ihre Daten an professionelle Berater weiter.'],
    ['nl', 'Wij delen uw gegevens met professionele adviseurs.'],
    ['nb', 'Vi deler opplysningene dine med profesjonelle rådgivere.'],
    ['sv', 'Vi delar dina uppgifter med professionella rådgivare.'],
    ['da', 'Vi deler dine oplysninger med professionelle rådgivere.'],
    ['fr', 'Nous partageons vos données avec des conseillers professionnels.'],
    ['es', 'Compartimos sus datos con asesores profesionales.'],
    ['it', 'Condividiamo i tuoi dati con consulenti professionali.'],
    ['pl', 'Udostępniamy Twoje dane profesjonalnym doradcom.'],
    ['pt', 'Partilhamos os seus dados com consultores profissionais.'],
  ])('%s: "%s"', (lang, sentence) => {
    expect(recipientsOf(sentence, lang)).toEqual(['service-providers']);
  });

  test('one adviser recommended in an article is no recipient', () => {
    const text = 'Maak gebruik van de expertise van een externe adviseur om je te helpen.';
    expect(recipientsOf(text, 'nl')).toEqual([]);
  });
});

describe('court orders are authorities, also after "with the exception of"', () => {
  test.each<[Lang, string]>([
    ['en', 'We do not share your data, with the exception of court orders.'],
    ['de', 'Wir geben Ihre Daten nicht weiter, mit Ausnahme von gerichtlichen Anordnungen.'],
    ['nl', 'Wij delen uw gegevens niet, behalve bij gerechtelijke bevelen.'],
    ['nb', 'Vi deler ikke opplysningene dine, med unntak av rettskjennelser.'],
    ['sv', 'Vi delar inte dina uppgifter, med undantag för domstolsbeslut.'],
    ['da', 'Vi deler ikke dine oplysninger, med undtagelse af retskendelser.'],
    ['fr', "Nous ne partageons pas vos données, à l'exception des autorités."],
    ['es', 'No compartimos sus datos, con excepción de las órdenes judiciales.'],
    ['it', 'Non condividiamo i tuoi dati, ad eccezione degli ordini giudiziari.'],
    ['pl', 'Nie udostępniamy Twoich danych, z wyjątkiem nakazów sądowych.'],
    ['pt', 'Não partilhamos os seus dados, com exceção dos casos de ordens judiciais.'],
  ])('%s: "%s"', (lang, sentence) => {
    expect(recipientsOf(sentence, lang)).toEqual(['authorities']);
  });

  test('the clause before the exception stays negated', () => {
    expect(
      recipientsOf('Non condividiamo i tuoi dati con partner, ad eccezione delle autorità.', 'it'),
    ).toEqual(['authorities']);
  });
});

describe('the pages a person has visited are usage data in every language', () => {
  test.each<[Lang, string]>([
    ['en', 'We collect information about which pages you have visited.'],
    ['de', 'Wir erfassen, welche Seiten Sie besucht haben.'],
    ['nl', "Wij verzamelen welke pagina's u heeft bezocht."],
    ['nb', 'Vi samler inn hvilke sider du har besøkt.'],
    ['sv', 'Vi samlar in vilka sidor du har besökt.'],
    ['da', 'Vi indsamler oplysninger om, hvilke hjemmesider, du har besøgt.'],
    ['fr', 'Nous collectons les pages que vous avez visitées.'],
    ['es', 'Recopilamos las páginas que ha visitado.'],
    ['it', 'Raccogliamo le pagine che hai visitato.'],
    ['pl', 'Zbieramy informacje o stronach, które odwiedziłeś.'],
    ['pt', 'Coletamos informações sobre que páginas visitou.'],
  ])('%s: "%s"', (lang, sentence) => {
    expect(typesOf(sentence, lang)).toEqual(['usage-data']);
  });
});

describe('collection verbs', () => {
  test.each<[Lang, string]>([
    ['en', 'Advertising partners may use cookies to track information about visitors.'],
    ['es', 'Los socios publicitarios pueden usar cookies para rastrear información sobre los visitantes.'],
    ['pt', 'Parceiros de anúncios podem usar cookies para rastrear informações sobre os visitantes.'],
  ])('%s: "use" and "track" in "%s"', (lang, sentence) => {
    const practices = practicesOf([sentence], lang);
    expect(practices.collection.dataTypes).toEqual(['cookies']);
    expect(practices.sharing.recipients).toEqual(['advertisers']);
  });

  test('Italian "per inviare e-mail" sends e-mails, as "inviarle e-mail" does', () => {
    expect(typesOf('Utilizziamo Mailgun per inviare e-mail.', 'it')).toEqual(['email']);
  });
});
