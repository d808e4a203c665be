import { assertNever } from '../../shared/domain/assertNever';
import { languageInfo } from '../../shared/domain/language';
import { registers } from '../features/registers/registers';
import type { View } from '../store/viewSlice';

/** What a view is called in its header: "English master", "Iteration 3 · English", "Project properties", "Comments". */
export function viewTitle(view: View): string {
  switch (view.kind) {
    case 'metadata':
      return 'Project properties';
    case 'master':
      return `${languageInfo[view.language].name} master`;
    case 'iteration':
      return `Iteration ${view.number} · ${languageInfo[view.language].name}`;
    case 'register':
      return registers[view.register].label;
    default:
      return assertNever(view);
  }
}
