/** ISO-8601 durations (P5Y, P3M, P30D, PT48H, P1Y6M) in words, through the locale's plural categories. */

/** Looks a UI string up by name; returns '' when the locale has no such key. */
export type Lookup = (key: string, substitutions: string[]) => string;

const PATTERN =
  /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?)?$/;
const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute'] as const;

export interface DurationPart {
  unit: (typeof UNITS)[number];
  count: number;
}

/** The non-zero parts of a duration in order, or null when the text is not an ISO-8601 duration. */
export function parseDuration(iso: string): DurationPart[] | null {
  const match = PATTERN.exec(iso);
  if (!match || iso === 'P' || iso.endsWith('T')) return null;
  const parts: DurationPart[] = [];
  UNITS.forEach((unit, i) => {
    const value = match[i + 1];
    if (value !== undefined && Number(value) > 0) parts.push({ unit, count: Number(value) });
  });
  return parts.length > 0 ? parts : null;
}

/** "P5Y" -> "5 years", "P1Y6M" -> "1 year 6 months"; an unreadable value is shown as it is. */
export function durationInWords(iso: string, lookup: Lookup, locale: string): string {
  const parts = parseDuration(iso);
  if (!parts) return iso;
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  return parts
    .map(({ unit, count }) => {
      const shown = number.format(count);
      return (
        lookup(`unit_${unit}_${plural.select(count)}`, [shown]) ||
        lookup(`unit_${unit}_other`, [shown]) ||
        `${shown} ${unit}`
      );
    })
    .join(' ');
}
