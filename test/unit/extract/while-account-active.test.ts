/**
 * "Your profile is kept while your account is active": kept as long as the account lives, a criterion, as "for as
 * long as your account is active" was. English "while" names a criterion only with an account, subscription,
 * membership or contract said to be active or open (`retention/criteria.json` `criteria`): "while" alone is also "during"
 * ("While your account is active, you can change your settings"). The other languages' words for it ("solange",
 * "zolang", "så lenge", "tant que", "mientras", "finché", "dopóki", "enquanto") read it already; their sentences are
 * here so they stay read.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

const retentionOf = (text: string, lang: Lang) => practicesOf([text], lang).retention;

describe('kept while the account is active: a criterion', () => {
  test.each<[Lang, string]>([
    ['en', 'Your profile is kept while your account is active and deleted when you close it.'],
    ['en', 'Your profile is kept while your account is active.'],
    ['en', 'We store your messages while your subscription remains active.'],
    ['de', 'Ihr Profil wird gespeichert, solange Ihr Konto aktiv ist, und gelöscht, wenn Sie es schließen.'],
    ['nl', 'Je profiel wordt bewaard zolang je account actief is en verwijderd wanneer je het sluit.'],
    ['nb', 'Profilen din lagres så lenge kontoen din er aktiv, og slettes når du avslutter den.'],
    ['sv', 'Din profil sparas så länge ditt konto är aktivt och raderas när du avslutar det.'],
    ['da', 'Din profil gemmes, så længe din konto er aktiv, og slettes, når du lukker den.'],
    ['fr', 'Votre profil est conservé tant que votre compte est actif et supprimé lorsque vous le fermez.'],
    ['es', 'Tu perfil se conserva mientras tu cuenta esté activa y se elimina cuando la cierras.'],
    ['it', 'Il tuo profilo è conservato finché il tuo account è attivo e cancellato quando lo chiudi.'],
    ['pl', 'Twój profil przechowujemy, dopóki Twoje konto jest aktywne, i usuwamy go, gdy je zamkniesz.'],
    ['pt', 'Seu perfil é mantido enquanto sua conta estiver ativa e excluído quando você a encerrar.'],
  ])('%s: %s', (lang, text) => {
    expect(retentionOf(text, lang).kind).toBe('criteria');
  });
});

describe('what must not change', () => {
  test.each<[Lang, string]>([
    ['en', 'While your account is active, you can change your settings at any time.'],
    ['en', 'We may contact you while your account is active.'],
  ])('%s: no retention in "%s"', (lang, text) => {
    expect(retentionOf(text, lang).found).toBe(false);
  });

  test('a period beside it is still the period', () => {
    const r = retentionOf('While your account is active we keep logs for 30 days.', 'en');
    expect(r.kind).toBe('specific');
    expect(r.periods).toEqual(['P30D']);
  });
});
