import { crc32, deflateRawSync } from 'node:zlib';

/** One file of a ZIP package: its path inside the package and its bytes (text is written as UTF-8). */
export interface ZipEntry {
  readonly path: string;
  readonly data: Uint8Array | string;
}

/** Already compressed formats gain nothing from deflate: they are stored. */
const stored = /\.(png|jpe?g|gif|zip|docx|xlsx)$/i;

/**
 * Writes a ZIP package (the container of a .docx, and of the submission package) in memory:
 * deflated entries, CRC-32 from Node's zlib, one central directory. Entries keep their order, so
 * [Content_Types].xml can come first, as Word writes it. No ZIP64: a package stays far below 4 GB.
 */
export function zipPackage(entries: readonly ZipEntry[], modified: Date = new Date()): Buffer {
  const time = dosTime(modified);
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.path, 'utf8');
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
    const method = stored.test(entry.path) ? 0 : 8;
    const body = method === 8 ? deflateRawSync(raw, { level: 6 }) : raw;
    const crc = crc32(raw) >>> 0;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(time.time, 10);
    header.writeUInt16LE(time.date, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(raw.length, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    locals.push(header, name, body);

    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4); // made by
    record.writeUInt16LE(20, 6); // needed
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt16LE(method, 10);
    record.writeUInt16LE(time.time, 12);
    record.writeUInt16LE(time.date, 14);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(body.length, 20);
    record.writeUInt32LE(raw.length, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    offset += header.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** MS-DOS date and time, in local time as ZIP tools read them; 1980 is the earliest they can hold. */
function dosTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}
