import type { BrowserWindow } from 'electron';
import { app, dialog } from 'electron';
import path from 'node:path';
import type { ShellHandlers } from '../../shared/contract/contract';

const projectFilter = { name: 'Common Text Studio project', extensions: ['ctproj'] };
// A .doc is listed too: the importer then says what it is and how to convert it, where a filter
// without it would leave the user wondering why their file is not there.
const wordFilters = [
  { name: 'Word document', extensions: ['docx', 'doc'] },
  { name: 'All files', extensions: ['*'] },
];

const exportFilters = [{ name: 'Word document', extensions: ['docx'] }];
const templateFilters = [
  { name: 'Word document or template', extensions: ['docx', 'dotx'] },
  { name: 'All files', extensions: ['*'] },
];

/** The calls that need the desktop: native open and save dialogs. */
export function createDialogHandlers(window: () => BrowserWindow | null): ShellHandlers {
  return {
    'dialog.chooseProjectToOpen': async () => {
      const owner = window();
      const options = { title: 'Open project', filters: [projectFilter], properties: ['openFile' as const] };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return { path: result.canceled ? null : (result.filePaths[0] ?? null) };
    },
    'dialog.chooseNewProjectPath': async ({ suggestedName }) => {
      const owner = window();
      const options = {
        title: 'Create project',
        buttonLabel: 'Create',
        defaultPath: path.join(app.getPath('documents'), suggestedName || 'Untitled.ctproj'),
        filters: [projectFilter],
      };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { path: null };
      return { path: path.extname(result.filePath) === '' ? `${result.filePath}.ctproj` : result.filePath };
    },
    'dialog.chooseWordDocument': async () => {
      const owner = window();
      const options = { title: 'Import Word document', buttonLabel: 'Import', filters: wordFilters, properties: ['openFile' as const] };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return { path: result.canceled ? null : (result.filePaths[0] ?? null) };
    },
    'dialog.chooseExportPath': async ({ suggestedName }) => {
      const owner = window();
      const options = {
        title: 'Export Word document',
        buttonLabel: 'Export',
        defaultPath: path.join(app.getPath('documents'), suggestedName || 'Untitled.docx'),
        filters: exportFilters,
      };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { path: null };
      return { path: path.extname(result.filePath) === '' ? `${result.filePath}.docx` : result.filePath };
    },
    'dialog.chooseExportFolder': async () => {
      const owner = window();
      const options = {
        title: 'Folder for the submission package',
        buttonLabel: 'Choose folder',
        defaultPath: app.getPath('documents'),
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return { path: result.canceled ? null : (result.filePaths[0] ?? null) };
    },
    'dialog.chooseTemplate': async () => {
      const owner = window();
      const options = {
        title: 'Choose a Word template',
        buttonLabel: 'Use template',
        filters: templateFilters,
        properties: ['openFile' as const],
      };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return { path: result.canceled ? null : (result.filePaths[0] ?? null) };
    },
  };
}
