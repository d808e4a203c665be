import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

/** What the edit menu does with the text; in main these call the window's webContents and session. */
export interface EditMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

/** The most spelling suggestions the menu lists, as in Word. */
export const maxSuggestions = 6;

/**
 * The right-click menu of the text: the platform spelling checker's suggestions for a misspelt word
 * and "Add to Dictionary", then cut, copy, paste and select all as far as they apply.
 */
export function editMenuTemplate(
  params: Pick<ContextMenuParams, 'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'>,
  actions: EditMenuActions,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord;
  if (params.isEditable && word) {
    const suggestions = params.dictionarySuggestions.slice(0, maxSuggestions);
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    for (const suggestion of suggestions) {
      items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    }
    items.push(
      { type: 'separator' },
      { label: `Add “${word}” to Dictionary`, click: () => actions.addToDictionary(word) },
      { type: 'separator' },
    );
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', enabled: params.editFlags.canCut },
      { role: 'copy', enabled: params.editFlags.canCopy },
      { role: 'paste', enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll' },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy' });
  }
  return items;
}
