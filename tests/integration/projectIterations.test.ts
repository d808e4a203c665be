import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreSession } from '../../electron/core/coreHandlers';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { ProjectError } from '../../electron/core/projectError';
import { RecentProjects } from '../../electron/core/recentProjects';
import type { DocumentNodeInput } from '../../shared/contract/schemas';
import { localCalendarDate } from '../../shared/domain/calendarDate';
import type { DocumentJson } from '../../shared/domain/project';
import { documentText } from '../../shared/domain/project';
import { doc, heading, paragraph } from '../support/documentBuilders';
import { fileDigest } from '../support/fileDigest';
import { temporaryFolder } from '../support/temporaryFolder';

const program = 'iteration test';
let folder: ReturnType<typeof temporaryFolder>;
let file: string;

const english = (words: string): DocumentJson => doc(heading(1, 'Scope', 'h-scope'), paragraph(words));
const french = (words: string): DocumentJson => doc(heading(1, 'Domaine d’application', 'h-scope'), paragraph(words));
const geneva = { label: 'Output of the Geneva meeting', documentNumber: 'N1234', date: '2026-11-22', editor: 'J. Smith' };

beforeEach(() => {
  folder = temporaryFolder();
  file = path.join(folder.path, 'x500.ctproj');
  const project = ProjectFile.create(file, { title: 'The Directory', ituNumber: 'X.500', isoNumber: '9594-1' }, { program });
  project.saveMaster('en', english('The Directory provides directory services.'));
  project.addMaster('fr');
  project.saveMaster('fr', french('L’annuaire fournit des services.'));
  project.close();
});
afterEach(() => folder.remove());

function withProject<T>(access: 'read' | 'write', work: (project: ProjectFile) => T): T {
  const project = ProjectFile.open(file, { program, access });
  try {
    return work(project);
  } finally {
    project.close();
  }
}

function refusal(work: () => unknown): ProjectError {
  try {
    work();
  } catch (error) {
    if (error instanceof ProjectError) return error;
    throw error;
  }
  throw new Error('It was done, but it should have been refused.');
}

/** Everything the iterations hold, to compare before and after. */
const iterationRows = (): unknown => {
  const db = new Database(file, { readonly: true });
  try {
    return {
      iterations: db.prepare('SELECT * FROM iteration ORDER BY number').all(),
      masters: db.prepare('SELECT * FROM iteration_master ORDER BY iteration, language').all(),
    };
  } finally {
    db.close();
  }
};

