import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
import type { CommentSheet, SheetComment } from '../../shared/domain/comment';
import { inClause } from '../../shared/domain/comment';
import { temporaryFolder } from '../support/temporaryFolder';

let folder: ReturnType<typeof temporaryFolder>;
let project: ProjectFile;
let file: string;

const row = (overrides: Partial<SheetComment>): SheetComment => ({
  row: 2,
  identifier: '',
  memberBody: 'US',
  editingUnit: false,
  lineNumber: '',
  clause: '6.1',
  paragraph: '',
  types: ['te'],
  comment: 'The text is unclear.',
  proposedChange: 'Clarify it.',
  observations: '',
  ...overrides,
});

const sheet = (comments: SheetComment[]): CommentSheet => ({
  fileName: 'dis-comments.docx',
  format: 'docx',
  layout: 'ISO/IEC template 2012-03 (8 columns)',
  date: '',
  document: '',
  project: '',
  comments,
  problems: [{ row: 9, message: 'row 9: the type “xx” is none of ge, te, ed' }],
});

const first = sheet([
  row({ row: 2 }),
  row({ row: 3, clause: '60', types: ['ed'], comment: 'Typo in clause 60.' }),
  row({ row: 4, memberBody: 'DE', clause: '6', types: ['ge'], comment: 'General remark.' }),
  row({ row: 5, memberBody: 'US', editingUnit: true, clause: 'A.2', types: ['ed'], comment: 'Editing unit remark.' }),
  row({ row: 6, identifier: 'FR-01-007', memberBody: 'FR', clause: '6.2.1', types: ['te', 'ed'], comment: 'Missing case 50%_x.' }),
]);

beforeEach(() => {
  folder = temporaryFolder('cts-comments-');
  file = path.join(folder.path, 'x500.ctproj');
  project = ProjectFile.create(file, { title: 'The Directory' }, { program: 'test' });
});
afterEach(() => {
  project.close();
  folder.remove();
});

