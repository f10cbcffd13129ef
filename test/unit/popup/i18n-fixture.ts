import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { I18n } from '../../../src/popup/i18n';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** chrome.i18n.getMessage over one messages file: $NAME$ -> substitution $n, $$ -> $, '' for a missing key. */
export function i18nFor(locale: string, uiLocale: string = locale): I18n {
  const file = path.resolve(import.meta.dirname, '../../../public/_locales', locale, 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Entry>;
  const lookup = (key: string, substitutions: string[]): string => {
    const entry = messages[key];
    if (!entry) return '';
    // "$$" is a dollar sign; $NAME$ is a declared placeholder.
    return entry.message.replace(/\$\$|\$(\w+)\$/g, (_match, name: string | undefined) => {
      if (name === undefined) return '$';
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return substitutions[Number(content.slice(1)) - 1] ?? '';
    });
  };
  return {
    t: (key, substitutions) =>
      lookup(
        key,
        substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions],
      ),
    lookup,
    locale: uiLocale,
  };
}

export const english = i18nFor('en');
