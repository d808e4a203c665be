/** A file path as its folder and its name, on any platform's separators. */
export function splitPath(path: string): { readonly folder: string; readonly name: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0 ? { folder: '', name: path } : { folder: path.slice(0, cut) || path.slice(0, 1), name: path.slice(cut + 1) };
}
