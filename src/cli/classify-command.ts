import type { Classifier } from '../core/classify/classifier';
import { identifyLanguage } from '../core/lang/identify';
import { readRetentionAlone } from '../core/retention-reading';
import type { Io } from './analyze-command';

/**
 * One JSON object with a `text` field per input line -> one `{"labels": {...}}` line per input line, in
 * order. Other input fields are echoed back. A bad line gets `{"error": "..."}` and exit status 1.
 */
export async function runClassify(classifier: Classifier, io: Io): Promise<number> {
  const input = (await io.stdin()).toString('utf8');
  let failed = 0;
  const lines = input.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((line, index) => {
    const result = classifyLine(line, classifier);
    if ('error' in result) {
      failed++;
      io.err(`plainly: line ${index + 1}: ${result.error}`);
    }
    io.out(JSON.stringify(result));
  });
  return failed > 0 ? 1 : 0;
}

function classifyLine(line: string, classifier: Classifier): Record<string, unknown> {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { error: 'not a JSON object' };
  }
  if (
    typeof record !== 'object' ||
    record === null ||
    typeof (record as { text?: unknown }).text !== 'string'
  ) {
    return { error: 'no "text" field' };
  }
  const { text, ...rest } = record as { text: string; heading?: unknown; lang?: unknown };
  const heading = typeof rest.heading === 'string' ? rest.heading : '';
  const lang = identifyLanguage(text);
  // the retention stage reads extraction's retention rules on the text, as a page's segments are read
  return { ...rest, labels: classifier.score(text, heading, lang, readRetentionAlone) };
}
