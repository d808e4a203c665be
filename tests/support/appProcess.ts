import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

// The app (the browser harness: the built renderer in Chromium on the real handlers) in a process of
// its own, driven through tests/support/typeIntoMaster.ts, that a test can kill as a crash would.

const projectRoot = path.resolve(__dirname, '../..');

/** Bundles the app script to `name` under node_modules/.cache/cts-tests; returns its path. */
export function buildAppScript(name: string): string {
  const script = path.join(projectRoot, 'node_modules/.cache/cts-tests', name);
  buildSync({
    entryPoints: [path.join(projectRoot, 'tests/support/typeIntoMaster.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['better-sqlite3', 'playwright-core'],
    // The harness finds the built renderer from its own folder.
    define: { __dirname: JSON.stringify(path.join(projectRoot, 'tests/e2e')) },
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    outfile: script,
    logLevel: 'error',
  });
  return script;
}

export interface AppProcess {
  readonly pid: number;
  /** Types the text in the master; resolves with the wall-clock time (Date.now()) of its last keystroke. */
  type(text: string): Promise<number>;
  /** Resolves when the status bar says "Saved". */
  waitSaved(): Promise<void>;
  /** Kills the app and its browser at once, as a crash or `kill -9` would; resolves once the app is gone. */
  kill(): Promise<void>;
}

/** Starts the app on the project, with the cursor at the end of its master; resolves once it can type. */
export async function startApp(script: string, file: string, settings: string): Promise<AppProcess> {
  const child = spawn(process.execPath, [script, file, settings], { cwd: projectRoot, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const lines: string[] = [];
  const waiting: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  let errors = '';
  let buffered = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    let end: number;
    while ((end = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      const waiter = waiting.find((entry) => entry.test(line));
      if (waiter) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(line);
      } else {
        lines.push(line);
      }
    }
  });
  const next = (test: (line: string) => boolean, timeout = 30_000) =>
    new Promise<string>((resolve, reject) => {
      const found = lines.find(test);
      if (found !== undefined) {
        lines.splice(lines.indexOf(found), 1);
        resolve(found);
        return;
      }
      const timer = setTimeout(() => reject(new Error(`The app did not answer in time. Its errors: ${errors || 'none'}`)), timeout);
      waiting.push({
        test,
        resolve: (line) => {
          clearTimeout(timer);
          resolve(line);
        },
      });
    });
  const app: AppProcess = {
    pid: child.pid!,
    type: async (text) => {
      child.stdin!.write(`type ${text}\n`);
      return Number((await next((line) => line.startsWith('typed '))).slice('typed '.length));
    },
    waitSaved: async () => {
      child.stdin!.write('wait-saved\n');
      await next((line) => line === 'saved');
    },
    kill: () => kill(child),
  };
  try {
    await next((line) => line === 'ready', 60_000);
  } catch (error) {
    await app.kill();
    throw error;
  }
  return app;
}

async function kill(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  // Playwright starts Chromium in a process group of its own: find it before its parent goes.
  const browser = descendantsOf(child.pid);
  for (const pid of [child.pid, ...browser]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  await gone;
}

/** Every process below `pid`, where /proc can tell (Linux); none elsewhere, where Chromium quits when its pipe closes. */
function descendantsOf(pid: number): number[] {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const entry of entries) {
    try {
      // The parent is the 4th field, after the command name in parentheses (which may hold spaces).
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const child of children.get(parent) ?? []) {
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}
