import { assertNever } from '../../shared/domain/assertNever';
import { AboutDialog } from '../features/about/AboutDialog';
import { ExportMasterDialog } from '../features/export/ExportMasterDialog';
import { ExportSubmissionDialog } from '../features/export/ExportSubmissionDialog';
import { SaveIterationDialog } from '../features/iterations/SaveIterationDialog';
import { NewProjectDialog } from '../features/newProject/NewProjectDialog';
import { ImportReportDialog } from '../features/wordImport/ImportReportDialog';
import { ImportWordDialog } from '../features/wordImport/ImportWordDialog';
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
    case 'importWord':
      return <ImportWordDialog />;
    case 'importReport':
      return <ImportReportDialog />;
    case 'saveIteration':
      return <SaveIterationDialog />;
    case 'exportMaster':
      return <ExportMasterDialog />;
    case 'exportSubmission':
      return <ExportSubmissionDialog />;
    default:
      return assertNever(dialog);
  }
}
