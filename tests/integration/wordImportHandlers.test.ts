import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreSession } from '../../electron/core/coreHandlers';
import { createCoreSession } from '../../electron/core/coreHandlers';
import { dispatch } from '../../electron/core/dispatch';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { RecentProjects } from '../../electron/core/recentProjects';
import type { Handlers } from '../../shared/contract/contract';
import type { ImportProgress } from '../../shared/domain/wordImport';
import { doc, heading, paragraph } from '../support/documentBuilders';
import { fileDigest } from '../support/fileDigest';
import { legacyWordFile } from '../support/legacyWordFile';
import { samplePath } from '../support/samples';
import { temporaryFolder } from '../support/temporaryFolder';

let folder: ReturnType<typeof temporaryFolder>;
let session: CoreSession;
let handlers: Handlers;
let progress: ImportProgress[];

beforeEach(() => {
  folder = temporaryFolder();
  progress = [];
  session = createCoreSession({
    program: 'test',
    version: 'test',
    electron: null,
    recent: new RecentProjects(path.join(folder.path, 'recent.json')),
    onImportProgress: (event) => progress.push(event),
  });
  const noAnswer = () => ({ path: null });
  handlers = {
    ...session.handlers,
    'dialog.chooseProjectToOpen': noAnswer,
    'dialog.chooseNewProjectPath': noAnswer,
    'dialog.chooseWordDocument': noAnswer,
    'dialog.chooseExportPath': noAnswer,
    'dialog.chooseExportFolder': noAnswer,
    'dialog.chooseTemplate': noAnswer,
  };
});
afterEach(() => {
  session.dispose();
  folder.remove();
});

const x500 = samplePath('T-REC-X.500-2016-E.docx');
const a12 = samplePath('T-REC-A.12-201611-E.docx');

describe('the Word import handlers', () => {
  it('create a project from X.500 with its title and numbers from the title block, reporting progress to the end', async () => {
    const file = path.join(folder.path, 'x500.ctproj');
    const result = await dispatch(handlers, 'project.createFromWord', { path: file, source: x500, language: 'en', trackedChanges: 'keep' });
    if (!result.ok) throw new Error(result.error.message);
    const { snapshot, report } = result.value;
    expect(snapshot.metadata).toMatchObject({ ituNumber: 'X.500', isoNumber: '9594-1' });
    expect(snapshot.metadata.title).toMatch(/^Information technology – Open Systems Interconnection –\s?The Directory: Overview/);
    expect(snapshot.masters.map((master) => master.language)).toEqual(['en']);
    expect(report.counts.clauses).toBeGreaterThan(50);
    expect(progress.map((event) => event.phase)).toEqual(expect.arrayContaining(['reading', 'converting', 'numbering', 'saving']));
    expect(progress.at(-1)).toEqual({ phase: 'saving', fraction: 1 });
    // The project is the one open now, and remembered.
    expect((await handlers['project.current']({}))?.path).toBe(fs.realpathSync(file));
    expect((await handlers['recent.list']({})).map((entry) => entry.designation)).toEqual(['Rec. ITU-T X.500 | ISO/IEC 9594-1']);
  });

  it('make a project of another language with that master alone', async () => {
    const file = path.join(folder.path, 'a12-fr.ctproj');
    const result = await dispatch(handlers, 'project.createFromWord', {
      path: file,
      source: a12,
      language: 'fr',
      trackedChanges: 'accept',
    });
    expect(result.ok && result.value.snapshot.masters.map((master) => master.language)).toEqual(['fr']);
  });

  it('leave no project file behind when the document is refused', async () => {
    const legacy = path.join(folder.path, 'Draft.doc');
    fs.writeFileSync(legacy, legacyWordFile());
    const file = path.join(folder.path, 'draft.ctproj');
    const result = await dispatch(handlers, 'project.createFromWord', {
      path: file,
      source: legacy,
      language: 'en',
      trackedChanges: 'keep',
    });
    expect(result.ok ? 'imported' : result.error.code).toBe('not-a-word-document');
    expect(fs.readdirSync(folder.path).sort()).toEqual(['Draft.doc']);
  });

  it('import into the open project: a new language is added, a master with text is replaced only when asked', async () => {
    const file = path.join(folder.path, 'project.ctproj');
    const project = ProjectFile.create(file, { title: 'The Directory' }, { program: 'test' });
    project.saveMaster('en', doc(heading(1, 'Scope', 'h-scope'), paragraph('The Directory.')));
    project.close();
    await handlers['project.open']({ path: file });
    const options = { source: a12, trackedChanges: 'keep' } as const;

    const added = await dispatch(handlers, 'masters.importWord', { ...options, language: 'es', replace: false });
    expect(added.ok && added.value.snapshot.masters.map((master) => master.language)).toEqual(['en', 'es']);

    const refused = await dispatch(handlers, 'masters.importWord', { ...options, language: 'en', replace: false });
    expect(refused.ok ? 'imported' : refused.error).toEqual({
      code: 'already-exists',
      message:
        'The English master already holds text (20 characters), so the Word document was not imported. Import it again choosing to replace that master, or as another language.',
    });
    expect((await handlers['masters.get']({ language: 'en' })).characters).toBe(20);

    const replaced = await dispatch(handlers, 'masters.importWord', { ...options, language: 'en', replace: true });
    expect(replaced.ok).toBe(true);
    expect((await handlers['masters.get']({ language: 'en' })).characters).toBeGreaterThan(1000);
  });

  it('leave the open project byte for byte as it was when the document is refused', async () => {
    const file = path.join(folder.path, 'project.ctproj');
    ProjectFile.create(file, { title: 'The Directory' }, { program: 'test' }).close();
    const notWord = path.join(folder.path, 'notes.docx');
    fs.writeFileSync(notWord, 'Minutes of the meeting.\n');
    await handlers['project.open']({ path: file });
    const before = fileDigest(file);
    const result = await dispatch(handlers, 'masters.importWord', {
      source: notWord,
      language: 'en',
      trackedChanges: 'keep',
      replace: true,
    });
    expect(result.ok ? 'imported' : result.error.message).toBe('“notes.docx” is a text file, not a Word document (.docx).');
    await handlers['project.close']({});
    expect(fileDigest(file)).toBe(before);
  });

  it('say so when there is no project to import into', async () => {
    const result = await dispatch(handlers, 'masters.importWord', { source: a12, language: 'en', trackedChanges: 'keep', replace: false });
    expect(result.ok ? 'imported' : result.error.code).toBe('no-project-open');
  });
});
