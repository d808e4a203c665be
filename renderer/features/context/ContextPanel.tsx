import { useStore } from '../../store/store';
import { Icon } from '../../ui/Icon';
import { modifierKey } from '../../ui/modifierKey';
import { EditorsSummary } from './EditorsSummary';
import { FileSummary } from './FileSummary';
import { IdentitySummary } from './IdentitySummary';
import '../../styles/contextPanel.css';

/** The right-hand panel: the project at a glance. */
export function ContextPanel() {
  const toggleContextPanel = useStore((state) => state.toggleContextPanel);
  return (
    <aside className="contextPanel" aria-label="Project summary">
      <div className="contextPanel-header">
        <h2 className="contextPanel-heading">Summary</h2>
        <button
          type="button"
          className="iconButton"
          aria-label="Hide summary panel"
          title={`Hide summary panel (${modifierKey}Alt+B)`}
          onClick={toggleContextPanel}
        >
          <Icon name="close" size={16} />
        </button>
      </div>
      <div className="contextPanel-body">
        <IdentitySummary />
        <EditorsSummary />
        <FileSummary />
      </div>
    </aside>
  );
}
