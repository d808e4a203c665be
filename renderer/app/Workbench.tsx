import { ContextPanel } from '../features/context/ContextPanel';
import { IterationBanner } from '../features/iterations/IterationBanner';
import { Sidebar } from '../features/sidebar/Sidebar';
import { useStore } from '../store/store';
import { MainArea } from './MainArea';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { StatusBar } from './StatusBar';
import { ViewHeader } from './ViewHeader';
import '../styles/workbench.css';

/** The window of an open project: sidebar, main area, context panel and status bar, as in VS Code. */
export function Workbench() {
  const sidebarVisible = useStore((state) => state.sidebarVisible);
  const contextPanelVisible = useStore((state) => state.contextPanelVisible);
  const classes = ['workbench', sidebarVisible ? 'has-sidebar' : '', contextPanelVisible ? 'has-contextPanel' : ''].filter(Boolean);
  return (
    <div className={classes.join(' ')}>
      {sidebarVisible ? <Sidebar /> : null}
      <div className="workbench-center">
        <ViewHeader />
        <ReadOnlyBanner />
        <IterationBanner />
        <main className="mainArea">
          <MainArea />
        </main>
      </div>
      {contextPanelVisible ? <ContextPanel /> : null}
      <StatusBar />
    </div>
  );
}
