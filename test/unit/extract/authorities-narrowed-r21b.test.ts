/**
 * Authorities narrowed after review (session 21, fixr21b): the company's notice reads as data passed to an
 * authority only with the authority as its object ("we notify the police"), not "we notify you ... the
 * authorities" nor "we notify you and the police"; the reader's duty also said as an imperative ("Please report the
 * theft to the police", "Anmäl stölden") or without a subject ("Deve comunicar o roubo à polícia").
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { recipientsOf } from './helpers';

const NOT_AUTHORITIES: readonly [Lang, string][] = [
  ['en', 'We will notify you as soon as the health authorities allow us to reopen the club.'],
  ['en', 'If your account is compromised, we notify you and the police within 72 hours.'],
  ['en', 'Please report the theft to the police.'],
  ['en', 'You must report the theft to the police and send us the report number.'],
  ['de', 'Wir benachrichtigen Sie, sobald die Behörden die Wiedereröffnung erlauben.'],
  ['de', 'Wir benachrichtigen Sie und die Polizei, wenn Ihr Konto gehackt wurde.'],
  ['nl', 'We waarschuwen je zodra de gemeente de velden opent.'],
  ['nb', 'Vi varsler deg når Skatteetaten endrer avgiftssatsene.'],
  ['nb', 'Meld tyveriet til politiet.'],
  ['sv', 'Vi underrättar dig när myndigheterna tillåter att gymmet öppnar igen.'],
  ['sv', 'Anmäl stölden till polisen.'],
  ['da', 'Vi orienterer dig, når myndighederne tillader genåbning af klubben.'],
  ['da', 'Anmeld tyveriet til politiet.'],
  ['fr', 'Nous vous prévenons dès que les autorités autorisent la réouverture du club.'],
  ['es', 'Te avisamos en cuanto las autoridades sanitarias permitan la reapertura.'],
  ['es', 'Denuncia el robo a la policía.'],
  ['es', 'Debe comunicar el robo a la policía.'],
  ['it', 'Ti avvisiamo quando le autorità consentiranno la riapertura della palestra.'],
  ['it', 'Segnala il furto alle autorità competenti.'],
  ['it', 'Deve comunicare il furto alla polizia.'],
  ['pl', 'Powiadamiamy Cię, gdy urząd skarbowy zmieni stawki.'],
  ['pl', 'Zgłoś kradzież na policję.'],
  ['pl', 'Należy zgłosić kradzież na policję.'],
  ['pt', 'Deve comunicar o roubo à polícia.'],
  ['pt', 'Participe o roubo à polícia.'],
];

const AUTHORITIES: readonly [Lang, string][] = [
  ['en', 'If a guest damages the room, we immediately notify the police and give them your name.'],
  ['de', 'Bei Betrugsverdacht verständigen wir die Polizei und übermitteln ihr Ihre Kontaktdaten.'],
  ['de', 'Bei Betrugsverdacht werden wir umgehend die Polizei verständigen und ihr Ihren Namen nennen.'],
  ['nl', 'Bij fraude waarschuwen we de politie en geven we uw naam door.'],
  ['nb', 'Ved mistanke om tyveri varsler vi politiet og oppgir navnet ditt.'],
  ['sv', 'Vid bedrägeri larmar vi polisen och lämnar ditt namn.'],
  ['da', 'Ved svindel underretter vi politiet og oplyser dit navn.'],
  ['fr', 'En cas de fraude, nous prévenons la police et lui communiquons vos coordonnées.'],
  ['es', 'Si un huésped causa daños, avisamos a la policía y le facilitamos sus datos de contacto.'],
  ['it', 'In caso di frode avvisiamo le autorità e forniamo il tuo nome.'],
  ['pl', 'W razie oszustwa zawiadamiamy policję i podajemy Twoje imię.'],
  ['pt', 'Em caso de fraude avisamos as autoridades e indicamos o seu nome.'],
];

describe('a notice to the reader and the reader duty name no authority as recipient', () => {
  it.each(NOT_AUTHORITIES)('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).not.toContain('authorities');
  });
});

describe('the company notifying an authority is read', () => {
  it.each(AUTHORITIES)('%s: %s', (lang, text) => {
    expect(recipientsOf(text, lang)).toContain('authorities');
  });
});
