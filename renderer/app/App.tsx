import { StartScreen } from '../features/start/StartScreen';
import { NoticeStack } from '../features/notices/NoticeStack';
import { useStore } from '../store/store';
import { DialogHost } from './DialogHost';
import { useMenuCommands } from './useMenuCommands';
import { useSaveBeforeUnload } from './useSaveBeforeUnload';
import { useSaveIterationShortcut } from './useSaveIterationShortcut';
import { useStartup } from './useStartup';
import { useWindowTitle } from './useWindowTitle';
import { Workbench } from './Workbench';

/** The window: the start screen, or the workbench of the open project; dialogs and notices above either. */
export function App() {
  const projectOpen = useStore((state) => state.snapshot !== null);
  useStartup();
  useMenuCommands();
  useSaveIterationShortcut();
  useSaveBeforeUnload();
  useWindowTitle();
  return (
    <>
      {projectOpen ? <Workbench /> : <StartScreen />}
      <DialogHost />
      <NoticeStack />
    </>
  );
}
