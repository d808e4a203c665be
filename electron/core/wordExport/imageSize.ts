/** The pixel size of a PNG, JPEG or GIF image, read from its header; null when unknown. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.length >= 24 && view.readUInt32BE(0) === 0x89504e47) return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
  if (view.length >= 10 && view.toString('latin1', 0, 3) === 'GIF') return { width: view.readUInt16LE(6), height: view.readUInt16LE(8) };
  if (view.length >= 4 && view[0] === 0xff && view[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < view.length) {
      if (view[offset] !== 0xff) return null;
      const marker = view[offset + 1]!;
      const length = view.readUInt16BE(offset + 2);
      // Start-of-frame markers hold the size (not DHT 0xc4, JPG 0xc8, DAC 0xcc).
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
        return { height: view.readUInt16BE(offset + 5), width: view.readUInt16BE(offset + 7) };
      offset += 2 + length;
    }
  }
  return null;
}

/** The bytes and media type of a data: URL, or null when it is none. */
export function dataUrlBytes(src: string): { type: string; bytes: Buffer } | null {
  const match = /^data:([\w.+-]+\/[\w.+-]+);base64,(.*)$/s.exec(src);
  if (!match) return null;
  return { type: match[1]!, bytes: Buffer.from(match[2]!, 'base64') };
}
