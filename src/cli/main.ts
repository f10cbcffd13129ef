import { loadClassifier } from '../core/classify/classifier';
import model from '../model/classifier.json';
import { type AnalyzeArgs, type Io, runAnalyze } from './analyze-command';
import { runClassify } from './classify-command';

const USAGE = `usage: plainly analyze FILE... [--json | --jsonl]   (FILE: .html .htm .txt .md, or - for stdin)
       plainly classify < segments.jsonl                 (one {"text": "..."} per line)`;

function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

const io: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  stdin: readStdin,
};

export function parseAnalyzeArgs(argv: readonly string[]): AnalyzeArgs | string {
  const files: string[] = [];
  let output: AnalyzeArgs['output'] = 'text';
  for (const arg of argv) {
    if (arg === '--json') output = 'json';
    else if (arg === '--jsonl') output = 'jsonl';
    else if (arg.startsWith('--') && arg !== '-') return `unknown option ${arg}`;
    else files.push(arg);
  }
  return files.length > 0 ? { files, output } : 'no FILE given';
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    io.out(USAGE);
    return 0;
  }
  if (command === 'analyze') {
    const args = parseAnalyzeArgs(rest);
    if (typeof args === 'string') {
      io.err(`plainly: ${args}\n${USAGE}`);
      return 2;
    }
    return runAnalyze(args, loadClassifier(model), io);
  }
  if (command === 'classify') return runClassify(loadClassifier(model), io);
  io.err(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`plainly: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
