import { designation } from '../../shared/domain/projectMetadata';
import { useStore } from '../store/store';
import { Icon } from '../ui/Icon';
import { modifierKey } from '../ui/modifierKey';
import { viewIcon } from './viewIcon';
import { viewTitle } from './viewTitle';

/** The strip above the main area: where you are, and the switches for the side panels. */
export function ViewHeader() {
  const view = useStore((state) => state.view);
  const cited = useStore((state) => (state.snapshot ? designation(state.snapshot.metadata) : ''));
  const sidebarVisible = useStore((state) => state.sidebarVisible);
  const contextPanelVisible = useStore((state) => state.contextPanelVisible);
  const toggleSidebar = useStore((state) => state.toggleSidebar);
  const toggleContextPanel = useStore((state) => state.toggleContextPanel);
  return (
    <div className="viewHeader">
      <button
        type="button"
        className="iconButton"
        aria-pressed={sidebarVisible}
        aria-label={sidebarVisible ? 'Hide sidebar' : 'Show sidebar'}
        title={`${sidebarVisible ? 'Hide' : 'Show'} sidebar (${modifierKey}Shift+B)`}
        onClick={toggleSidebar}
      >
        <Icon name="sidebar" />
      </button>
      <div className="viewHeader-crumbs">
        <span className="viewHeader-project">{cited}</span>
        <Icon name="chevronRight" size={14} className="viewHeader-separator" />
        <span className="viewHeader-view">
          <Icon name={viewIcon(view)} size={16} />
          {viewTitle(view)}
        </span>
      </div>
      <button
        type="button"
        className="iconButton"
        aria-pressed={contextPanelVisible}
        aria-label={contextPanelVisible ? 'Hide summary panel' : 'Show summary panel'}
        title={`${contextPanelVisible ? 'Hide' : 'Show'} summary panel (${modifierKey}Alt+B)`}
        onClick={toggleContextPanel}
      >
        <Icon name="panelRight" />
      </button>
    </div>
  );
}
