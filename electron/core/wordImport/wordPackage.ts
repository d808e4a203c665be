import zlib from 'node:zlib';
import type { XmlElement } from './xmlTree';
import { childElements, parseXml } from './xmlTree';
import { ProjectError } from '../projectError';

export interface WordRelationship {
  readonly id: string;
  readonly type: string;
  /** Resolved to a path inside the package ("word/media/image1.png"), or the URL when external. */
  readonly target: string;
  readonly external: boolean;
}

export interface WordPackage {
  /** The main document part, found through _rels/.rels (officeDocument relationship), normally "word/document.xml". */
  readonly documentPath: string;
  /** Every part's path in the package. */
  readonly paths: readonly string[];
  /** A part's bytes, or null when absent. */
  part(path: string): Uint8Array | null;
  /** A part decoded as text (UTF-8, or UTF-16 when it has a BOM), or null when absent. */
  text(path: string): string | null;
  /** The relationships of a part (from "<folder>/_rels/<name>.rels"), keyed by id; empty when it has none. */
  relationships(partPath: string): ReadonlyMap<string, WordRelationship>;
  /** The content type of a part from [Content_Types].xml (Override, then Default by extension), or ''. */
  contentType(path: string): string;
}

/** How much a package may unpack to, checked against the sizes its ZIP directory declares before anything is inflated. */
export interface WordPackageLimits {
  /** One part, unpacked: a long document's XML is tens of megabytes, a large picture a few. */
  readonly partBytes: number;
  /** All parts together, unpacked. */
  readonly totalBytes: number;
}

const megabyte = 1024 * 1024;

export const wordPackageLimits: WordPackageLimits = { partBytes: 200 * megabyte, totalBytes: 500 * megabyte };

/**
 * Opens a Word document's package (the ZIP inside every .docx) and unpacks all its parts. Only
 * reads the bytes. Anything that is not a readable Word document (another format, a protected or
 * damaged file, a package that would unpack to more than the limits) is refused with a
 * ProjectError that names the file and says what it is instead.
 */
export function openWordPackage(bytes: Uint8Array, fileName: string, limits: WordPackageLimits = wordPackageLimits): WordPackage {
  const name = baseName(fileName);
  refuseOtherFormats(bytes, name);
  const entries = readZipDirectory(bytes, name);
  const entryByKey = new Map<string, ZipEntry>();
  for (const entry of entries) {
    const key = partKey(entry.path);
    if (entryByKey.has(key)) throw damaged(name, `it holds two parts named ${entry.path}`);
    entryByKey.set(key, entry);
  }

  const unpacked = new Map<string, Uint8Array>();
  const part = (path: string): Uint8Array | null => {
    const key = partKey(path);
    const cached = unpacked.get(key);
    if (cached) return cached;
    const entry = entryByKey.get(key);
    if (!entry) return null;
    if (entry.size > limits.partBytes) throw partTooLarge(name, entry, limits);
    const content = unpackEntry(bytes, entry, name);
    unpacked.set(key, content);
    return content;
  };
  const paths = entries.map((entry) => entry.path);
  const reader = packageReader(paths, part);

  // What the file is comes first: an .xlsx is named as one even when it is also too large.
  const documentPath = findMainDocument(reader, name);

  let total = 0;
  for (const entry of entries) {
    if (entry.size > limits.partBytes) throw partTooLarge(name, entry, limits);
    total += entry.size;
  }
  if (total > limits.totalBytes) {
    throw new ProjectError(
      'too-large',
      `“${name}” is too large to import: its content would unpack to ${describeSize(total, Math.ceil)}, more than the ${describeSize(limits.totalBytes)} allowed. If it holds large videos or pictures, make them smaller in Word and import it again; otherwise the file may be damaged, or made to exhaust the memory.`,
    );
  }
  // Everything is unpacked now, so damage anywhere is found here and not halfway through the import.
  for (const entry of entries) part(entry.path);

  return { documentPath, ...reader };
}

type PackageReader = Omit<WordPackage, 'documentPath'>;

