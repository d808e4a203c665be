import path from 'node:path';
import { afterAll, describe, test } from 'vitest';
import { ProjectFile } from '../../electron/core/project/projectFile';
import { documentSchema } from '../../shared/contract/schemas';
import { generateCommonText } from '../support/commonTextGenerator';
import { temporaryFolder } from '../support/temporaryFolder';

const folder = temporaryFolder('cts-bench-');
afterAll(() => folder.remove());
const program = 'bench';

describe('project file', () => {
  test('create a project', async ({ bench }) => {
    let created = 0;
    await bench('create a project', () => {
      ProjectFile.create(path.join(folder.path, `new-${(created += 1)}.ctproj`), { title: 'T' }, { program }).close();
    }).run();
  });

  test('open a project', async ({ bench }) => {
    const file = path.join(folder.path, 'existing.ctproj');
    ProjectFile.create(file, { title: 'Bench' }, { program }).close();
    await bench.compare(
      bench('open and close for writing (lock, WAL)', () => ProjectFile.open(file, { program, access: 'write' }).close()),
      bench('open and close read-only (as cts info)', () => ProjectFile.open(file, { program, access: 'read' }).close()),
    );
  });
});

describe('a 300-page master', () => {
  const { doc: book, stats } = generateCommonText();
  console.log(`300-page master: ${stats.words} words, ${(JSON.stringify(book).length / 1e6).toFixed(1)} MB of ProseMirror JSON`);

  test('through the IPC boundary and the file', async ({ bench }) => {
    const writer = ProjectFile.create(path.join(folder.path, 'book.ctproj'), { title: 'Book' }, { program });
    await bench.compare(
      bench('validate its arguments', () => documentSchema.parse(book)),
      bench('save it', () => writer.saveMaster('en', book)),
      bench('read it back', () => writer.master('en')),
      { iterations: 10, time: 2000 },
    );
    writer.close();
  });
});
