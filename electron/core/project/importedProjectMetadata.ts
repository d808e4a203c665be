import path from 'node:path';
import { isoNumberPattern, ituNumberPattern } from '../../../shared/domain/projectMetadata';
import type { ImportedIdentity } from '../../../shared/domain/wordImport';
import type { NewProject } from './projectFile';

/**
 * A new project's title and numbers, from the title block the import read. A number that does not
 * read as one (a typing slip in the Word file) is left for the user to fill in under Project
 * properties, and a document without a title is named after its file.
 */
export function importedProjectMetadata(identity: ImportedIdentity, fileName: string): NewProject {
  const title = identity.title.replace(/\s+/g, ' ').trim().slice(0, 1000);
  return {
    title: title === '' ? path.parse(fileName).name : title,
    ituNumber: ituNumberPattern.test(identity.ituNumber) ? identity.ituNumber : '',
    isoNumber: isoNumberPattern.test(identity.isoNumber) ? identity.isoNumber : '',
  };
}
