import { Document, Packer, Paragraph } from 'docx';
import { strToU8, zipSync } from 'fflate';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProjectError } from '../../electron/core/projectError';
import type { WordPackageLimits } from '../../electron/core/wordImport/wordPackage';
import { openWordPackage, wordPackageLimits } from '../../electron/core/wordImport/wordPackage';
import { samplePath } from '../support/samples';

const relationshipsNamespace = 'http://schemas.openxmlformats.org/package/2006/relationships';
const officeDocument = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const wordMain = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

/** A real .docx, as the docx package writes it. */
async function wordDocument(text = 'Scope'): Promise<Uint8Array> {
  const document = new Document({ sections: [{ children: [new Paragraph(text)] }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([path, content]) => [path, typeof content === 'string' ? strToU8(content) : content])),
  );
}

function relationships(...entries: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${relationshipsNamespace}">${entries.join('')}</Relationships>`;
}

function relationship(id: string, type: string, target: string, external = false): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`;
}

function contentTypes(overrides: Record<string, string>): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/><Default Extension="PNG" ContentType="image/png"/>' +
    Object.entries(overrides)
      .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
      .join('') +
    '</Types>'
  );
}

/** A package of the given kind: its main part, found through _rels/.rels, with the content type given. */
function officePackage(mainPart: string, contentType: string, extra: Record<string, string | Uint8Array> = {}): Uint8Array {
  return zip({
    '[Content_Types].xml': contentTypes({ [`/${mainPart}`]: contentType }),
    '_rels/.rels': relationships(relationship('rId1', officeDocument, mainPart)),
    [mainPart]: '<?xml version="1.0"?><main/>',
    ...extra,
  });
}

/**
 * The smallest OLE compound file with the given streams in its directory: a header, one sector
 * of the allocation table and one directory sector (room for the root and three names).
 */
function compoundFile(streams: readonly string[]): Uint8Array {
  const sector = 512;
  const bytes = new Uint8Array(sector * 3);
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true); // 512-byte sectors
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // one sector of the allocation table...
  view.setUint32(0x30, 1, true); // ...and the directory in sector 1
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, 0xfffffffe, true);
  view.setUint32(0x44, 0xfffffffe, true);
  for (let index = 0; index < 109; index += 1) view.setUint32(0x4c + 4 * index, index === 0 ? 0 : 0xffffffff, true);
  const table = sector; // sector 0
  for (let index = 0; index < sector / 4; index += 1) view.setUint32(table + 4 * index, 0xffffffff, true);
  view.setUint32(table, 0xfffffffd, true); // sector 0 holds the table
  view.setUint32(table + 4, 0xfffffffe, true); // sector 1, the directory, ends its chain
  const directory = sector * 2; // sector 1
  ['Root Entry', ...streams].forEach((name, index) => {
    const entry = directory + index * 128;
    for (let position = 0; position < name.length; position += 1) view.setUint16(entry + position * 2, name.charCodeAt(position), true);
    view.setUint16(entry + 0x40, (name.length + 1) * 2, true);
    bytes[entry + 0x42] = index === 0 ? 5 : 2; // the root storage, then streams
  });
  return bytes;
}

/** Where a ZIP's central directory describes a part: to make the directory lie about it. */
function directoryEntry(archive: Uint8Array, path: string): number {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const end = archive.length - 22;
  let position = view.getUint32(end + 16, true);
  for (let index = 0; index < view.getUint16(end + 10, true); index += 1) {
    const nameLength = view.getUint16(position + 28, true);
    const name = new TextDecoder().decode(archive.subarray(position + 46, position + 46 + nameLength));
    if (name === path) return position;
    position += 46 + nameLength + view.getUint16(position + 30, true) + view.getUint16(position + 32, true);
  }
  throw new Error(`No part ${path} in the archive.`);
}

/** The archive with one field of a part's directory entry changed (offset 8: flags, 10: method, 24: unpacked size). */
function withDirectoryField(archive: Uint8Array, path: string, offset: 8 | 10 | 24, value: number): Uint8Array {
  const changed = archive.slice();
  const view = new DataView(changed.buffer);
  const entry = directoryEntry(changed, path);
  if (offset === 24) view.setUint32(entry + offset, value, true);
  else view.setUint16(entry + offset, value, true);
  return changed;
}

function declareSize(archive: Uint8Array, path: string, size: number): Uint8Array {
  return withDirectoryField(archive, path, 24, size);
}

function refusal(bytes: Uint8Array, fileName = 'Draft.docx', limits?: WordPackageLimits): ProjectError {
  try {
    openWordPackage(bytes, fileName, limits);
  } catch (error) {
    if (error instanceof ProjectError) return error;
    throw error;
  }
  throw new Error(`${fileName} was opened, but it should have been refused.`);
}

describe('opening a Word package', () => {
  it('opens a real Word document and finds its main part', async () => {
    const opened = openWordPackage(await wordDocument('Scope of this Recommendation'), 'Draft.docx');
    expect(opened.documentPath).toBe('word/document.xml');
    expect(opened.paths).toContain('[Content_Types].xml');
    expect(opened.text(opened.documentPath)).toContain('Scope of this Recommendation');
    expect(opened.part('word/document.xml')).toBeInstanceOf(Uint8Array);
  });

  it('resolves the main part’s relationships to parts of the package', async () => {
    const opened = openWordPackage(await wordDocument(), 'Draft.docx');
    const targets = [...opened.relationships(opened.documentPath).values()];
    const styles = targets.find((found) => found.type.endsWith('/styles'));
    expect(styles).toMatchObject({ target: 'word/styles.xml', external: false });
    expect(opened.part(styles!.target)).not.toBeNull();
    expect(opened.relationships('')).toEqual(opened.relationships('/'));
  });

  it('gives each part its content type from an override, or from its extension', async () => {
    const opened = openWordPackage(await wordDocument(), 'Draft.docx');
    expect(opened.contentType('word/document.xml')).toBe(wordMain);
    expect(opened.contentType('/word/document.xml')).toBe(wordMain);
    expect(opened.contentType('_rels/.rels')).toBe('application/vnd.openxmlformats-package.relationships+xml');
    expect(opened.contentType('word/nothing.unknown')).toBe('');
  });

  it('resolves relative, absolute, parent-folder and external targets', () => {
    const opened = openWordPackage(
      officePackage('word/document.xml', wordMain, {
        'word/_rels/document.xml.rels': relationships(
          relationship('rId1', 'image', 'media/image1.png'),
          relationship('rId2', 'styles', '/word/styles.xml'),
          relationship('rId3', 'custom', '../customXml/item1.xml'),
          relationship('rId4', 'hyperlink', 'https://www.itu.int/rec/T-REC-X.500?a=1&amp;b=2', true),
          relationship('rId5', 'image', './media/../media/image%201.png'),
        ),
        'word/media/image1.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
        'word/media/image 1.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      }),
      'Draft.docx',
    );
    const found = opened.relationships('word/document.xml');
    expect([...found.values()].map(({ id, target, external }) => [id, target, external])).toEqual([
      ['rId1', 'word/media/image1.png', false],
      ['rId2', 'word/styles.xml', false],
      ['rId3', 'customXml/item1.xml', false],
      ['rId4', 'https://www.itu.int/rec/T-REC-X.500?a=1&b=2', true],
      ['rId5', 'word/media/image 1.png', false],
    ]);
    expect(opened.contentType('word/media/image1.png')).toBe('image/png');
    expect(opened.relationships('word/styles.xml').size).toBe(0);
  });

  it('finds parts regardless of case or a leading slash, and says when one is absent', () => {
    const opened = openWordPackage(officePackage('word/document.xml', wordMain), 'Draft.docx');
    expect(opened.part('/Word/Document.XML')).toEqual(opened.part('word/document.xml'));
    expect(opened.part('word/missing.xml')).toBeNull();
    expect(opened.text('word/missing.xml')).toBeNull();
  });

  it('reads text in UTF-16 when it starts with a byte-order mark', () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?><w:t>Übersicht</w:t>';
    const littleEndian = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const bigEndian = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    const opened = openWordPackage(
      officePackage('word/document.xml', wordMain, { 'word/le.xml': littleEndian, 'word/be.xml': bigEndian }),
      'Draft.docx',
    );
    expect(opened.text('word/le.xml')).toBe(text);
    expect(opened.text('word/be.xml')).toBe(text);
  });

  it('finds word/document.xml when the package does not name its main part', () => {
    const opened = openWordPackage(zip({ 'word/document.xml': '<w:document/>' }), 'Draft.docx');
    expect(opened.documentPath).toBe('word/document.xml');
  });

  it('opens Rec. ITU-T X.500 and lists its 19 pictures, each the target of a relationship', () => {
    const opened = openWordPackage(fs.readFileSync(samplePath('T-REC-X.500-2016-E.docx')), 'T-REC-X.500-2016-E.docx');
    expect(opened.documentPath).toBe('word/document.xml');
    const media = opened.paths.filter((path) => path.startsWith('word/media/'));
    expect(media).toHaveLength(19);
    const targets = new Set([...opened.relationships(opened.documentPath).values()].map((found) => found.target));
    for (const path of media) expect(opened.part(path)!.length).toBeGreaterThan(0);
    expect(media.filter((path) => targets.has(path)).length).toBeGreaterThan(0);
  });
});

describe('refusing what is not a readable Word document', () => {
  it('refuses an empty file and names it without its folder', () => {
    const error = refusal(new Uint8Array(0), '/home/editor/Downloads/Empty.docx');
    expect(error.code).toBe('not-a-word-document');
    expect(error.message).toMatch(/^“Empty\.docx” is empty/);
  });

  it('refuses a PDF and says it is one', () => {
    const error = refusal(strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'X.500.docx');
    expect(error.code).toBe('not-a-word-document');
    expect(error.message).toMatch(/“X\.500\.docx” is a PDF file, not a Word document/);
  });

  it('refuses a text file', () => {
    const error = refusal(strToU8('Recommendation ITU-T X.500\nScope\n'), 'notes.docx');
    expect(error.code).toBe('not-a-word-document');
    expect(error.message).toMatch(/“notes\.docx” is a text file, not a Word document/);
  });

  it('refuses a Word 97–2003 .doc and says to save it as .docx', () => {
    const error = refusal(compoundFile(['WordDocument', '1Table', '\u0005SummaryInformation']), 'X.500.doc');
    expect(error.code).toBe('not-a-word-document');
    expect(error.message).toMatch(/“X\.500\.doc” is a Word 97–2003 document.*save it as a Word document \(\.docx\)/);
  });

  it('refuses a document protected by a password and says to save it without one', () => {
    const error = refusal(compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']), 'Secret.docx');
    expect(error.code).toBe('password-protected');
    expect(error.message).toMatch(/“Secret\.docx” is protected by a password.*save it without the password/);
  });

  it('refuses an old-format Office file it cannot tell apart, and suggests saving it as .docx', () => {
    const error = refusal(compoundFile([]), 'Old.doc');
    expect(error.code).toBe('not-a-word-document');
    expect(error.message).toMatch(/old Microsoft Office format.*\.docx/);
  });

  it('refuses an Excel workbook and a PowerPoint presentation and says what each is', () => {
    const workbook = officePackage('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml');
    const presentation = officePackage(
      'ppt/presentation.xml',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
    );
    expect(refusal(workbook, 'Ballot.xlsx')).toMatchObject({
      code: 'not-a-word-document',
      message: expect.stringMatching(/is an Excel workbook \(\.xlsx\)/),
    });
    expect(refusal(presentation, 'Slides.pptx')).toMatchObject({
      code: 'not-a-word-document',
      message: expect.stringMatching(/is a PowerPoint presentation \(\.pptx\)/),
    });
  });

  it('refuses an OpenDocument text and says to save it as .docx', () => {
    const error = refusal(
      zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' }),
      'Draft.odt',
    );
    expect(error.code).toBe('not-a-word-document');
    expect(error.message).toMatch(/is an OpenDocument text \(\.odt\).*save it as a Word document \(\.docx\)/);
  });

  it('refuses a ZIP archive that holds no Word document', () => {
    const error = refusal(zip({ 'readme.txt': 'Hello' }), 'Archive.docx');
    expect(error.code).toBe('not-a-word-document');
    expect(error.message).toMatch(/is a ZIP archive, but there is no Word document in it/);
  });

  it('refuses a ZIP archive locked with a password', () => {
    const error = refusal(withDirectoryField(officePackage('word/document.xml', wordMain), 'word/document.xml', 8, 1));
    expect(error.code).toBe('password-protected');
    expect(error.message).toMatch(/is a ZIP archive protected by a password/);
  });

  it('refuses a ZIP archive packed with a compression Word never uses', () => {
    const error = refusal(withDirectoryField(officePackage('word/document.xml', wordMain), 'word/document.xml', 10, 14));
    expect(error.code).toBe('not-a-word-document');
    expect(error.message).toMatch(/packed in a way Word never uses \(ZIP compression method 14\)/);
  });

  it('refuses a package whose main part is missing as damaged', () => {
    const error = refusal(zip({ '_rels/.rels': relationships(relationship('rId1', officeDocument, 'word/document.xml')) }));
    expect(error.code).toBe('damaged');
    expect(error.message).toMatch(/its main part, word\/document\.xml, is missing/);
  });

  it('refuses a document cut in half as damaged or incomplete', async () => {
    const whole = await wordDocument();
    const error = refusal(whole.subarray(0, whole.length / 2), 'Download.docx');
    expect(error.code).toBe('damaged');
    expect(error.message).toMatch(/“Download\.docx” is damaged or incomplete/);
  });

  it('refuses a document whose main part is garbled as damaged, and names the part', () => {
    const archive = zip({ 'word/document.xml': `<w:document>${'<w:p><w:r><w:t>Scope</w:t></w:r></w:p>'.repeat(500)}</w:document>` });
    const view = new DataView(archive.buffer);
    const entry = directoryEntry(archive, 'word/document.xml');
    const local = view.getUint32(entry + 42, true);
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const size = view.getUint32(entry + 20, true);
    for (let index = data + Math.floor(size / 4); index < data + size / 2; index += 1) archive[index] = archive[index]! ^ 0x5a;
    const error = refusal(archive);
    expect(error.code).toBe('damaged');
    expect(error.message).toMatch(/the part word\/document\.xml cannot be unpacked/);
  });

  it('refuses a part whose declared size is over the limit, before unpacking anything', () => {
    // The part is tiny; only the directory claims 300 MB. Unpacking it would fail as damaged, not too large.
    const error = refusal(
      declareSize(
        officePackage('word/document.xml', wordMain, { 'word/media/movie.mp4': 'tiny' }),
        'word/media/movie.mp4',
        300 * 1024 * 1024,
      ),
    );
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/the part word\/media\/movie\.mp4 would unpack to 300 MB, more than the 200 MB allowed/);
    expect(wordPackageLimits).toEqual({ partBytes: 200 * 1024 * 1024, totalBytes: 500 * 1024 * 1024 });
  });

  it('refuses a zip bomb of zeros that unpacks to more than a part may hold', () => {
    const bomb = officePackage('word/document.xml', wordMain, { 'word/media/zeros.bin': new Uint8Array(4 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const error = refusal(bomb, 'Bomb.docx', { partBytes: 1024 * 1024, totalBytes: 2 * 1024 * 1024 });
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(
      /“Bomb\.docx” is too large to import: the part word\/media\/zeros\.bin would unpack to 4 MB, more than the 1 MB/,
    );
  });

  it('refuses parts that together unpack to more than the limit', () => {
    const zeros = new Uint8Array(600 * 1024);
    const archive = officePackage('word/document.xml', wordMain, { 'word/media/a.bin': zeros, 'word/media/b.bin': zeros });
    const error = refusal(archive, 'Bomb.docx', { partBytes: 1024 * 1024, totalBytes: 1024 * 1024 });
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/its content would unpack to 1.2 MB, more than the 1 MB allowed/);
  });

  it('refuses a part that unpacks to more than it declares, as damaged', () => {
    const archive = officePackage('word/document.xml', wordMain, { 'word/media/zeros.bin': new Uint8Array(1024 * 1024) });
    const error = refusal(declareSize(archive, 'word/media/zeros.bin', 1000));
    expect(error.code).toBe('damaged');
    expect(error.message).toMatch(/the part word\/media\/zeros\.bin cannot be unpacked \(it holds more than the 1,000 bytes it declares\)/);
  });

  it('refuses a part that unpacks to less than it declares, as damaged', () => {
    const archive = officePackage('word/document.xml', wordMain, { 'word/media/zeros.bin': new Uint8Array(1000) });
    const error = refusal(declareSize(archive, 'word/media/zeros.bin', 5 * 1024));
    expect(error.code).toBe('damaged');
    expect(error.message).toMatch(/it holds less than the 5 KB it declares/);
  });
});
