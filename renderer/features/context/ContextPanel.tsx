import { lazy, Suspense } from 'react';
import { useActiveEditor } from '../../editor/activeEditor';
import { useStore } from '../../store/store';
import { Icon } from '../../ui/Icon';
import { modifierKey } from '../../ui/modifierKey';
import { EditorsSummary } from './EditorsSummary';
import { FileSummary } from './FileSummary';
import { IdentitySummary } from './IdentitySummary';
import '../../styles/contextPanel.css';

// The outline works on the editor, so it loads with the editor (ProseMirror), not with the workbench.
const MasterPanes = lazy(async () => ({ default: (await import('../outline/MasterPanes')).MasterPanes }));

// Each editor gets panes of its own: folded sections and the focused row belong to one master.
const editorKeys = new WeakMap<object, number>();
let editorCount = 0;
const keyOf = (editor: object): number => {
  let key = editorKeys.get(editor);
  if (key === undefined) {
    key = editorCount += 1;
    editorKeys.set(editor, key);
  }
  return key;
};

/** The right-hand panel: beside a master, its outline and problems; elsewhere, the project at a glance. */
export function ContextPanel() {
  const toggleContextPanel = useStore((state) => state.toggleContextPanel);
  const editor = useActiveEditor((state) => state.editor);
  const summary = (
    <>
      <IdentitySummary />
      <EditorsSummary />
      <FileSummary />
    </>
  );
  const summaryBody = <div className="contextPanel-body">{summary}</div>;
  return (
    <aside className="contextPanel" aria-label={editor ? 'Outline and problems' : 'Project summary'}>
      <div className="contextPanel-header">
        <h2 className="contextPanel-heading">{editor ? 'Navigation' : 'Summary'}</h2>
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
      {editor ? (
        <Suspense fallback={summaryBody}>
          <MasterPanes key={keyOf(editor)} editor={editor} summary={summary} />
        </Suspense>
      ) : (
        summaryBody
      )}
    </aside>
  );
}
