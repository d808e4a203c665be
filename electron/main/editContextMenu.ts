import type { BrowserWindow } from 'electron';
import { Menu } from 'electron';
import { editMenuTemplate } from './editMenuTemplate';

/** Shows the spelling and edit menu where the user right-clicks in the window. */
export function installEditContextMenu(window: BrowserWindow): void {
  const contents = window.webContents;
  contents.on('context-menu', (_event, params) => {
    const template = editMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });
}
