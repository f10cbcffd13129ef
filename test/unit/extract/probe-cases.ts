import { readPage } from '../../../src/core/analyze';
import { loadClassifier } from '../../../src/core/classify/classifier';
import { segmentText } from '../../../src/core/page/from-text';
import type { Lang } from '../../../src/core/vocabulary';
import model from '../../../src/model/classifier.json';
import { compare, describeResult, pageText, parseProbe, readValues } from '../../../tools/lib/probe-lines';

const classifier = loadClassifier(model);

/** A case in a probe's terms: language, what a careful reader finds (`none` or `field=a,?b;...`), sentence. */
export type ProbeCase = readonly [lang: Lang, expected: string, sentence: string];

/**
 * How the sentence of `c`, read as a one-sentence page in its language (as tools/eval-probe.ts reads probe lines
 * with --given-lang), differs from what it expects: '' when it reads right.
 */
export function misreading(c: ProbeCase): string {
  const [line] = parseProbe(c.join('\t'));
  if (!line) throw new Error('no probe line');
  const { practices } = readPage(segmentText(pageText(line), 'txt'), classifier, c[0]).verdict;
  return describeResult(compare(line, readValues(practices)));
}
