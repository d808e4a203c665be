import path from 'node:path';
import type { Language } from '../../shared/domain/language';
import { languageInfo } from '../../shared/domain/language';
import type { DocumentJson } from '../../shared/domain/project';
import { ProjectFile } from '../../electron/core/project/projectFile';
import type { Harness } from './harness';

/** Writes a project holding `content` as its master, as a test's starting point. */
export function writeProject(folder: string, name: string, content: DocumentJson, language: Language = 'en'): string {
  const file = path.join(folder, name);
  const project = ProjectFile.create(
    file,
    { title: 'Information technology – Open Systems Interconnection – The Directory: Overview', ituNumber: 'X.500', isoNumber: '9594-1' },
    { program: 'test setup' },
  );
  try {
    if (language !== 'en') project.addMaster(language);
    project.saveMaster(language, content);
  } finally {
    project.close();
  }
  return file;
}

/** Opens the project through the start screen and shows its master in the editor. */
export async function openMaster(h: Harness, file: string, language: Language = 'en'): Promise<void> {
  const { page } = h;
  h.answerDialog('dialog.chooseProjectToOpen', file);
  await page.getByRole('button', { name: 'Open project…' }).first().click();
  await page
    .getByRole('navigation', { name: 'Project' })
    .getByRole('button', { name: new RegExp(languageInfo[language].name) })
    .click();
  await page.locator('.ProseMirror').waitFor();
}
