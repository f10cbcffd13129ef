import type { Report } from '../core/report';

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  de: 'German',
  nl: 'Dutch',
  nb: 'Norwegian',
  sv: 'Swedish',
  da: 'Danish',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  pl: 'Polish',
  pt: 'Portuguese',
};

const UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'],
  M: ['month', 'months'],
  W: ['week', 'weeks'],
  D: ['day', 'days'],
  H: ['hour', 'hours'],
  MIN: ['minute', 'minutes'],
};

/** "P5Y" -> "5 years", "PT48H" -> "48 hours"; anything else is shown as written. */
export function durationInWords(period: string): string {
  const match = /^PT?(\d+(?:\.\d+)?)([YMWDH])$/.exec(period);
  if (!match) return period;
  const count = Number(match[1]);
  const unit = period.startsWith('PT') && match[2] === 'M' ? 'MIN' : (match[2] ?? 'D');
  const [one, many] = UNITS[unit] ?? ['', ''];
  return `${count} ${count === 1 ? one : many}`;
}

function list(items: readonly string[]): string {
  return items.length > 0 ? items.map((i) => i.replace(/-/g, ' ')).join(', ') : 'not said';
}

function yesNo(found: boolean): string {
  return found ? 'yes' : 'not mentioned';
}

function sells(value: boolean | null): string {
  if (value === null) return "doesn't say whether it sells data";
  return value ? 'SELLS your data' : 'does not sell your data';
}

function retention(report: Report): string {
  const r = report.practices.retention;
  if (r.kind === 'specific' && r.periods.length > 0) return r.periods.map(durationInWords).join(', ');
  // Specific with no duration written: data deleted on a fixed date ("every year on 1 April").
  if (r.kind === 'specific') return 'until a fixed deletion date';
  if (r.kind === 'criteria') return 'as long as needed';
  if (r.kind === 'indefinite') return 'indefinitely';
  return 'not said';
}

/** The readable summary `plainly analyze` prints without --json. */
export function formatSummary(name: string, report: Report): string {
  const { detection, practices: p, stats } = report;
  const verdict = detection.isPolicy ? 'privacy policy' : `not a privacy policy (${detection.kind})`;
  const lines = [
    `${name}: ${verdict}, score ${detection.score.toFixed(2)}; ${LANGUAGE_NAMES[report.language] ?? report.language}; ${stats.segments} segments, ${stats.words} words, ${stats.ms} ms`,
    `  Collects:      ${list(p.collection.dataTypes)}`,
    `  Shares with:   ${list(p.sharing.recipients)}${p.sharing.named.length ? ` (named: ${p.sharing.named.join(', ')})` : ''}; ${sells(p.sharing.sells)}`,
    `  Keeps data:    ${retention(report)}`,
    `  Your rights:   ${list(p.rights.rights)}`,
    `  Security: ${yesNo(p.security.found)}; children: ${p.children.found ? (p.children.minAge ? `${p.children.minAge}+` : 'yes') : 'not mentioned'}; international transfers: ${yesNo(p.international.found)}; changes: ${yesNo(p.changes.found)}`,
    `  Contact:       ${p.contact.emails.join(', ') || 'not given'}`,
  ];
  return lines.join('\n');
}
