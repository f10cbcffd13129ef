/**
 * Data or content that remains somewhere for a time (session 20, fixt20): "Reviews you write remain on the
 * platform indefinitely", "Ihre Bewertungen bleiben auf unbestimmte Zeit auf der Plattform", "ligger kvar på
 * plattformen på obestämd tid", "restent sur la plateforme pour une durée indéterminée", "pozostają na
 * platformie na czas nieokreślony", and with a period ("Your messages remain on our servers for 30 days").
 * The verb keeps only where what remains is data or content and a place or a period follows: "you remain
 * responsible", "the policy remains in force for two years", "prices stay the same for 12 months",
 * "employees stay with us for years", "how long visitors stay on the site" and contracts of indefinite
 * duration read no retention.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang) => practicesOf([text], lang).retention;

const INDEFINITE: readonly [Lang, string][] = [
  ['en', 'Comments stay on the forum for an indefinite period.'],
  ['en', 'Ratings you give remain on the app indefinitely.'],
  ['de', 'Deine Kommentare bleiben auf unbestimmte Zeit im Forum.'],
  ['nl', 'Je reacties blijven voor onbepaalde tijd op de website staan.'],
  ['nb', 'Kommentarene dine blir liggende på nettstedet på ubestemt tid.'],
  ['sv', 'Dina kommentarer ligger kvar på webbplatsen på obestämd tid.'],
  ['da', 'Dine kommentarer forbliver på hjemmesiden på ubestemt tid.'],
  ['fr', 'Vos commentaires restent sur le site pour une durée indéterminée.'],
  ['es', 'Sus comentarios permanecen en el sitio por tiempo indefinido.'],
  ['it', 'I tuoi commenti restano sul sito a tempo indeterminato.'],
  ['pl', 'Twoje komentarze pozostają na stronie na czas nieokreślony.'],
  ['pt', 'Os seus comentários permanecem no site por tempo indeterminado.'],
];

const PERIODS: readonly [Lang, string, string][] = [
  ['en', 'Photos you upload stay on the platform for six months.', 'P6M'],
  ['de', 'Ihre Nachrichten bleiben 30 Tage auf unseren Servern.', 'P30D'],
  ['nl', 'Uw berichten blijven 30 dagen op onze servers.', 'P30D'],
  ['nb', 'Meldingene dine forblir på serverne våre i 30 dager.', 'P30D'],
  ['sv', 'Dina meddelanden ligger kvar på våra servrar i 30 dagar.', 'P30D'],
  ['da', 'Dine beskeder forbliver på vores servere i 30 dage.', 'P30D'],
  ['fr', 'Vos messages restent sur nos serveurs pendant 30 jours.', 'P30D'],
  ['es', 'Sus mensajes permanecen en nuestros servidores durante 30 días.', 'P30D'],
  ['it', 'I suoi messaggi restano sui nostri server per 30 giorni.', 'P30D'],
  ['pl', 'Twoje wiadomości pozostają na naszych serwerach przez 30 dni.', 'P30D'],
  ['pt', 'As suas mensagens permanecem nos nossos servidores durante 30 dias.', 'P30D'],
];

const NOT_READ: readonly [Lang, string][] = [
  ['en', 'You remain responsible for the content you post.'],
  ['en', 'This policy remains in force for two years.'],
  ['en', 'Prices stay the same for 12 months.'],
  ['en', 'Employees stay with us for years.'],
  ['en', 'Information about visitors who stay on the site for more than 30 seconds helps us improve.'],
  ['de', 'Diese Erklärung bleibt zwei Jahre in Kraft.'],
  ['de', 'Die Preise bleiben 12 Monate gleich.'],
  ['de', 'Unsere Mitarbeiter bleiben oft viele Jahre bei uns.'],
  ['nl', 'Deze verklaring blijft twee jaar van kracht.'],
  ['nl', 'De prijzen blijven 12 maanden gelijk.'],
  ['nb', 'Prisene forblir uendret i 12 måneder.'],
  ['nb', 'De ansatte blir værende hos oss i mange år.'],
  ['sv', 'Avtalet förblir giltigt i två år.'],
  ['sv', 'Priserna ligger kvar på samma nivå i 12 månader.'],
  ['da', 'Priserne forbliver uændrede i 12 måneder.'],
  ['da', 'Medarbejderne er ansat på ubestemt tid.'],
  ['fr', 'Cette politique reste en vigueur pendant deux ans.'],
  ['fr', 'Nous mesurons combien de temps les visiteurs restent sur le site pendant 30 secondes.'],
  ['es', 'Los precios permanecen sin cambios durante 12 meses.'],
  ['es', 'El contrato se celebra por tiempo indefinido.'],
  ['it', 'I prezzi restano invariati per 12 mesi.'],
  ['it', 'Il contratto è a tempo indeterminato e può essere disdetto in qualsiasi momento.'],
  ['pl', 'Ceny pozostają bez zmian przez 12 miesięcy.'],
  ['pl', 'Umowa zostaje zawarta na czas nieokreślony.'],
  ['pt', 'Os preços permanecem inalterados durante 12 meses.'],
  ['pt', 'O contrato de assinatura é celebrado por tempo indeterminado.'],
];

describe('data remaining somewhere indefinitely is kept indefinitely', () => {
  it.each(INDEFINITE)('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).toBe('indefinite');
  });
});

describe('data remaining somewhere for a period is kept for it', () => {
  it.each(PERIODS)('%s: %s', (lang, text, period) => {
    const r = retentionOf(text, lang);
    expect(r.kind).toBe('specific');
    expect(r.periods).toEqual([period]);
  });
});

describe('remaining said of people, prices, policies and contracts is no retention', () => {
  it.each(NOT_READ)('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).toBe('none');
  });
});
