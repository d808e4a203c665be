// One conversion in a process of its own, for wordImport.bench.ts, which bundles this file with
// esbuild and runs it with node: `runner.cjs ours|mammoth|idle file.docx`. It prints one JSON line
// with the process's peak resident memory after the conversion; "idle" reads the file and
// converts nothing, the baseline the others are measured against.
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { importWordDocument } from '../../electron/core/wordImport/importWordDocument';

/** What the runner prints. */
export interface RunnerResult {
  /** Peak resident set size of the whole process, in bytes. */
  readonly maxRss: number;
  /** The conversion alone, in a process whose code has not run before (cold JIT). */
  readonly milliseconds: number;
  readonly error?: string;
}

async function run(converter: string, file: string): Promise<RunnerResult> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const started = performance.now();
  if (converter === 'ours') await importWordDocument(bytes, { fileName: path.basename(file), language: 'en', trackedChanges: 'keep' });
  else if (converter === 'mammoth') await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  else if (converter !== 'idle') throw new Error(`Unknown converter ${converter}.`);
  const milliseconds = performance.now() - started;
  // resourceUsage() gives kilobytes.
  return { maxRss: process.resourceUsage().maxRSS * 1024, milliseconds };
}

const [converter = '', file = ''] = process.argv.slice(2);
run(converter, file).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    const result: RunnerResult = { maxRss: 0, milliseconds: 0, error: error instanceof Error ? error.message : String(error) };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  },
);
