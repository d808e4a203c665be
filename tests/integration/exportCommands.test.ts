import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { openWordPackage } from '../../electron/core/wordImport/wordPackage';
import { doc, heading, paragraph, titleBlock } from '../support/documentBuilders';
import { docxParagraphs } from '../support/docxParagraphs';
import { fileDigest } from '../support/fileDigest';
import { temporaryFolder } from '../support/temporaryFolder';

// These run the built command (`npm run build` makes it), as a user runs it.
const cts = path.resolve(__dirname, '../../dist/cli/cts.cjs');
let folder: ReturnType<typeof temporaryFolder>;
let file: string;

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cts, ...args], { cwd: folder.path, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const first = doc(titleBlock('The Directory'), heading(1, 'Scope', 'h-scope'), paragraph('The Directory provides capabilities.'));
const second = doc(
  titleBlock('The Directory'),
  heading(1, 'Scope', 'h-scope'),
  paragraph('The Directory provides naming capabilities.'),
  heading(1, 'Conformance', 'h-conformance'),
  paragraph('Implementations shall conform.'),
);

beforeAll(() => {
  if (!fs.existsSync(cts)) throw new Error('dist/cli/cts.cjs is missing: run `npm run build` first.');
});
beforeEach(() => {
  folder = temporaryFolder();
  file = path.join(folder.path, 'x500.ctproj');
  const project = ProjectFile.create(file, { title: 'The Directory', ituNumber: 'X.500', isoNumber: '9594-1' }, { program: 'test' });
  project.updateMetadata({ ...project.metadata(), stage: 'DIS', editors: [{ name: 'J. Smith', affiliation: 'ITU', email: '' }] });
  project.saveMaster('en', first);
  project.saveIteration({ label: 'Geneva', documentNumber: 'N1', date: '2026-10-01', editor: 'J. Smith' });
  project.saveMaster('en', second);
  project.saveIteration({ label: 'Sapporo', documentNumber: 'N2', date: '2026-11-20', editor: 'A. Editor' });
  project.close();
});
afterEach(() => folder.remove());

describe('cts export-docx', () => {
  it('writes the working text clean, in the common template', () => {
    const result = run('export-docx', file, '--out', 'clean.docx');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Wrote clean\.docx: the working text \(en\); \d+ paragraphs, 0 tables, 0 footnotes; template built-in\.$/m,
    );
    const texts = docxParagraphs(fs.readFileSync(path.join(folder.path, 'clean.docx'))).map((each) => each.text);
    expect(texts).toContain('2\tConformance');
    expect(texts).toContain('INTERNATIONAL STANDARD ISO/IEC 9594-1');
  });

  it('writes an iteration with its change marks since an older one, as revisions attributed to its editor, and says so in JSON', () => {
    const result = run('export-docx', file, '--out', 'marked.docx', '--iteration', '2', '--marks-since', '2026-10-01', '--json');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({
      text: 'iteration 2 (2026-11-20)',
      marksSince: 'iteration 1 (2026-10-01)',
      suggestedName: 'ISO-IEC-9594-1_X.500_DIS_2026-11-20_marked-since-1.docx',
      template: 'built-in',
    });
    expect(summary.revisions).toBeGreaterThan(3);
    const bytes = fs.readFileSync(path.join(folder.path, 'marked.docx'));
    const pack = openWordPackage(bytes, 'marked.docx');
    expect(pack.text('word/document.xml')).toContain('w:author="A. Editor"');
    expect(docxParagraphs(bytes, 'rejected').map((each) => each.text)).not.toContain('2\tConformance');
    expect(docxParagraphs(bytes, 'accepted').map((each) => each.text)).toContain('2\tConformance');
    // Visible marks for print: no revisions at all.
    expect(run('export-docx', file, '--out', 'print.docx', '--marks-since', '1', '--marks-style', 'visible').code).toBe(0);
    expect(openWordPackage(fs.readFileSync(path.join(folder.path, 'print.docx')), 'print.docx').text('word/document.xml')).not.toContain(
      '<w:ins ',
    );
  });

  it('refuses what it cannot do, says why, and leaves an existing file as it was', () => {
    const existing = path.join(folder.path, 'keep.docx');
    fs.writeFileSync(existing, 'the file the user had');
    const before = fileDigest(existing);
    const missing = run('export-docx', file, '--out', 'keep.docx', '--iteration', '9');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('cts export-docx: There is no iteration 9: the project has iterations 1 to 2.\n');
    const template = run('export-docx', file, '--out', 'keep.docx', '--template', existing);
    expect(template.code).toBe(1);
    expect(template.stderr).toMatch(/keep\.docx.*not a Word document|is a text file/);
    expect(run('export-docx', file, '--out', 'keep.docx', '--marks-since', 'working').code).toBe(2);
    expect(run('export-docx', file, '--out', 'notes.txt').code).toBe(2);
    expect(run('export-docx', file, '--out', 'x.docx', '--language', 'fr').stderr).toBe(
      'cts export-docx: The project has no French master.\n',
    );
    expect(fileDigest(existing)).toBe(before);
    expect(fs.readdirSync(folder.path).filter((name) => name.includes('partial'))).toEqual([]);
  });
});

describe('cts export-submission', () => {
  it('writes a folder and a ZIP with the cover sheet, the clean and the marked text, and never overwrites an earlier package', () => {
    const result = run('export-submission', file, '--out', 'out', '--marks-since', '1', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const written = JSON.parse(result.stdout) as { folder: string; zip: string; files: { name: string }[] };
    expect(path.basename(written.folder)).toMatch(/^ISO-IEC-9594-1_X\.500_DIS_\d{4}-\d{2}-\d{2}$/);
    const names = written.files.map((each) => each.name);
    expect(names).toHaveLength(3);
    expect(names[0]).toMatch(/_cover\.docx$/);
    expect(names[1]).toMatch(/_clean\.docx$/);
    expect(names[2]).toMatch(/_marked-since-1\.docx$/);
    expect(fs.readdirSync(written.folder).sort()).toEqual([...names].sort());
    expect(
      zipEntryNames(fs.readFileSync(written.zip))
        .map((each) => path.basename(each))
        .sort(),
    ).toEqual([...names].sort());
    const cover = docxParagraphs(fs.readFileSync(path.join(written.folder, names[0]!))).map((each) => each.text);
    expect(cover).toContain('Files enclosed');
    expect(cover).toContain(names[2]);

    const again = JSON.parse(run('export-submission', file, '--out', 'out', '--json').stdout) as { folder: string };
    expect(again.folder).toBe(`${written.folder}-2`);
    expect(fs.readdirSync(written.folder)).toHaveLength(3);
  });
});

/** The names in a ZIP's central directory. */
function zipEntryNames(bytes: Buffer): string[] {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extra = bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    names.push(bytes.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extra;
  }
  return names;
}
