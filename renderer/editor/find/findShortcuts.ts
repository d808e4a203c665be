/** What a key press asks of the find bar. */
export type FindKeyCommand = 'find' | 'replace' | 'next' | 'previous' | 'close' | 'matchCase' | 'wholeWord' | 'regularExpression';

const mac = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** The Latin letter of a key press: from the key, or from its place on a non-Latin layout (Russian, Greek, Arabic). */
function letterOf(event: KeyboardEvent): string | null {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  const place = /^Key([A-Z])$/.exec(event.code);
  return place ? place[1]!.toLowerCase() : null;
}

const toggles: Readonly<Record<string, FindKeyCommand>> = { c: 'matchCase', w: 'wholeWord', r: 'regularExpression' };

/**
 * The find command of a key press, with Word's and VS Code's keys: Ctrl+F, Ctrl+H, F3 and Shift+F3,
 * Escape, and Alt+C, Alt+W, Alt+R for the options (on a Mac ⌘F, ⌥⌘F, ⌘G and ⇧⌘G, ⌥⌘C, ⌥⌘W, ⌥⌘R).
 * Ctrl+Alt is never taken: on Windows it is AltGr, which types characters.
 */
export function findKeyCommand(event: KeyboardEvent): FindKeyCommand | null {
  const { ctrlKey, metaKey, altKey, shiftKey } = event;
  if (event.key === 'Escape' && !ctrlKey && !metaKey && !altKey && !shiftKey) return 'close';
  if (event.key === 'F3' && !ctrlKey && !metaKey && !altKey) return shiftKey ? 'previous' : 'next';
  const letter = letterOf(event);
  if (!letter) return null;
  if (mac) {
    if (!metaKey || ctrlKey) return null;
    if (letter === 'g' && !altKey) return shiftKey ? 'previous' : 'next';
    if (shiftKey) return null;
    if (letter === 'f') return altKey ? 'replace' : 'find';
    return altKey ? (toggles[letter] ?? null) : null;
  }
  if (metaKey || shiftKey) return null;
  if (ctrlKey && !altKey) return letter === 'f' ? 'find' : letter === 'h' ? 'replace' : null;
  if (altKey && !ctrlKey) return toggles[letter] ?? null;
  return null;
}

/** How a find command's key reads in a tooltip. */
export const findKeyLabels: Readonly<Record<FindKeyCommand, string>> = mac
  ? {
      find: '⌘F',
      replace: '⌥⌘F',
      next: 'Enter, ⌘G',
      previous: 'Shift+Enter, ⇧⌘G',
      close: 'Escape',
      matchCase: '⌥⌘C',
      wholeWord: '⌥⌘W',
      regularExpression: '⌥⌘R',
    }
  : {
      find: 'Ctrl+F',
      replace: 'Ctrl+H',
      next: 'Enter, F3',
      previous: 'Shift+Enter, Shift+F3',
      close: 'Escape',
      matchCase: 'Alt+C',
      wholeWord: 'Alt+W',
      regularExpression: 'Alt+R',
    };

/** How the key of "Replace all" (in the replace field) reads in a tooltip. */
export const replaceAllKeyLabel = mac ? '⌘Enter' : 'Ctrl+Enter';
