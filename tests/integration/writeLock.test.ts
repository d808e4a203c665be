import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { WriteLock } from '../../electron/core/project/writeLock';
import { runCli } from '../../electron/cli/runCli';
import { temporaryFolder } from '../support/temporaryFolder';

const projectRoot = path.resolve(__dirname, '../..');
const holderScript = path.join(projectRoot, 'node_modules/.cache/cts-tests/holdProjectOpen.cjs');
let folder: ReturnType<typeof temporaryFolder>;
let file: string;
let children: ChildProcess[] = [];

beforeAll(() => {
  // The holder runs as its own process, so it is bundled like the CLI is.
  buildSync({
    entryPoints: [path.join(projectRoot, 'tests/support/holdProjectOpen.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    outfile: holderScript,
    logLevel: 'error',
  });
});

beforeEach(() => {
  folder = temporaryFolder();
  file = path.join(folder.path, 'shared.ctproj');
  ProjectFile.create(file, { title: 'Shared text', ituNumber: 'X.500' }, { program: 'setup' }).close();
});

afterEach(() => {
  for (const child of children) child.kill('SIGKILL');
  children = [];
  folder.remove();
});

function startHolder(): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(process.execPath, [holderScript, file], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve({ child, line: output.trim() });
    });
    child.stderr!.on('data', (chunk: Buffer) => reject(new Error(chunk.toString())));
    child.on('exit', (code) => reject(new Error(`The holder process ended early (${code}).`)));
  });
}

describe('the write lock', () => {
  it('lets a second connection open the project only read-only, naming who holds it', () => {
    const first = ProjectFile.open(file, { program: 'Common Text Studio 1.0', access: 'write' });
    const second = ProjectFile.open(file, { program: 'Common Text Studio 1.0', access: 'write' });
    expect(first.readOnly).toBeNull();
    expect(second.readOnly?.message).toMatch(
      new RegExp(`open for editing in Common Text Studio 1\\.0 \\(process ${process.pid},.*opened here read-only`),
    );
    expect(() => second.updateMetadata({ ...second.metadata(), title: 'Overwritten' })).toThrow(/open for editing in/);
    first.close();
    second.close();
  });

  it('shows a read-only connection what the writer saved', () => {
    const writer = ProjectFile.open(file, { program: 'writer', access: 'write' });
    const reader = ProjectFile.open(file, { program: 'reader', access: 'write' });
    writer.updateMetadata({ ...writer.metadata(), title: 'Revised title' });
    expect(reader.metadata().title).toBe('Revised title');
    writer.close();
    reader.close();
  });

  it('passes to the next program once the holder closes the project', () => {
    const first = ProjectFile.open(file, { program: 'first', access: 'write' });
    first.close();
    const next = ProjectFile.open(file, { program: 'next', access: 'write' });
    expect(next.readOnly).toBeNull();
    next.updateMetadata({ ...next.metadata(), edition: '2' });
    next.close();
    expect(fs.existsSync(WriteLock.lockPathFor(file))).toBe(false);
  });

  it('holds against another process, and is released when that process is killed', async () => {
    const { child, line } = await startHolder();
    expect(line).toBe('ready');
    const refused = ProjectFile.open(file, { program: 'test', access: 'write' });
    expect(refused.readOnly?.message).toMatch(new RegExp(`lock-holder test process \\(process ${child.pid},`));
    refused.close();

    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const after = ProjectFile.open(file, { program: 'test', access: 'write' });
    expect(after.readOnly).toBeNull();
    after.close();
  });

  it('stops the command line from replacing a project open for writing', async () => {
    const holder = ProjectFile.open(file, { program: 'Common Text Studio 1.0', access: 'write' });
    let stderr = '';
    const code = await runCli(['new', file, '--title', 'Clobber', '--force'], {
      out: { write: () => true },
      err: { write: (text) => (stderr += text) },
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot be replaced: it is open for editing in Common Text Studio 1\.0/);
    expect(holder.metadata().title).toBe('Shared text');
    holder.close();
  });

  it('lets the command line read a project open for writing', async () => {
    const holder = ProjectFile.open(file, { program: 'Common Text Studio 1.0', access: 'write' });
    let stdout = '';
    const code = await runCli(['info', file, '--json'], { out: { write: (text) => (stdout += text) }, err: { write: () => true } });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).metadata.title).toBe('Shared text');
    holder.close();
  });
});
