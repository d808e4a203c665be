const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A new block id: "b" and ten base-36 characters from the platform's random source (about 51 bits),
 * short enough to read in JSON and in a broken-reference message.
 */
export function newBlockId(): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  let id = 'b';
  for (const byte of bytes) id += alphabet[byte % alphabet.length];
  return id;
}