function packageReader(paths: readonly string[], part: (path: string) => Uint8Array | null): PackageReader {
  const keys = new Set(paths.map(partKey));
  const relationshipsByPart = new Map<string, ReadonlyMap<string, WordRelationship>>();
  let contentTypes: ContentTypes | null = null;

  const text = (path: string): string | null => {
    const content = part(path);
    return content ? decodeText(content) : null;
  };

  /** The path as the package spells it, trying the other form when a target is percent-encoded and the ZIP name is not, or the reverse. */
  const locate = (path: string): string => {
    if (keys.has(partKey(path))) return path;
    for (const convert of [decodeURI, encodeURI]) {
      try {
        const converted = convert(path);
        if (keys.has(partKey(converted))) return converted;
      } catch {
        // Not valid percent-encoding: keep the path as written.
      }
    }
    return path;
  };

  return {
    paths,
    part,
    text,
    relationships(partPath) {
      const source = stripLeadingSlashes(partPath);
      const cached = relationshipsByPart.get(partKey(source));
      if (cached) return cached;
      const slash = source.lastIndexOf('/');
      const folder = source.slice(0, slash + 1);
      const file = source === '' ? '' : source.slice(slash + 1);
      const found = readRelationships(text(`${folder}_rels/${file}.rels`), `${folder}_rels/${file}.rels`, folder, locate);
      relationshipsByPart.set(partKey(source), found);
      return found;
    },
    contentType(path) {
      contentTypes ??= readContentTypes(text('[Content_Types].xml'));
      const key = partKey(path);
      const override = contentTypes.overrides.get(key);
      if (override !== undefined) return override;
      const file = key.slice(key.lastIndexOf('/') + 1);
      const dot = file.lastIndexOf('.');
      return dot < 0 ? '' : (contentTypes.defaults.get(file.slice(dot + 1)) ?? '');
    },
  };
}

// ---------------------------------------------------------------------------------------------
// What the main part is

const officeDocumentType = /\/officeDocument$/;

/** Office formats a user may pick by mistake, told apart by their main part's content type or folder. */
const otherOfficeFormats: readonly { readonly contentType: RegExp; readonly folder: string; readonly what: string }[] = [
  { contentType: /spreadsheetml|ms-excel/i, folder: 'xl/', what: 'an Excel workbook (.xlsx)' },
  { contentType: /presentationml|ms-powerpoint/i, folder: 'ppt/', what: 'a PowerPoint presentation (.pptx)' },
  { contentType: /visio/i, folder: 'visio/', what: 'a Visio drawing (.vsdx)' },
];

const openDocumentFormats: Readonly<Record<string, string>> = {
  'application/vnd.oasis.opendocument.text': 'an OpenDocument text (.odt)',
  'application/vnd.oasis.opendocument.spreadsheet': 'an OpenDocument spreadsheet (.ods)',
  'application/vnd.oasis.opendocument.presentation': 'an OpenDocument presentation (.odp)',
};

function findMainDocument(reader: PackageReader, name: string): string {
  const office = [...reader.relationships('').values()].find(
    (relationship) => !relationship.external && officeDocumentType.test(relationship.type),
  );
  if (office) {
    const contentType = reader.contentType(office.target);
    const other = otherOfficeFormats.find(
      (format) => format.contentType.test(contentType) || office.target.toLowerCase().startsWith(format.folder),
    );
    if (other) throw notWord(name, `is ${other.what}, not a Word document. Choose the Word document (.docx) of the text.`);
    if (contentType !== '' && !/wordprocessingml|ms-word/i.test(contentType)) {
      throw notWord(name, `is not a Word document: its main part is of the type “${contentType}”.`);
    }
    if (!reader.paths.some((path) => partKey(path) === partKey(office.target))) {
      throw damaged(name, `its main part, ${office.target}, is missing`);
    }
    return office.target;
  }
  // Without the relationship Word itself refuses the file, but the usual main part is enough to read it.
  const usual = reader.paths.find((path) => partKey(path) === 'word/document.xml');
  if (usual) return usual;

  const mimetype = reader.text('mimetype')?.trim() ?? '';
  const openDocument = openDocumentFormats[mimetype];
  if (openDocument) {
    throw notWord(
      name,
      `is ${openDocument}, not a Word document. Open it in LibreOffice or Word, save it as a Word document (.docx), and import that.`,
    );
  }
  const other = otherOfficeFormats.find((format) => reader.paths.some((path) => path.toLowerCase().startsWith(format.folder)));
  if (other) throw notWord(name, `is ${other.what}, not a Word document. Choose the Word document (.docx) of the text.`);
  throw notWord(name, 'is a ZIP archive, but there is no Word document in it.');
}

