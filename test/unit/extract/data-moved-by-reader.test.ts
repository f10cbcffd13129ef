/**
 * A source named after "from" ("data from Google Fit") is no recipient; the name after "to" ("till Apple")
 * is one only where the site sends the data ("Vi skickar data från appen till Apple", review13b). The reader
 * moving data between their own apps names nobody (review14 finding 9; recipients.json dataFromOnTo.sentBy).
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/core/vocabulary';
import { practicesOf } from './helpers';

/** The services one paragraph names, read on lexical cues alone. */
function namedOf(text: string, lang: Lang): readonly string[] {
  return practicesOf([text], lang).sharing.named;
}

describe('the reader moving data from one app to another names nobody', () => {
  test.each<[Lang, string]>([
    ['en', 'You can move data from Google Fit to Apple Health yourself.'],
    ['sv', 'Du kan flytta data från Google Fit till Apple Hälsa.'],
    ['en', 'You can import data from Apple Health to the app.'],
    ['sv', 'Du kan importera data från Apple Hälsa till appen.'],
  ])('[%s] %s', (lang, text) => {
    expect(namedOf(text, lang)).toEqual([]);
  });
});

describe('the site sending data from its app to a party still names it', () => {
  test.each<[Lang, string]>([
    ['sv', 'Vi skickar data från appen till Apple.'],
    ['en', 'We send data from the app to Apple.'],
  ])('[%s] %s', (lang, text) => {
    expect(namedOf(text, lang)).toContain('Apple');
  });
});
