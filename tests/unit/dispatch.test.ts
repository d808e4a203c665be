import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/contract/contract';
import { channelNames } from '../../shared/contract/contract';
import { dispatch } from '../../electron/core/dispatch';
import { ProjectError } from '../../electron/core/projectError';

/** A handler table that records what reached it; every call it did not expect fails the test. */
function recordingHandlers(overrides: Partial<Record<keyof Handlers, (args: never) => unknown>> = {}) {
  const calls: { channel: string; args: unknown }[] = [];
  const table = Object.fromEntries(
    channelNames.map((channel) => [
      channel,
      (args: unknown) => {
        calls.push({ channel, args });
        const override = overrides[channel] as ((args: unknown) => unknown) | undefined;
        return override ? override(args) : null;
      },
    ]),
  ) as unknown as Handlers;
  return { table, calls };
}

const validMetadata = {
  ituNumber: 'X.500',
  isoNumber: '9594-1',
  title: 'Information technology – The Directory',
  edition: '9',
  stage: 'DIS',
  studyGroup: '17',
  question: '11/17',
  subcommittee: '6',
  workingGroup: '10',
  projectNumber: '',
  editors: [{ name: 'Erik Andersen', affiliation: 'Andersen Consulting', email: 'era@example.org' }],
};

describe('dispatch', () => {
  it('passes valid arguments to the handler and wraps its value as success', async () => {
    const { table, calls } = recordingHandlers({ 'recent.list': () => [] });
    const result = await dispatch(table, 'recent.list', {});
    expect(result).toEqual({ ok: true, value: [] });
    expect(calls).toEqual([{ channel: 'recent.list', args: {} }]);
  });

  it('refuses a channel that is not in the contract, without calling anything', async () => {
    const { table, calls } = recordingHandlers();
    const result = await dispatch(table, 'project.delete', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('unknown-channel');
      expect(result.error.message).toContain('project.delete');
    }
    expect(calls).toHaveLength(0);
  });

  it('refuses a channel name inherited from Object.prototype', async () => {
    const { table } = recordingHandlers();
    const result = await dispatch(table, 'constructor', {});
    expect(result.ok ? 'ok' : result.error.code).toBe('unknown-channel');
  });

  it('refuses invalid arguments with each field named, and never calls the handler', async () => {
    const { table, calls } = recordingHandlers();
    const result = await dispatch(table, 'project.updateMetadata', { metadata: { ...validMetadata, ituNumber: 'X500', title: '  ' } });
    expect(calls).toHaveLength(0);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-arguments');
      expect(result.error.issues).toEqual(
        expect.arrayContaining([
          { field: 'metadata.ituNumber', message: 'Write the ITU-T number as e.g. X.500.' },
          { field: 'metadata.title', message: 'Give the text a title.' },
        ]),
      );
      expect(result.error.message).toMatch(/and 1 more problem/);
    }
  });

  it('refuses arguments that are not an object at all', async () => {
    const { table, calls } = recordingHandlers();
    for (const args of [undefined, null, 'x', 42, []]) {
      const result = await dispatch(table, 'project.open', args);
      expect(result.ok ? 'ok' : result.error.code).toBe('invalid-arguments');
    }
    expect(calls).toHaveLength(0);
  });

  it('refuses keys the schema does not know', async () => {
    const { table } = recordingHandlers();
    const result = await dispatch(table, 'project.open', { path: '/tmp/a.ctproj', sql: 'DROP TABLE project' });
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid-arguments');
  });

  it('refuses a path with a null character', async () => {
    const { table } = recordingHandlers();
    const result = await dispatch(table, 'project.open', { path: '/tmp/a\0b.ctproj' });
    expect(result.ok ? 'ok' : result.error.message).toBe('The path contains a null character. (path)');
  });

  it('hands the handler trimmed values', async () => {
    const { table, calls } = recordingHandlers();
    await dispatch(table, 'project.updateMetadata', { metadata: { ...validMetadata, title: '  Padded title  ' } });
    expect((calls[0]?.args as { metadata: { title: string } }).metadata.title).toBe('Padded title');
  });

  it('accepts a new project with only a title', async () => {
    const { table, calls } = recordingHandlers();
    const result = await dispatch(table, 'project.create', { path: '/tmp/x.ctproj', metadata: { title: 'T' } });
    expect(result.ok).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('takes a master as JSON text, as the editor sends it, and refuses text that is not JSON', async () => {
    const { table, calls } = recordingHandlers();
    const text = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Scope' }] }] });
    const saved = await dispatch(table, 'masters.save', { language: 'en', content: text });
    expect(saved.ok).toBe(true);
    expect(calls).toEqual([{ channel: 'masters.save', args: { language: 'en', content: JSON.parse(text) } }]);
    const broken = await dispatch(table, 'masters.save', { language: 'en', content: text.slice(0, -3) });
    const notDoc = await dispatch(table, 'masters.save', { language: 'en', content: '{"type":"paragraph"}' });
    expect(broken.ok ? '' : broken.error.message).toMatch(/not valid JSON/);
    expect(notDoc.ok).toBe(false);
    expect(calls).toHaveLength(1);
  });

  it('refuses a master that is not a ProseMirror document', async () => {
    const { table, calls } = recordingHandlers();
    const notDoc = await dispatch(table, 'masters.save', { language: 'en', content: { type: 'paragraph' } });
    const badLanguage = await dispatch(table, 'masters.save', { language: 'de', content: { type: 'doc' } });
    const badChild = await dispatch(table, 'masters.save', { language: 'en', content: { type: 'doc', content: [{ text: 'x' }] } });
    expect([notDoc, badLanguage, badChild].map((result) => (result.ok ? 'ok' : result.error.code))).toEqual([
      'invalid-arguments',
      'invalid-arguments',
      'invalid-arguments',
    ]);
    expect(calls).toHaveLength(0);
  });

  it('returns a ProjectError as a typed failure with its own message', async () => {
    const { table } = recordingHandlers({
      'project.open': () => {
        throw new ProjectError('newer-schema', 'Saved by a newer version.');
      },
    });
    expect(await dispatch(table, 'project.open', { path: '/tmp/a.ctproj' })).toEqual({
      ok: false,
      error: { code: 'newer-schema', message: 'Saved by a newer version.' },
    });
  });

  it('says in plain words when SQLite cannot save (disk full, read-only file)', async () => {
    const sqliteError = (code: string) => Object.assign(new Error('database or disk is full'), { code });
    const { table } = recordingHandlers({
      'masters.save': () => {
        throw sqliteError('SQLITE_FULL');
      },
      'project.updateMetadata': () => {
        throw sqliteError('SQLITE_READONLY_DBMOVED');
      },
    });
    const full = await dispatch(table, 'masters.save', { language: 'en', content: { type: 'doc' } });
    expect(full.ok ? 'ok' : full.error.message).toMatch(/^The disk is full, so the change was not saved/);
    const readOnly = await dispatch(table, 'project.updateMetadata', { metadata: validMetadata });
    expect(readOnly.ok ? 'ok' : readOnly.error.code).toBe('read-only');
  });

  it('returns an unexpected error as a readable message, never a stack', async () => {
    const { table } = recordingHandlers({
      'recent.list': () => {
        throw new TypeError('Cannot read properties of undefined');
      },
    });
    const original = console.error;
    console.error = () => undefined;
    const result = await dispatch(table, 'recent.list', {});
    console.error = original;
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('internal');
      expect(result.error.message).toBe('An unexpected problem stopped this action: Cannot read properties of undefined');
      expect(JSON.stringify(result)).not.toMatch(/\bat \S+ \(/);
    }
  });
});