describe('saving an iteration', () => {
  it('freezes every language master, numbered 1, 2, 3 …, with its label, document number, date and editor', () => {
    const saved = withProject('write', (project) => project.saveIteration(geneva));
    expect(saved).toEqual({
      number: 1,
      ...geneva,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      languages: [
        { language: 'en', characters: documentText(english('The Directory provides directory services.')).length },
        { language: 'fr', characters: documentText(french('L’annuaire fournit des services.')).length },
      ],
      basedOn: null,
    });
    withProject('write', (project) => {
      expect(project.iterationMaster(1, 'en').content).toEqual(english('The Directory provides directory services.'));
      expect(project.iterationMaster(1, 'fr').content).toEqual(french('L’annuaire fournit des services.'));
      project.saveMaster('en', english('The Directory provides naming services.'));
      expect(project.saveIteration({ label: 'Draft for the CD ballot', documentNumber: '', editor: '' }).number).toBe(2);
      expect(project.counts().iterations).toBe(2);
      // The first iteration kept the text it froze.
      expect(documentText(project.iterationMaster(1, 'en').content)).toContain('directory services');
      expect(documentText(project.iterationMaster(2, 'en').content)).toContain('naming services');
    });
  });

  it('dates it today in local time when no date is given', () => {
    const lateEvening = new Date(2026, 10, 22, 23, 45);
    const saved = withProject('write', (project) => project.saveIteration({ label: 'Late', documentNumber: '', editor: '' }, lateEvening));
    expect(saved.date).toBe('2026-11-22');
    const today = withProject('write', (project) => project.saveIteration({ label: 'Now', documentNumber: '', editor: '' }));
    expect(today.date).toBe(localCalendarDate());
  });

  it('lists the iterations newest first, with the characters of each master', () => {
    withProject('write', (project) => {
      project.saveIteration(geneva);
      project.saveMaster('fr', french('L’annuaire fournit des services d’annuaire.'));
      project.saveIteration({ label: 'Output of the Berlin meeting', documentNumber: 'TD 56', date: '2027-03-09', editor: 'A. Martin' });
    });
    const list = withProject('read', (project) => project.iterations());
    expect(list.workingBasedOn).toBeNull();
    expect(list.iterations.map((iteration) => [iteration.number, iteration.label, iteration.documentNumber])).toEqual([
      [2, 'Output of the Berlin meeting', 'TD 56'],
      [1, 'Output of the Geneva meeting', 'N1234'],
    ]);
    expect(list.iterations[0]?.languages).toEqual([
      { language: 'en', characters: documentText(english('The Directory provides directory services.')).length },
      { language: 'fr', characters: documentText(french('L’annuaire fournit des services d’annuaire.')).length },
    ]);
  });

  it('refuses an empty label, a malformed or impossible date, and a read-only project, leaving the file as it was', () => {
    const before = fileDigest(file);
    withProject('write', (project) => {
      const empty = refusal(() => project.saveIteration({ ...geneva, label: '  ' }));
      expect(empty.code).toBe('invalid-arguments');
      expect(empty.message).toBe('No iteration was saved: Give the iteration a label, e.g. “Output of the Geneva meeting”.');
      expect(refusal(() => project.saveIteration({ ...geneva, date: '22.11.2026' })).issues).toEqual([
        { field: 'date', message: 'Write the date as YYYY-MM-DD, e.g. 2026-11-22.' },
      ]);
      expect(refusal(() => project.saveIteration({ ...geneva, date: '2026-02-29' })).message).toBe(
        'No iteration was saved: February 2026 has no day 29.',
      );
      expect(project.counts().iterations).toBe(0);
    });
    expect(fileDigest(file)).toBe(before);
    const readOnly = refusal(() => withProject('read', (project) => project.saveIteration(geneva)));
    expect(readOnly.code).toBe('read-only');
    expect(withProject('read', (project) => project.counts().iterations)).toBe(0);
  });

  it('says which iterations and languages there are when asked for one that is not there', () => {
    withProject('write', (project) => {
      expect(refusal(() => project.iteration(1)).message).toBe('The project has no iteration 1: it has no iteration yet.');
      project.saveIteration(geneva);
      expect(refusal(() => project.iterationMaster(4, 'en')).message).toBe(
        'The project has no iteration 4: its iterations are numbered 1 to 1.',
      );
      expect(refusal(() => project.iterationMaster(1, 'ru')).message).toBe(
        'Iteration 1 holds no Russian master; it holds: English, French.',
      );
    });
  });
});

describe('iterations are immutable', () => {
  it('are refused any change or deletion by SQLite itself, whoever writes the file', () => {
    withProject('write', (project) => project.saveIteration(geneva));
    const before = iterationRows();
    const db = new Database(file);
    try {
      expect(() => db.prepare("UPDATE iteration SET label = 'Rewritten' WHERE number = 1").run()).toThrow(
        'An iteration cannot be changed: iterations are an immutable record of the text.',
      );
      expect(() => db.prepare('DELETE FROM iteration').run()).toThrow('An iteration cannot be deleted');
      expect(() => db.prepare("UPDATE iteration_master SET content = '{}' WHERE iteration = 1").run()).toThrow(
        'The text of an iteration cannot be changed',
      );
      expect(() => db.prepare("DELETE FROM iteration_master WHERE language = 'fr'").run()).toThrow(
        'The text of an iteration cannot be deleted',
      );
      expect(() =>
        db.prepare("INSERT INTO iteration (number, label, date, created_at) VALUES (2, 'Bad', '2026-02-30', 'now')").run(),
      ).toThrow(/CHECK constraint failed/);
    } finally {
      db.close();
    }
    expect(iterationRows()).toEqual(before);
  });
});

