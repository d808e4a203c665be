import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { documentText } from '../../shared/domain/project';
import { writeProject } from '../e2e/openProject';
import type { AppProcess } from '../support/appProcess';
import { buildAppScript, startApp } from '../support/appProcess';
import { generateCommonText } from '../support/commonTextGenerator';
import { temporaryFolder } from '../support/temporaryFolder';

// The promise of autosave is that a crash loses at most the last 2 seconds of typing, also for
// someone who types on without ever stopping for the autosave's pause. (autosaveAfterKill.test.ts
// covers a kill 2 s after typing stopped, and one in the middle of an edit.) The app runs in a
// process of its own, on a 20-page master, and is killed with its browser without a chance to save.

let script: string;
let folder: ReturnType<typeof temporaryFolder>;
let app: AppProcess | null = null;

beforeAll(() => {
  script = buildAppScript('typeIntoMaster-autosaveKill.mjs');
});

beforeEach(() => {
  folder = temporaryFolder('cts-kill-typing-');
});

afterEach(async () => {
  await app?.kill();
  app = null;
  folder.remove();
});

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** The master's text as the file holds it; the file must open for writing and be a sound database. */
function savedText(file: string): string {
  const project = ProjectFile.open(file, { program: 'test', access: 'write' });
  let text: string;
  try {
    expect(project.readOnly).toBeNull();
    text = documentText(project.master('en').content);
  } finally {
    project.close();
  }
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    db.close();
  }
  return text;
}

/** The text as a reader finds it while the app holds the project. */
function textNow(file: string): string {
  const project = ProjectFile.open(file, { program: 'test', access: 'read' });
  try {
    return documentText(project.master('en').content);
  } finally {
    project.close();
  }
}

describe('autosave, when the app is killed while the user is still typing', () => {
  // One run, two findings: what the file holds after the kill, and whether it holds enough.
  let run: { before: string; words: string[]; typedAt: number[]; killedAt: number; text: string } | null = null;

  it('leaves a project that opens cleanly, holding a state the user had', async () => {
    const file = writeProject(folder.path, 'typing.ctproj', generateCommonText({ pages: 20 }).doc);
    app = await startApp(script, file, path.join(folder.path, 'settings'));
    await app.type(' Before.');
    await app.waitSaved();
    const before = textNow(file);
    expect(before.endsWith(' Before.')).toBe(true);

    // About four seconds of steady typing, a word every fifth of a second or so: never a pause of 800 ms.
    const words = Array.from({ length: 24 }, (_, index) => ` word${String(index + 1).padStart(2, '0')}`);
    const typedAt: number[] = [];
    for (const word of words) {
      typedAt.push(await app.type(word));
      await sleep(100);
    }
    await sleep(Math.max(0, typedAt[typedAt.length - 1]! + 100 - Date.now()));
    const killedAt = Date.now();
    await app.kill();
    app = null;

    const text = savedText(file);
    // The text before, then none, some or all of the words, in order: never a torn or mixed state.
    expect(text.startsWith(before)).toBe(true);
    expect(words.join('').startsWith(text.slice(before.length))).toBe(true);
    run = { before, words, typedAt, killedAt, text };
  }, 90_000);

  // The autosave waits for an 800 ms pause, but never more than 1.2 s after the first unsaved change
  // (renderer/store/masterSlice.ts): without that cap, someone typing on without a pause had nothing saved.
  it('keeps every word typed more than 2 seconds before the kill', () => {
    expect(run).not.toBeNull();
    const { before, words, typedAt, killedAt, text } = run!;
    const mustHave = words.filter((_, index) => typedAt[index]! <= killedAt - 2000).join('');
    expect(mustHave.length).toBeGreaterThan(0);
    expect(text.slice(before.length, before.length + mustHave.length)).toBe(mustHave);
  });
});