// ---------------------------------------------------------------------------------------------
// Files that are not a ZIP package at all

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const emptyZipMagic = [0x50, 0x4b, 0x05, 0x06];
const compoundFileMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function refuseOtherFormats(bytes: Uint8Array, name: string): void {
  if (bytes.length === 0) {
    throw notWord(name, 'is empty (0 bytes): there is no Word document in it. It may not have been saved or copied completely.');
  }
  if (startsWith(bytes, zipMagic) || startsWith(bytes, emptyZipMagic)) return;
  if (startsWith(bytes, compoundFileMagic)) refuseCompoundFile(bytes, name);

  // Each byte as one character: enough to recognize the few formats that start with text.
  const start = String.fromCharCode(...bytes.subarray(0, 4096));
  const lead = start.replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)?\s*/, '');
  if (lead.startsWith('%PDF')) {
    throw notWord(name, 'is a PDF file, not a Word document. Import the Word (.docx) version of the text instead.');
  }
  if (lead.startsWith('{\\rtf')) {
    throw notWord(
      name,
      'is a Rich Text Format (.rtf) file, not a Word document (.docx). Open it in Word or LibreOffice, save it as a Word document (.docx), and import that.',
    );
  }
  if (lead.startsWith('<') && /w:wordDocument|pkg:package|schemas\.microsoft\.com\/office\/word/.test(start)) {
    throw notWord(
      name,
      'is a Word XML file, not a Word document (.docx). Open it in Word, save it as a Word document (.docx), and import that.',
    );
  }
  if (/^<(!doctype html|html)/i.test(lead)) {
    throw notWord(
      name,
      'is a web page (HTML), not a Word document (.docx). Open it in Word, save it as a Word document (.docx), and import that.',
    );
  }
  if (looksLikeText(bytes.subarray(0, 4096))) throw notWord(name, 'is a text file, not a Word document (.docx).');
  throw notWord(name, 'is not a Word document (.docx), nor any kind of file Common Text Studio recognizes.');
}

function looksLikeText(sample: Uint8Array): boolean {
  // Tab, line feed, form feed and carriage return are the only control characters text files hold.
  return sample.every((byte) => byte >= 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d);
}

/**
 * An OLE compound file is what Office wrote before 2007, and also what it still writes around a
 * password-protected .docx: the package, encrypted, sits in a stream "EncryptedPackage". The
 * stream names in the compound file's directory say which it is.
 */
function refuseCompoundFile(bytes: Uint8Array, name: string): never {
  const streams = compoundFileNames(bytes);
  if (streams.has('EncryptedPackage') || streams.has('EncryptionInfo')) {
    throw new ProjectError(
      'password-protected',
      `“${name}” is protected by a password, so its content cannot be read. Open it in Word, save it without the password (File › Info › Protect Document › Encrypt with Password, then clear the password), and import it again.`,
    );
  }
  if (streams.has('WordDocument')) {
    throw notWord(
      name,
      'is a Word 97–2003 document (.doc), which Common Text Studio cannot import. Open it in Word or LibreOffice, save it as a Word document (.docx), and import that.',
    );
  }
  if (streams.has('Workbook') || streams.has('Book')) {
    throw notWord(name, 'is an Excel 97–2003 workbook (.xls), not a Word document. Choose the Word document (.docx) of the text.');
  }
  if (streams.has('PowerPoint Document')) {
    throw notWord(name, 'is a PowerPoint 97–2003 presentation (.ppt), not a Word document. Choose the Word document (.docx) of the text.');
  }
  throw notWord(
    name,
    'is in an old Microsoft Office format, not a Word document (.docx). If it is a Word document, open it in Word or LibreOffice, save it as a Word document (.docx), and import that.',
  );
}

/** Sector numbers above this mark the end of a chain, a free sector or an allocation table's own. */
const lastRegularSector = 0xfffffffa;

