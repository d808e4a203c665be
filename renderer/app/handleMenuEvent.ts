import { assertNever } from '../../shared/domain/assertNever';
import type { MenuEvent } from '../../shared/contract/shellEvents';
import { useStore } from '../store/store';

/** Does what the user picked in the application menu. */
export function handleMenuEvent(event: MenuEvent): void {
  const store = useStore.getState();
  switch (event.command) {
    case 'project.new':
      store.openDialog('newProject');
      return;
    case 'project.open':
      void store.chooseProjectToOpen();
      return;
    case 'project.openRecent':
      void store.openProject(event.path);
      return;
    case 'project.close':
      void store.closeProject();
      return;
    case 'project.importWord':
      void store.chooseWordDocument();
      return;
    case 'project.properties':
      if (store.snapshot) void store.showView({ kind: 'metadata' });
      return;
    case 'iteration.save':
      store.requestSaveIteration();
      return;
    case 'project.export':
      store.requestExport('exportMaster');
      return;
    case 'project.exportSubmission':
      store.requestExport('exportSubmission');
      return;
    case 'view.toggleSidebar':
      store.toggleSidebar();
      return;
    case 'view.toggleContextPanel':
      store.toggleContextPanel();
      return;
    case 'help.about':
      store.openDialog('about');
      return;
    default:
      assertNever(event);
  }
}