describe('ballot comments in the project file', () => {
  it('imports a sheet under its ballot, giving comments without one an identifier from their member', () => {
    const result = project.importComments(first, 'DIS ballot', new Date('2026-11-22T10:00:00Z'));
    expect(result).toMatchObject({ ballot: 'DIS ballot', added: 5, updated: [], unchanged: 0 });
    expect(result.problems).toHaveLength(1);
    expect(project.comments().map((comment) => comment.identifier)).toEqual(['US-001', 'US-002', 'DE-001', 'US-EU-001', 'FR-01-007']);
    const [us] = project.comments();
    expect(us).toMatchObject({
      ballot: 'DIS ballot',
      memberBody: 'US',
      clause: '6.1',
      types: ['te'],
      decision: null,
      status: 'open',
      sourceFile: 'dis-comments.docx',
      sourceRow: 2,
    });
    expect(project.ballots()).toEqual(['DIS ballot']);
    expect(project.snapshot().counts.comments).toBe(5);
  });

  it('adds nothing when the same sheet comes again, and updates only the rows a revised sheet changed, with their history', () => {
    project.importComments(first, 'DIS ballot');
    expect(project.importComments(first, 'DIS ballot')).toMatchObject({ added: 0, updated: [], unchanged: 5 });
    const revised = sheet([
      ...first.comments.slice(0, 2),
      { ...first.comments[2]!, comment: 'General remark, revised.' },
      ...first.comments.slice(3),
    ]);
    expect(project.importComments(revised, 'DIS ballot')).toMatchObject({ added: 0, updated: ['DE-001'], unchanged: 4 });
    expect(project.comments({ memberBody: 'de' })[0]!.comment).toBe('General remark, revised.');
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT field, before, after, changed_by FROM disposition_history').all()).toEqual([
        { field: 'comment', before: 'General remark.', after: 'General remark, revised.', changed_by: 'import of dis-comments.docx' },
      ]);
    } finally {
      db.close();
    }
    // The same identifiers under another ballot are other comments.
    expect(project.importComments(first, 'CD ballot').added).toBe(5);
    expect(project.comments({ ballot: 'CD ballot' })).toHaveLength(5);
  });

  it('filters by member, type, clause and its subclauses, decision, status and text', () => {
    project.importComments(first, '');
    const ids = (filter: Parameters<ProjectFile['comments']>[0]) => project.comments(filter).map((comment) => comment.identifier);
    expect(ids({ clause: '6' })).toEqual(['US-001', 'DE-001', 'FR-01-007']);
    expect(ids({ clause: '6.2' })).toEqual(['FR-01-007']);
    expect(ids({ type: 'ed' })).toEqual(['US-002', 'US-EU-001', 'FR-01-007']);
    expect(ids({ memberBody: 'US' })).toEqual(['US-001', 'US-002', 'US-EU-001']);
    expect(ids({ text: '50%_x' })).toEqual(['FR-01-007']);
    expect(ids({ text: 'REMARK' })).toEqual(['DE-001', 'US-EU-001']);
    expect(ids({ decision: 'none', status: 'open' })).toHaveLength(5);
    expect(ids({ decision: 'accepted' })).toEqual([]);
    expect(ids({ ballot: '' })).toHaveLength(5);
    expect(inClause('6.10', '6.1')).toBe(false);
    expect(inClause('A.2.1', 'A.2')).toBe(true);
  });

  it('records decisions, bulk or one by one, with who and when, and links duplicates within the ballot', () => {
    project.importComments(first, 'DIS ballot');
    const [us1, us2, de] = project.comments();
    const decided = project.updateDispositions(
      [us1!.id, us2!.id],
      { decision: 'accepted', status: 'proposed', assignee: 'J. Smith' },
      'J. Smith',
      new Date('2026-11-23T09:00:00Z'),
    );
    expect(decided.map((comment) => [comment.decision, comment.status, comment.assignee])).toEqual([
      ['accepted', 'proposed', 'J. Smith'],
      ['accepted', 'proposed', 'J. Smith'],
    ]);
    project.updateDispositions([de!.id], { duplicateOf: 'US-001', resolution: 'See US-001.' }, 'A. Editor');
    expect(project.comments({ memberBody: 'DE' })[0]).toMatchObject({ duplicateOf: 'US-001', resolution: 'See US-001.' });
    expect(project.dispositionHistory(us1!.id)).toEqual([
      { changedAt: '2026-11-23T09:00:00.000Z', changedBy: 'J. Smith', field: 'decision', before: null, after: 'accepted' },
      { changedAt: '2026-11-23T09:00:00.000Z', changedBy: 'J. Smith', field: 'status', before: 'open', after: 'proposed' },
      { changedAt: '2026-11-23T09:00:00.000Z', changedBy: 'J. Smith', field: 'assignee', before: '', after: 'J. Smith' },
    ]);
    // Nothing changes when nothing differs; a link to a comment that is not there, or to itself, is refused.
    project.updateDispositions([us1!.id], { decision: 'accepted' }, 'J. Smith');
    expect(project.dispositionHistory(us1!.id)).toHaveLength(3);
    expect(() => project.updateDispositions([de!.id], { duplicateOf: 'ZZ-001' }, 'x')).toThrow(
      'DE-001 cannot be a duplicate of “ZZ-001”: there is no such comment in its ballot.',
    );
    expect(() => project.updateDispositions([de!.id], { supersededBy: 'DE-001' }, 'x')).toThrow('DE-001 cannot be superseded by itself.');
    expect(project.comments({ memberBody: 'DE' })[0]!.supersededBy).toBe('');
  });

  it('refuses to import into a project opened read-only, and stores nothing', () => {
    project.close();
    project = ProjectFile.open(file, { program: 'test', access: 'read' });
    expect(() => project.importComments(first, 'DIS ballot')).toThrow(/read-only|read only/i);
    expect(project.comments()).toEqual([]);
  });
});
