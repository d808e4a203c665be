import { assertNever } from '../../shared/domain/assertNever';
import { AboutDialog } from '../features/about/AboutDialog';
import { NewProjectDialog } from '../features/newProject/NewProjectDialog';
import { useStore } from '../store/store';

/** The one modal dialog open, if any. */
export function DialogHost() {
  const dialog = useStore((state) => state.dialog);
  switch (dialog) {
    case null:
      return null;
    case 'newProject':
      return <NewProjectDialog />;
    case 'about':
      return <AboutDialog />;
    default:
      return assertNever(dialog);
  }
}
