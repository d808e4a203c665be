import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
import type { DocumentJson } from '../../shared/domain/project';
import {
  annex,
  appendix,
  bulletList,
  codeBlock,
  crossReference,
  doc,
  figure,
  heading,
  item,
  note,
  orderedList,
  paragraph,
  reference,
  table,
  term,
  titleBlock,
  unnumberedHeading,
} from '../support/documentBuilders';
import { fileDigest } from '../support/fileDigest';
import { temporaryFolder } from '../support/temporaryFolder';

// These run the built command (`node scripts/build.mjs cli` makes it), as a user runs it.
const cts = path.resolve(__dirname, '../../dist/cli/cts.cjs');
let folder: ReturnType<typeof temporaryFolder>;

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cts, ...args], { cwd: folder.path, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A small common text with one of each thing the numbering knows, and one broken cross-reference. */
const commonText: DocumentJson = doc(
  titleBlock('Information technology', 'The Directory', 'Overview of concepts, models and services'),
  unnumberedHeading('foreword', 'Foreword'),
  paragraph('ITU-T and ISO/IEC JTC 1 publish this text in common.'),
  heading(1, 'Scope', 'scope'),
  paragraph('This Recommendation | International Standard introduces the Directory.'),
  note('The Directory is a collection of open systems.'),
  heading(1, 'Normative references', 'references'),
  heading(2, 'Identical Recommendations | International Standards', 'identical'),
  reference('Rec. ITU-T X.501 | ISO/IEC 9594-2, Information technology – The Directory: Models', 'identical', 'x501'),
  heading(1, 'Definitions', 'definitions'),
  term('entry', 'the part of the DIB that holds information about one object', 'entry'),
  heading(1, 'Overview', 'overview'),
  paragraph(
    'Terms are defined in ',
    crossReference('entry'),
    ' and ',
    crossReference('x501'),
    '; see ',
    crossReference('annex-a'),
    ', ',
    crossReference('table-a1'),
    ', ',
    crossReference('figure-1'),
    ' and ',
    crossReference('removed'),
    '.',
  ),
  heading(2, 'Model', 'model'),
  note('The first note.'),
  note('The second note.', 'note-2'),
  figure('The DUA and the DSA', 'figure-1', 'Two boxes joined by a line'),
  orderedList('alpha', item('the user', bulletList('a person', 'a program')), 'the agent'),
  orderedList('numeric', 'one'),
  annex('Abstract syntax of the Directory', { id: 'annex-a' }),
  heading(1, 'Modules', 'modules'),
  paragraph('See ', crossReference('model', 'number'), ' and ', crossReference('note-2'), '.'),
  table(
    'Object classes',
    [
      ['Class', 'Use'],
      ['top', 'every entry'],
    ],
    'table-a1',
  ),
  codeBlock('DirectoryAbstractService DEFINITIONS ::=\nBEGIN\n  Version ::= INTEGER\nEND'),
  appendix('Amendments and corrigenda', 'appendix-1'),
  paragraph('None yet.'),
  unnumberedHeading('bibliography', 'Bibliography'),
  paragraph('Rec. ITU-T X.519 | ISO/IEC 9594-11.'),
);

const expectedText = `Information technology – The Directory – Overview of concepts, models and services

Foreword
ITU-T and ISO/IEC JTC 1 publish this text in common.

1  Scope
This Recommendation | International Standard introduces the Directory.
NOTE – The Directory is a collection of open systems.

2  Normative references

2.1  Identical Recommendations | International Standards
– Rec. ITU-T X.501 | ISO/IEC 9594-2, Information technology – The Directory: Models

3  Definitions
3.1 entry: the part of the DIB that holds information about one object

4  Overview
Terms are defined in 3.1 and Rec. ITU-T X.501 | ISO/IEC 9594-2; see Annex A, Table A.1, Figure 1 and [broken reference: removed].

4.1  Model
NOTE 1 – The first note.
NOTE 2 – The second note.
[image: Two boxes joined by a line]
Figure 1 – The DUA and the DSA
a) the user
   – a person
   – a program
b) the agent
1) one

Annex A
Abstract syntax of the Directory
(This annex forms an integral part of this Recommendation | International Standard.)

A.1  Modules
See 4.1 and NOTE 2 in 4.1.
Table A.1 – Object classes
Class | Use
top | every entry
DirectoryAbstractService DEFINITIONS ::=
BEGIN
  Version ::= INTEGER
END

Appendix I
Amendments and corrigenda
(This appendix does not form an integral part of this Recommendation | International Standard.)
None yet.

Bibliography
Rec. ITU-T X.519 | ISO/IEC 9594-11.
`;

const expectedOutline = `Foreword
1  Scope
2  Normative references
  2.1  Identical Recommendations | International Standards
3  Definitions
4  Overview
  4.1  Model
Annex A  Abstract syntax of the Directory  (normative)
  A.1  Modules
Appendix I  Amendments and corrigenda  (informative)
Bibliography
`;

beforeAll(() => {
  if (!fs.existsSync(cts)) throw new Error('dist/cli/cts.cjs is missing: run `node scripts/build.mjs cli` first.');
});
beforeEach(() => {
  folder = temporaryFolder();
  const project = ProjectFile.create(
    path.join(folder.path, 'x500.ctproj'),
    { title: 'The Directory', ituNumber: 'X.500', isoNumber: '9594-1' },
    { program: 'test' },
  );
  project.saveMaster('en', commonText);
  project.addMaster('ru');
  project.close();
});
afterEach(() => folder.remove());

describe('cts show', () => {
  it('prints the master as plain text, numbered and labelled as the published text reads, and changes nothing', () => {
    const before = fileDigest(path.join(folder.path, 'x500.ctproj'));
    const { code, stdout, stderr } = run('show', 'x500.ctproj');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(expectedText);
    expect(run('show', 'x500.ctproj', '--format', 'text', '--language', 'en').stdout).toBe(expectedText);
    expect(fileDigest(path.join(folder.path, 'x500.ctproj'))).toBe(before);
  });

  it('prints the outline of numbered headings, annexes and appendices included, with --format outline', () => {
    const { code, stdout } = run('show', 'x500.ctproj', '--format', 'outline');
    expect(code).toBe(0);
    expect(stdout).toBe(expectedOutline);
  });

  it('prints the master as stored with --format json', () => {
    const { code, stdout } = run('show', 'x500.ctproj', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(commonText);
  });

  it('prints another master with --language', () => {
    const { code, stdout } = run('show', 'x500.ctproj', '--language', 'ru', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(run('show', 'x500.ctproj', '--language', 'ru').stdout).toBe('');
  });

  it('says which masters there are when the one asked for is missing, on stderr, exit 1', () => {
    const { code, stdout, stderr } = run('show', 'x500.ctproj', '--language', 'fr');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('cts show: The project has no French master; it has: en, ru.\n');
  });

  it('refuses a missing file, exit 1', () => {
    const { code, stderr } = run('show', 'missing.ctproj');
    expect(code).toBe(1);
    expect(stderr).toMatch(/There is no file “missing.ctproj”/);
  });

  it.each([
    [['show'], /Name the project file to show/],
    [['show', 'x500.ctproj', 'extra'], /Unexpected argument “extra”/],
    [['show', 'x500.ctproj', '--language', 'de'], /There is no language “de”: use one of en, fr, es, ru, zh, ar/],
    [['show', 'x500.ctproj', '--format', 'html'], /There is no format “html”: use text, json or outline/],
    [['show', 'x500.ctproj', '--colour'], /Unknown option '--colour'/],
  ])('treats %j as a usage mistake: the message and the help on stderr, exit 2', (args, message) => {
    const { code, stdout, stderr } = run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Usage: cts show <file>/);
  });

  it('has --help, and is listed in the help of cts', () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout } = run('show', flag);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: cts show <file> \[--language <code>\] \[--format text\|json\|outline\]/);
    }
    expect(run('--help').stdout).toMatch(/^ {2}show <file> \[--language en\] \[--format text\|json\|outline\] +print a master/m);
  });
});
