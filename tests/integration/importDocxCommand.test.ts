import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { importWordDocument } from '../../electron/core/wordImport/importWordDocument';
import { documentText } from '../../shared/domain/project';
import type { ImportReport } from '../../shared/domain/wordImport';
import { doc, heading, paragraph } from '../support/documentBuilders';
import { fileDigest } from '../support/fileDigest';
import { legacyWordFile } from '../support/legacyWordFile';
import { samplePath } from '../support/samples';
import { temporaryFolder } from '../support/temporaryFolder';

// These run the built command (`node scripts/build.mjs cli` makes it), as a user runs it.
const cts = path.resolve(__dirname, '../../dist/cli/cts.cjs');
const a12 = samplePath('T-REC-A.12-201611-E.docx');
let folder: ReturnType<typeof temporaryFolder>;
let expected: ImportReport;

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cts, ...args], { cwd: folder.path, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scope = doc(heading(1, 'Scope', 'h-scope'), paragraph('This Recommendation | International Standard introduces the Directory.'));
const scopeCharacters = documentText(scope).length;

/** A project whose English master already holds a clause of text. */
function projectWithText(name = 'x500.ctproj'): string {
  const file = path.join(folder.path, name);
  const project = ProjectFile.create(file, { title: 'The Directory', ituNumber: 'X.500', isoNumber: '9594-1' }, { program: 'test' });
  project.saveMaster('en', scope);
  project.close();
  return file;
}

function readProject<T>(file: string, read: (project: ProjectFile) => T): T {
  const project = ProjectFile.open(file, { program: 'test', access: 'read' });
  try {
    return read(project);
  } finally {
    project.close();
  }
}

beforeAll(async () => {
  if (!fs.existsSync(cts)) throw new Error('dist/cli/cts.cjs is missing: run `node scripts/build.mjs cli` first.');
  expected = (await importWordDocument(fs.readFileSync(a12), { fileName: path.basename(a12), language: 'en', trackedChanges: 'keep' }))
    .report;
});
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

describe('cts import-docx', () => {
  it('imports A.12 into a new project and prints what the master holds, then the warnings', () => {
    expect(run('new', 'a12', '--title', 'Identification and layout of ITU-T Recommendations', '--itu', 'A.12').code).toBe(0);
    const { code, stdout, stderr } = run('import-docx', 'a12.ctproj', a12);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^T-REC-A\.12-201611-E\.docx: imported as the English master, no tracked changes, in \d+\.\d s\.\n\n/);
    expect(stdout).toMatch(new RegExp(`^Clauses +${expected.counts.clauses}$`, 'm'));
    expect(stdout).toMatch(new RegExp(`^Tables +${expected.counts.tables}$`, 'm'));
    expect(stdout).toMatch(new RegExp(`^Footnotes +${expected.counts.footnotes}$`, 'm'));
    expect(stdout).toMatch(new RegExp(`^References +${expected.counts.references}$`, 'm'));
    expect(stdout).toMatch(new RegExp(`^Paragraphs +${expected.counts.paragraphs}$`, 'm'));
    const warnings = expected.warnings.map((warning) => `${warning.where}: ${warning.message}`);
    expect(stdout.endsWith(warnings.length === 0 ? '\nNo warnings.\n' : `${warnings.join('\n')}\n`)).toBe(true);

    // The master is the imported text, and the command let go of the project.
    const outline = run('show', 'a12.ctproj', '--format', 'outline');
    expect(outline.code).toBe(0);
    expect(outline.stdout.split('\n').filter((line) => /^\d+ {2}/.test(line))).toHaveLength(expected.counts.clauses);
    expect(fs.existsSync(path.join(folder.path, 'a12.ctproj-lock'))).toBe(false);
  });

  it('prints every warning of X.500 on a line of its own, with its place', () => {
    const file = path.join(folder.path, 'x500.ctproj');
    ProjectFile.create(file, { title: 'The Directory' }, { program: 'test' }).close();
    const { code, stdout } = run('import-docx', 'x500.ctproj', samplePath('T-REC-X.500-2016-E.docx'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ warnings?:$/m);
    expect(stdout).toMatch(/^Figure 5: The Word file types 5a where the structure gives 5 \(paragraph \d+\)\.$/m);
  });

  it('prints the report as JSON with --json, and imports into another language, accepting tracked changes, when asked', () => {
    const file = projectWithText();
    const { code, stdout, stderr } = run('import-docx', 'x500.ctproj', a12, '--json', '--language', 'fr', '--accept-changes');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as ImportReport;
    expect(report).toMatchObject({
      fileName: 'T-REC-A.12-201611-E.docx',
      language: 'fr',
      trackedChanges: 'accept',
      counts: expected.counts,
    });
    expect(report.warnings).toHaveLength(expected.warnings.length);
    expect(readProject(file, (project) => project.masters().map((master) => master.language))).toEqual(['en', 'fr']);
    // The English text is still there.
    expect(readProject(file, (project) => project.master('en').characters)).toBe(scopeCharacters);
  });

  it.each([
    [
      'a file that is not a ZIP',
      'Scope.docx',
      () => new Uint8Array([0x89, 0x50, 0x00, 0x13, 0xfe, 0x01, 0x02, 0x03, 0x80, 0x81]),
      /is not a Word document/,
    ],
    [
      'a legacy Word 97–2003 file',
      'Draft.doc',
      legacyWordFile,
      /is a Word 97–2003 document \(\.doc\).*save it as a Word document \(\.docx\)/,
    ],
  ])('refuses %s with the reason on stderr, exit 1, and leaves the project byte for byte as it was', (_kind, name, bytes, message) => {
    const file = projectWithText();
    fs.writeFileSync(path.join(folder.path, name), bytes());
    const before = fileDigest(file);
    const { code, stdout, stderr } = run('import-docx', 'x500.ctproj', name, '--replace');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^cts import-docx: “/);
    expect(stderr).toMatch(message);
    expect(fileDigest(file)).toBe(before);
    expect(fs.readdirSync(folder.path).sort()).toEqual([name, 'x500.ctproj']);
  });

  it('refuses to replace a master that holds text without --replace, and replaces it with --replace', () => {
    const file = projectWithText();
    const before = fileDigest(file);
    const refused = run('import-docx', 'x500.ctproj', a12);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `cts import-docx: The English master of “x500.ctproj” already holds text (${scopeCharacters} characters), so nothing was imported. Add --replace to replace it, or --language to import as another language.\n`,
    );
    expect(fileDigest(file)).toBe(before);

    const replaced = run('import-docx', 'x500.ctproj', a12, '--replace');
    expect(replaced.code).toBe(0);
    expect(readProject(file, (project) => project.master('en').characters)).toBeGreaterThan(1000);
  });

  it('refuses a project open for editing elsewhere, and a Word file that is not there', () => {
    const file = projectWithText();
    const holder = ProjectFile.open(file, { program: 'Common Text Studio (test)', access: 'write' });
    try {
      const locked = run('import-docx', 'x500.ctproj', a12, '--language', 'fr');
      expect(locked.code).toBe(1);
      expect(locked.stderr).toMatch(
        /^cts import-docx: Nothing was imported: “x500\.ctproj” is open for editing in Common Text Studio \(test\)/,
      );
    } finally {
      holder.close();
    }
    const missing = run('import-docx', 'x500.ctproj', 'missing.docx', '--language', 'fr');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('cts import-docx: There is no file “missing.docx”: it may have been moved, renamed or deleted.\n');
    expect(readProject(file, (project) => project.masters().map((master) => master.language))).toEqual(['en']);
  });

  it.each([
    [['import-docx'], /Name the project file to import into/],
    [['import-docx', 'x500.ctproj'], /Name the Word document \(\.docx\) to import/],
    [['import-docx', 'x500.ctproj', 'a.docx', 'extra'], /Unexpected argument “extra”/],
    [['import-docx', 'x500.ctproj', 'a.docx', '--language', 'de'], /There is no language “de”: use one of en, fr, es, ru, zh, ar/],
    [['import-docx', 'x500.ctproj', 'a.docx', '--track'], /Unknown option '--track'/],
  ])('treats %j as a usage mistake: the message and the help on stderr, exit 2', (args, message) => {
    const { code, stdout, stderr } = run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Usage: cts import-docx <project> <file\.docx>/);
  });

  it('has --help, and is listed in the help of cts', () => {
    const { code, stdout } = run('import-docx', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Usage: cts import-docx <project> <file\.docx> \[--language <code>\] \[--accept-changes\] \[--replace\] \[--json\]/,
    );
    expect(run('--help').stdout).toMatch(/^ {2}import-docx <project> <file\.docx> \[--language en\] \[--json\] +import a Word document/m);
  });
});
