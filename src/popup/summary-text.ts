/** The card as text to paste elsewhere: plain text or Markdown, in the UI language. */
import type { HistoryNote } from '../core/history/book';
import type { Report } from '../core/report';
import { changeNote } from './change-text';
import { type CardModel, type Claim, cardModel } from './claims';
import { type I18n, listInWords } from './i18n';

export type SummaryFormat = 'text' | 'markdown';

/** "Label: value" in the UI language's punctuation; a question is followed by its answer ("Is it sold? No…"). */
function labelled(label: string, value: string, i18n: I18n): string {
  if (/[?？]$/.test(label)) return `${label} ${value}`.trim();
  return i18n.t('labelValue', [label, value]).trim();
}

/** The finding of a claim in one line: its lists, its words, and where to write. */
function finding(claim: Claim, i18n: I18n): string {
  const parts = claim.lists.map((list) =>
    list.label ? labelled(i18n.t(list.label), list.items.join(', '), i18n) : list.items.join(', '),
  );
  if (claim.text) parts.push(claim.text);
  const ways = [...claim.emails, ...claim.links];
  if (ways.length > 0) {
    parts.push(
      labelled(i18n.t(claim.id === 'rights' ? 'rightsHowTo' : 'contactWrite'), ways.join(', '), i18n),
    );
  }
  return parts.join('; ');
}

/** A claim as "Title: finding". */
function claimLine(claim: Claim, i18n: I18n): string {
  return labelled(i18n.t(claim.title), finding(claim, i18n), i18n);
}

/** Markdown-escapes text taken from the page or the UI, so it shows as written. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function heading(report: Report, i18n: I18n): string[] {
  const lines = [report.source.title ?? i18n.t('reportHeading')];
  if (report.source.url) lines.push(report.source.url);
  return lines;
}

function textSummary(report: Report, model: CardModel, history: HistoryNote | null, i18n: I18n): string {
  const out = [...heading(report, i18n), ''];
  if (history) {
    const note = changeNote(history, i18n);
    out.push(`${note.title} (${note.since})`, ...note.lines.map((l) => `- ${l}`), '');
  }
  for (const claim of model.glance) out.push(claimLine(claim, i18n));
  if (model.covered.length > 0) {
    out.push('', labelled(i18n.t('alsoHeading'), '', i18n));
    for (const claim of model.covered) out.push(`- ${claimLine(claim, i18n)}`);
  }
  if (model.missing.length > 0) {
    const missing = listInWords(
      model.missing.map((c) => i18n.t(c.title)),
      i18n,
    );
    out.push('', labelled(i18n.t('notMentionedHeading'), missing, i18n));
  }
  out.push('', i18n.t('summaryFooter'));
  return out.join('\n');
}

function markdownSummary(report: Report, model: CardModel, history: HistoryNote | null, i18n: I18n): string {
  const [title = '', url] = heading(report, i18n);
  const out = [`## ${md(title)}`, ''];
  if (url) out.push(`<${url}>`, '');
  if (history) {
    const note = changeNote(history, i18n);
    out.push(`**${md(note.title)}** (${md(note.since)})`, '', ...note.lines.map((l) => `- ${md(l)}`), '');
  }
  out.push(`### ${md(i18n.t('glanceHeading'))}`, '');
  for (const claim of model.glance) {
    out.push(`- ${md(claimLine(claim, i18n))}`);
    const quote = claim.evidence[0];
    if (quote) out.push(`  > ${md(quote.text.replace(/\s+/g, ' '))}`);
  }
  if (model.covered.length > 0) {
    out.push('', `### ${md(i18n.t('alsoHeading'))}`, '');
    for (const claim of model.covered) out.push(`- ${md(claimLine(claim, i18n))}`);
  }
  if (model.missing.length > 0) {
    const missing = listInWords(
      model.missing.map((c) => i18n.t(c.title)),
      i18n,
    );
    out.push('', md(labelled(i18n.t('notMentionedHeading'), missing, i18n)));
  }
  out.push('', `_${md(i18n.t('summaryFooter'))}_`);
  return out.join('\n');
}

export function summaryOf(
  report: Report,
  history: HistoryNote | null,
  format: SummaryFormat,
  i18n: I18n,
): string {
  const model = cardModel(report, i18n);
  return format === 'markdown'
    ? markdownSummary(report, model, history, i18n)
    : textSummary(report, model, history, i18n);
}

/** The file name of the exported JSON report: plainly-<host>-<date>.json. */
export function exportFileName(report: Report, now: Date): string {
  let host = 'page';
  try {
    if (report.source.url) host = new URL(report.source.url).hostname.replace(/^www\./, '') || host;
  } catch {
    // keep "page"
  }
  const safe = host.replace(/[^a-z0-9.-]/gi, '-');
  return `plainly-${safe}-${now.toISOString().slice(0, 10)}.json`;
}