/** The names in a compound file's directory; as many as could be read when the file is damaged. */
function compoundFileNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  if (bytes.length < 512) return names;
  const view = dataView(bytes);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return names;
  const sectorSize = 2 ** shift;
  const perSector = sectorSize / 4;
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
  const whole = (sector: number) => sector < lastRegularSector && sectorOffset(sector) + sectorSize <= bytes.length;

  // The sectors of the allocation table: 109 listed in the header, the rest in a chain of its own.
  const tableCount = view.getUint32(0x2c, true);
  const tableSectors: number[] = [];
  for (let index = 0; index < 109 && tableSectors.length < tableCount; index += 1) {
    tableSectors.push(view.getUint32(0x4c + 4 * index, true));
  }
  // Remembering the sectors read stops a chain that loops back on itself.
  const seen = new Set<number>();
  let sector = view.getUint32(0x44, true);
  while (tableSectors.length < tableCount && whole(sector) && !seen.has(sector)) {
    seen.add(sector);
    const offset = sectorOffset(sector);
    for (let index = 0; index < perSector - 1 && tableSectors.length < tableCount; index += 1) {
      tableSectors.push(view.getUint32(offset + 4 * index, true));
    }
    sector = view.getUint32(offset + sectorSize - 4, true);
  }
  const next = (sector: number): number => {
    const tableSector = tableSectors[Math.floor(sector / perSector)];
    return tableSector !== undefined && whole(tableSector)
      ? view.getUint32(sectorOffset(tableSector) + (sector % perSector) * 4, true)
      : lastRegularSector;
  };

  const utf16 = new TextDecoder('utf-16le');
  seen.clear();
  for (sector = view.getUint32(0x30, true); whole(sector) && !seen.has(sector); sector = next(sector)) {
    seen.add(sector);
    for (let entry = sectorOffset(sector); entry < sectorOffset(sector) + sectorSize; entry += 128) {
      const nameBytes = view.getUint16(entry + 0x40, true);
      const type = bytes[entry + 0x42];
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      names.add(utf16.decode(bytes.subarray(entry, entry + nameBytes - 2)));
    }
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// The ZIP container

export interface ZipEntry {
  readonly path: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** The unpacked size the directory declares; the part must unpack to exactly this. */
  readonly size: number;
  readonly dataOffset: number;
}

const endRecordSignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const zip64EndRecordSignature = 0x06064b50;
const directorySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;
const stored = 0;
const deflated = 8;

/**
 * Reads the ZIP's central directory and checks every entry against the bytes. Written here rather
 * than left to a library's unzip (fflate's unzipSync, say), which does not check signatures,
 * bounds, encryption or checksums, and silently cuts a part that unpacks to more than it declares.
 */
export function readZipDirectory(bytes: Uint8Array, name: string): ZipEntry[] {
  const view = dataView(bytes);
  const length = bytes.length;
  const end = findEndRecord(view);
  if (end < 0) {
    throw new ProjectError(
      'damaged',
      `“${name}” is damaged or incomplete: the end of the file is missing, as when a download or a copy stops early. Copy or download it again, or open the original in Word and save it again.`,
    );
  }
  let count = view.getUint16(end + 10, true);
  let directorySize = view.getUint32(end + 12, true);
  let position = view.getUint32(end + 16, true);
  if (count === 0xffff || directorySize === 0xffffffff || position === 0xffffffff) {
    const locator = end - 20;
    if (locator >= 0 && view.getUint32(locator, true) === zip64LocatorSignature) {
      const record = readUint64(view, locator + 8);
      if (record + 56 > length || view.getUint32(record, true) !== zip64EndRecordSignature) {
        throw damaged(name, 'the list of its contents cannot be found');
      }
      count = readUint64(view, record + 32);
      directorySize = readUint64(view, record + 40);
      position = readUint64(view, record + 48);
    }
  }
  if (position + directorySize > length) throw damaged(name, 'the list of its contents is cut short');
  if (count === 0) throw notWord(name, 'is an empty ZIP archive: there is no Word document in it.');

  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (position + 46 > length || view.getUint32(position, true) !== directorySignature) {
      throw damaged(name, 'the list of its contents is garbled');
    }
    const flags = view.getUint16(position + 8, true);
    const method = view.getUint16(position + 10, true);
    const crc = view.getUint32(position + 16, true);
    let compressedSize = view.getUint32(position + 20, true);
    let size = view.getUint32(position + 24, true);
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    let localOffset = view.getUint32(position + 42, true);
    const nameStart = position + 46;
    const extraStart = nameStart + nameLength;
    position = extraStart + extraLength + commentLength;
    if (position > length) throw damaged(name, 'the list of its contents is cut short');

    // ZIP64 keeps sizes and offsets too large for 32 bits in an extra field (id 1), in this order.
    for (let field = extraStart; field + 4 <= extraStart + extraLength; field += 4 + view.getUint16(field + 2, true)) {
      if (view.getUint16(field, true) !== 1) continue;
      let value = field + 4;
      const take = (): number => {
        const read = value + 8 <= extraStart + extraLength ? readUint64(view, value) : Number.POSITIVE_INFINITY;
        value += 8;
        return read;
      };
      if (size === 0xffffffff) size = take();
      if (compressedSize === 0xffffffff) compressedSize = take();
      if (localOffset === 0xffffffff) localOffset = take();
      break;
    }

    // Word writes UTF-8 names; some tools use backslashes as separators.
    const path = new TextDecoder().decode(bytes.subarray(nameStart, extraStart)).replace(/\\/g, '/');
    if (path.endsWith('/')) continue; // A folder, not a part.
    if (flags & 1) {
      throw new ProjectError(
        'password-protected',
        `“${name}” is a ZIP archive protected by a password, not a Word document. Word documents are never packed this way; choose the .docx file itself.`,
      );
    }
    if (method !== stored && method !== deflated) {
      throw notWord(
        name,
        `is packed in a way Word never uses (ZIP compression method ${method}), so it cannot be read. Open it in Word, save it as a Word document (.docx), and import that.`,
      );
    }
    if (localOffset + 30 > length || view.getUint32(localOffset, true) !== localHeaderSignature) {
      throw damaged(name, `the part ${path} cannot be found where the list of contents says it is`);
    }
    const dataOffset = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataOffset + compressedSize > length) throw damaged(name, `the part ${path} is cut short`);
    if (method === stored && compressedSize !== size) throw damaged(name, `the part ${path} is not the size it declares`);
    entries.push({ path, method, crc, compressedSize, size, dataOffset });
  }
  return entries;
}

