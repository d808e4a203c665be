/**
 * The smallest Word 97–2003 file: an OLE compound file whose directory holds a "WordDocument"
 * stream, which is how the importer tells a .doc from other old Office files.
 */
export function legacyWordFile(): Uint8Array {
  const sector = 512;
  const bytes = new Uint8Array(sector * 3);
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true); // 512-byte sectors
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // one sector of the allocation table…
  view.setUint32(0x30, 1, true); // …and the directory in sector 1
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, 0xfffffffe, true);
  view.setUint32(0x44, 0xfffffffe, true);
  for (let index = 0; index < 109; index += 1) view.setUint32(0x4c + 4 * index, index === 0 ? 0 : 0xffffffff, true);
  for (let index = 0; index < sector / 4; index += 1) view.setUint32(sector + 4 * index, 0xffffffff, true);
  view.setUint32(sector, 0xfffffffd, true);
  view.setUint32(sector + 4, 0xfffffffe, true);
  ['Root Entry', 'WordDocument'].forEach((name, index) => {
    const entry = sector * 2 + index * 128;
    for (let position = 0; position < name.length; position += 1) view.setUint16(entry + position * 2, name.charCodeAt(position), true);
    view.setUint16(entry + 0x40, (name.length + 1) * 2, true);
    bytes[entry + 0x42] = index === 0 ? 5 : 2; // the root storage, then a stream
  });
  return bytes;
}
