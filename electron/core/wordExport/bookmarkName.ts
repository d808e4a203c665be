/**
 * The Word bookmark of a block id: `_cts_` then the id, any character a bookmark name cannot hold
 * written as `_` and its two hex digits. Names starting with "_" are hidden in Word's bookmark list,
 * like its own `_Ref…` and `_Toc…`. The importer reads them back as the blocks' ids.
 */
export function bookmarkName(id: string): string {
  return `_cts_${id.replace(/[^A-Za-z0-9]/g, (character) => `_${character.charCodeAt(0).toString(16).padStart(2, '0').slice(-2)}`)}`.slice(
    0,
    40,
  );
}

/** The block id a bookmark written by `bookmarkName` stands for; null for any other bookmark. */
export function idOfBookmark(name: string): string | null {
  if (!name.startsWith('_cts_')) return null;
  const id = name.slice(5).replace(/_([0-9a-f]{2})/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return id === '' ? null : id;
}