/** The end-of-central-directory record: the last one whose comment ends at the end of the file. */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let offset = last; offset >= 0 && offset >= last - 0xffff; offset -= 1) {
    if (view.getUint32(offset, true) === endRecordSignature && offset + 22 + view.getUint16(offset + 20, true) <= view.byteLength) {
      return offset;
    }
  }
  return -1;
}

/**
 * Inflates one part with Node's zlib, never past the size it declares (`maxOutputLength`), and
 * checks its length and CRC: a zip bomb that lies about its size never gets more memory than it
 * declared, and a damaged part is caught here rather than read as garbage. zlib is native and
 * several times faster than a JavaScript inflater on the megabytes of drawings Word files carry.
 */
export function unpackEntry(bytes: Uint8Array, entry: ZipEntry, name: string): Uint8Array {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const fail = (why: string) => damaged(name, `the part ${entry.path} cannot be unpacked (${why})`);
  let content: Uint8Array;
  if (entry.method === stored) {
    content = data.slice();
  } else {
    try {
      content = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw fail(`it holds more than the ${describeSize(entry.size)} it declares`);
      throw fail((error as Error).message);
    }
    if (content.length !== entry.size)
      throw fail(`it holds ${content.length > entry.size ? 'more' : 'less'} than the ${describeSize(entry.size)} it declares`);
  }
  if (crc32(content) !== entry.crc) throw fail('its checksum does not match');
  return content;
}

const crcTable = Int32Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value;
});

