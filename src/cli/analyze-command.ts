import { basename } from 'node:path';
import { analyzePage } from '../core/analyze';
import type { Classifier } from '../core/classify/classifier';
import type { Report } from '../core/report';
import { decodeText, formatOf, InputError, pageFromText, readInput } from './read-page';
import { formatSummary } from './summary';

export interface AnalyzeArgs {
  files: string[];
  output: 'text' | 'json' | 'jsonl';
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  stdin: () => Promise<Buffer>;
}

/** Analyses every file; a file that fails is reported on stderr and the rest go on. Returns the exit code. */
export async function runAnalyze(args: AnalyzeArgs, classifier: Classifier, io: Io): Promise<number> {
  const reports: Report[] = [];
  let failed = 0;
  for (const file of args.files) {
    try {
      const report = await analyzeFile(file, classifier, io);
      reports.push(report);
      if (args.output === 'jsonl') io.out(JSON.stringify(report));
      if (args.output === 'text') io.out(formatSummary(file === '-' ? 'stdin' : basename(file), report));
    } catch (error) {
      failed++;
      const reason = error instanceof InputError || error instanceof Error ? error.message : String(error);
      io.err(`plainly: ${file}: ${reason}`);
    }
  }
  if (args.output === 'json')
    io.out(JSON.stringify(args.files.length === 1 ? (reports[0] ?? null) : reports, null, 2));
  return failed > 0 ? 1 : 0;
}

async function analyzeFile(file: string, classifier: Classifier, io: Io): Promise<Report> {
  const text = decodeText(await readInput(file, io.stdin));
  const page = pageFromText(text, formatOf(file, text));
  if (page.segments.length === 0) throw new InputError('no readable text');
  return analyzePage(page, { url: null, classifier });
}
