/**
 * The keyboard shortcuts of the master editor, in one table so that the extensions bind them and the
 * toolbar names them from the same place. "Mod" is Ctrl, or Cmd on a Mac.
 *
 * Block inserts use Mod-Shift-letter rather than Ctrl-Alt-letter: on Windows Ctrl-Alt is AltGr,
 * which types €, @ and { on many European keyboards.
 */
export const shortcuts = {
  paragraph: 'Mod-Alt-0',
  heading1: 'Mod-Alt-1',
  heading2: 'Mod-Alt-2',
  heading3: 'Mod-Alt-3',
  heading4: 'Mod-Alt-4',
  heading5: 'Mod-Alt-5',
  heading6: 'Mod-Alt-6',
  annex: 'Mod-Shift-a',
  note: 'Mod-Shift-n',
  example: 'Mod-Shift-e',
  table: 'Mod-Shift-t',
  figure: 'Mod-Shift-g',
  codeBlock: 'Mod-Alt-c',
  termEntry: 'Mod-Shift-d',
  crossReference: 'Mod-Shift-k',
  footnote: 'Mod-Shift-f',
  bulletList: 'Mod-Shift-8',
  orderedList: 'Mod-Shift-7',
  bold: 'Mod-b',
  italic: 'Mod-i',
  underline: 'Mod-u',
  subscript: 'Mod-,',
  superscript: 'Mod-.',
  code: 'Mod-e',
} as const;
export type ShortcutName = keyof typeof shortcuts;

/** How a shortcut reads in a tooltip: "Ctrl+Shift+N", or "⌘⇧N" on a Mac. */
export function shortcutLabel(name: ShortcutName, mac: boolean): string {
  const keys = shortcuts[name].split('-');
  const words = keys.map((key) => {
    switch (key) {
      case 'Mod':
        return mac ? '⌘' : 'Ctrl';
      case 'Alt':
        return mac ? '⌥' : 'Alt';
      case 'Shift':
        return mac ? '⇧' : 'Shift';
      default:
        return key.length === 1 ? key.toUpperCase() : key;
    }
  });
  return mac ? words.join('') : words.join('+');
}