/** zlib's native CRC-32 (Node 22.2 and later), or the same in JavaScript. */
function crc32(data: Uint8Array): number {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(data) >>> 0;
  let crc = -1;
  for (let index = 0; index < data.length; index += 1) crc = crcTable[(crc ^ data[index]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Relationships and content types: flat lists of empty elements, read with the importer's XML parser

interface ContentTypes {
  readonly defaults: ReadonlyMap<string, string>;
  readonly overrides: ReadonlyMap<string, string>;
}

/** The child elements of a part's root, by local name (Word writes them without a prefix, others with one). */
function rootChildren(xml: string | null, part: string, name: string): XmlElement[] {
  if (xml === null || xml.trim() === '') return [];
  return childElements(parseXml(xml, part)).filter((element) => element.name === name || element.name.endsWith(`:${name}`));
}

function readContentTypes(xml: string | null): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const element of [...rootChildren(xml, '[Content_Types].xml', 'Default'), ...rootChildren(xml, '[Content_Types].xml', 'Override')]) {
    const contentType = element.attributes.ContentType ?? '';
    const extension = element.attributes.Extension;
    const partName = element.attributes.PartName;
    if (extension !== undefined && !defaults.has(extension.toLowerCase())) defaults.set(extension.toLowerCase(), contentType);
    if (partName !== undefined && !overrides.has(partKey(partName))) overrides.set(partKey(partName), contentType);
  }
  return { defaults, overrides };
}

function readRelationships(
  xml: string | null,
  part: string,
  folder: string,
  locate: (path: string) => string,
): ReadonlyMap<string, WordRelationship> {
  const relationships = new Map<string, WordRelationship>();
  for (const { attributes } of rootChildren(xml, part, 'Relationship')) {
    const id = attributes.Id;
    const target = attributes.Target;
    if (id === undefined || target === undefined || relationships.has(id)) continue;
    const external = attributes.TargetMode?.toLowerCase() === 'external';
    relationships.set(id, {
      id,
      type: attributes.Type ?? '',
      target: external ? target : locate(resolveTarget(folder, target)),
      external,
    });
  }
  return relationships;
}

/** A target relative to the source part's folder, or absolute from the package root, as a path inside the package. */
function resolveTarget(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter((segment) => segment !== '');
  for (const segment of target.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function decodeText(content: Uint8Array): string {
  if (content[0] === 0xff && content[1] === 0xfe) return new TextDecoder('utf-16le').decode(content.subarray(2));
  if (content[0] === 0xfe && content[1] === 0xff) {
    // Swapped into little-endian order, which every TextDecoder knows.
    const swapped = new Uint8Array(content.length - 2 - (content.length % 2));
    for (let index = 0; index < swapped.length; index += 2) {
      swapped[index] = content[index + 3]!;
      swapped[index + 1] = content[index + 2]!;
    }
    return new TextDecoder('utf-16le').decode(swapped);
  }
  return new TextDecoder('utf-8').decode(content); // Drops a UTF-8 BOM.
}

/** Part names compare without their leading slash and regardless of case, as the Open Packaging Conventions say. */
function partKey(path: string): string {
  return stripLeadingSlashes(path.replace(/\\/g, '/')).toLowerCase();
}

function stripLeadingSlashes(path: string): string {
  return path.replace(/^\/+/, '');
}

function baseName(fileName: string): string {
  return fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function readUint64(view: DataView, offset: number): number {
  return view.getUint32(offset, true) + view.getUint32(offset + 4, true) * 2 ** 32;
}

/** A size as people write it: "1.2 MB", "300 MB", "5 KB"; `round` is Math.ceil where a size must not seem to fit a limit it exceeds. */
function describeSize(bytes: number, round: (value: number) => number = Math.round): string {
  const [value, unit] = bytes >= megabyte ? [bytes / megabyte, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'bytes'];
  const shown = unit !== 'bytes' && value < 10 ? round(value * 10) / 10 : round(value);
  return `${shown.toLocaleString('en')} ${unit}`;
}

function notWord(name: string, what: string): ProjectError {
  return new ProjectError('not-a-word-document', `“${name}” ${what}`);
}

function damaged(name: string, what: string): ProjectError {
  return new ProjectError(
    'damaged',
    `“${name}” is damaged: ${what}. Open it in Word, which may be able to repair it, save it again, and import that.`,
  );
}

function partTooLarge(name: string, entry: ZipEntry, limits: WordPackageLimits): ProjectError {
  return new ProjectError(
    'too-large',
    `“${name}” is too large to import: the part ${entry.path} would unpack to ${describeSize(entry.size, Math.ceil)}, more than the ${describeSize(limits.partBytes)} allowed for one part. If that is a video or a picture, make it smaller in Word and import the document again; otherwise the file may be damaged, or made to exhaust the memory.`,
  );
}