describe('starting the working text afresh from an iteration', () => {
  it('replaces every master by the iteration’s text, records where it came from, and leaves the iterations as they were', () => {
    withProject('write', (project) => {
      project.saveIteration(geneva);
      project.saveMaster('en', english('The Directory provides naming services.'));
      project.saveMaster('fr', french('L’annuaire fournit des noms.'));
      project.saveIteration({ label: 'Second thoughts', documentNumber: '', editor: '' });
      project.saveMaster('en', english('Work in progress.'));
    });
    const before = iterationRows();
    withProject('write', (project) => {
      project.startFromIteration(1);
      expect(project.master('en').content).toEqual(english('The Directory provides directory services.'));
      expect(project.master('fr').content).toEqual(french('L’annuaire fournit des services.'));
      expect(project.masters().map((master) => master.characters)).toEqual(project.iteration(1).languages.map((entry) => entry.characters));
      expect(project.iterations().workingBasedOn).toBe(1);
    });
    expect(iterationRows()).toEqual(before);

    // The next iteration records that the working text came from iteration 1.
    const third = withProject('write', (project) => project.saveIteration({ label: 'Third', documentNumber: '', editor: '' }));
    expect(third).toMatchObject({ number: 3, basedOn: 1 });
    expect(withProject('read', (project) => project.iterations().iterations.map((iteration) => iteration.basedOn))).toEqual([
      1,
      null,
      null,
    ]);
  });

  it('keeps a master in a language the iteration does not hold', () => {
    withProject('write', (project) => {
      project.saveIteration(geneva);
      project.addMaster('ru');
      project.saveMaster('ru', doc(paragraph('Справочник.')));
      project.startFromIteration(1);
      expect(documentText(project.master('ru').content)).toBe('Справочник.');
      expect(project.masters().map((master) => master.language)).toEqual(['en', 'fr', 'ru']);
    });
  });

  it('refuses an iteration that is not there, and a read-only project, changing nothing', () => {
    withProject('write', (project) => project.saveIteration(geneva));
    const before = fileDigest(file);
    expect(refusal(() => withProject('write', (project) => project.startFromIteration(2))).code).toBe('not-found');
    expect(fileDigest(file)).toBe(before);
    expect(refusal(() => withProject('read', (project) => project.startFromIteration(1))).code).toBe('read-only');
  });
});

describe('the iteration handlers', () => {
  it('save, list, read and restore through the handler table the app uses, and keep the register count', async () => {
    const session = createCoreSession({
      program,
      version: 'test',
      electron: null,
      recent: new RecentProjects(path.join(folder.path, 'recent.json')),
    });
    try {
      const { handlers } = session;
      await handlers['project.open']({ path: file });
      expect(session.isProjectWritable()).toBe(true);
      const saved = await handlers['iterations.save']({
        label: 'Output of the Geneva meeting',
        documentNumber: 'N1234',
        editor: 'J. Smith',
      });
      expect(saved.iteration).toMatchObject({ number: 1, date: localCalendarDate(), documentNumber: 'N1234' });
      expect(saved.snapshot.counts.iterations).toBe(1);
      expect(saved.list.iterations).toHaveLength(1);
      // As validation hands it on: a plain (mutable) copy of the document.
      const changed: DocumentNodeInput = JSON.parse(JSON.stringify(english('Changed after the meeting.')));
      await handlers['masters.save']({ language: 'en', content: changed });
      const master = await handlers['iterations.master']({ number: 1, language: 'en' });
      expect(master).toMatchObject({ iteration: 1, language: 'en', content: english('The Directory provides directory services.') });
      const restored = await handlers['iterations.restore']({ number: 1 });
      expect(restored.list.workingBasedOn).toBe(1);
      expect((await handlers['masters.get']({ language: 'en' })).content).toEqual(english('The Directory provides directory services.'));
      expect((await handlers['iterations.list']({})).iterations.map((iteration) => iteration.number)).toEqual([1]);
    } finally {
      session.dispose();
    }
  });
});
