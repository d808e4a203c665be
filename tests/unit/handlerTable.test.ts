import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/contract/contract';
import { createCoreSession } from '../../electron/core/coreHandlers';
import { latestVersion } from '../../electron/core/database/migrationRunner';
import { migrations } from '../../electron/core/database/migrations';
import { dispatch } from '../../electron/core/dispatch';
import { RecentProjects } from '../../electron/core/recentProjects';
import { temporaryFolder } from '../support/temporaryFolder';

const folder = temporaryFolder();
afterAll(() => folder.remove());

const session = () =>
  createCoreSession({
    program: 'test',
    version: 'test',
    electron: null,
    recent: new RecentProjects(path.join(folder.path, 'recent.json')),
  });

describe('the core handler table', () => {
  it('handles every channel of the contract except the native dialogs', () => {
    const core = Object.keys(session().handlers).sort();
    const expected = channelNames.filter((name) => !name.startsWith('dialog.')).sort();
    expect(core).toEqual(expected);
  });

  it('answers project calls with “no project open” until one is opened', async () => {
    const { handlers } = session();
    const all = {
      ...handlers,
      'dialog.chooseProjectToOpen': () => ({ path: null }),
      'dialog.chooseNewProjectPath': () => ({ path: null }),
      'dialog.chooseWordDocument': () => ({ path: null }),
      'dialog.chooseExportPath': () => ({ path: null }),
      'dialog.chooseExportFolder': () => ({ path: null }),
      'dialog.chooseTemplate': () => ({ path: null }),
    };
    expect(await dispatch(all, 'project.current', {})).toEqual({ ok: true, value: null });
    const result = await dispatch(all, 'masters.get', { language: 'en' });
    expect(result.ok ? 'ok' : result.error).toEqual({
      code: 'no-project-open',
      message: 'No project is open. Open or create a project first.',
    });
  });

  it('creates, switches and closes projects, remembering each in the recent list', async () => {
    const { handlers, isProjectOpen, dispose } = session();
    const first = path.join(folder.path, 'first.ctproj');
    const second = path.join(folder.path, 'second.ctproj');
    await handlers['project.create']({ path: first, metadata: { title: 'First' } });
    await handlers['project.create']({ path: second, metadata: { title: 'Second', ituNumber: 'X.501' } });
    expect((await handlers['project.current']({}))?.metadata.title).toBe('Second');
    expect((await handlers['recent.list']({})).map((entry) => entry.designation)).toEqual(['Rec. ITU-T X.501', 'First']);
    // The first project was closed when the second opened: it can be opened for writing again.
    const reopened = await handlers['project.open']({ path: first });
    expect(reopened.readOnly).toBeNull();
    await handlers['project.close']({});
    expect(isProjectOpen()).toBe(false);
    dispose();
  });

  it('reports its versions for the About box', async () => {
    const info = await session().handlers['app.info']({});
    expect(info).toMatchObject({ name: 'Common Text Studio', electron: null, schemaVersion: latestVersion(migrations) });
    expect(info.sqlite).toMatch(/^3\.\d+\.\d+$/);
  });
});
