import type { Editor } from '@tiptap/react';
import { useMemo, useState, useSyncExternalStore } from 'react';
import type { Change, ChangeKind } from '../../../shared/domain/diff/documentDiff';
import { changeKinds } from '../../../shared/domain/diff/documentDiff';
import { changeMarksKey } from '../../editor/changes/changeMarks';
import type { ChangeMarksState } from '../../editor/changes/changeMarks';
import { changePosition } from '../../editor/changes/changePosition';
import { acceptChange, acceptChanges, rejectChange, rejectChanges } from '../../editor/changes/reviewChanges';
import { liveNumberingOf } from '../../editor/numbering/liveNumbering';
import { showInEditor } from '../outline/showInEditor';
import { SidePane } from '../outline/SidePane';
import '../../styles/changes.css';

const kindNames: Readonly<Record<ChangeKind, string>> = {
  insert: 'Inserted',
  delete: 'Deleted',
  format: 'Formatting',
  move: 'Moved',
  'block-insert': 'Block inserted',
  'block-delete': 'Block deleted',
};

/** More lines than anyone reads in a pane; the filters narrow a longer list. */
const shownAtMost = 500;

/**
 * Every change since the iteration the marks count from, with its clause and a snippet: a click
 * goes to it; each can be accepted or rejected, as can those of a clause, or all. Filters by clause
 * and by kind.
 */
export function ChangesPanel({ editor }: { readonly editor: Editor }) {
  // Only a new list of changes re-renders the pane, not each keystroke that maps the marks along.
  const version = useSyncExternalStore(
    (listener) => {
      editor.on('transaction', listener);
      return () => {
        editor.off('transaction', listener);
      };
    },
    () => changeMarksKey.getState(editor.state)?.version ?? -1,
  );
  const state = useMemo(() => {
    void version;
    return changeMarksKey.getState(editor.state) ?? null;
  }, [editor, version]);
  const [kind, setKind] = useState<ChangeKind | ''>('');
  const [clause, setClause] = useState('');
  const clauseLabel = useClauseLabels(editor, state);
  if (!state?.base) return null;
  // An iteration shown read-only compares with another, but nothing in it can be accepted or rejected.
  const editable = editor.isEditable;

  const clauses = [...new Set(state.diff.changes.map((change) => change.clauseId))];
  const shown = state.diff.changes.filter(
    (change) => (kind === '' || change.kind === kind) && (clause === '' || change.clauseId === clause),
  );
  const clauseName = (id: string) => (id === '' ? 'Front matter' : (clauseLabel.get(id) ?? 'Clause'));

  const goTo = (change: Change) => {
    const position = changePosition(editor.state.doc, change);
    if (position !== null) showInEditor(editor, position);
  };

  return (
    <SidePane name="changes" title={`Changes since ${state.base.name}`} count={state.diff.changes.length}>
      <div className="changes-filters">
        <select aria-label="Filter by clause" value={clause} onChange={(event) => setClause(event.target.value)}>
          <option value="">All clauses</option>
          {clauses.map((id) => (
            <option key={id} value={id}>
              {clauseName(id)}
            </option>
          ))}
        </select>
        <select aria-label="Filter by kind" value={kind} onChange={(event) => setKind(event.target.value as ChangeKind | '')}>
          <option value="">All kinds</option>
          {changeKinds.map((value) => (
            <option key={value} value={value}>
              {kindNames[value]}
            </option>
          ))}
        </select>
      </div>
      {state.diff.changes.length === 0 ? (
        <p className="changes-none">No change since {state.base.name}.</p>
      ) : (
        <>
          {editable ? (
            <div className="changes-bulk">
              <button type="button" onClick={() => acceptChanges(editor, clause === '' ? 'all' : { clauseId: clause })}>
                {clause === '' ? 'Accept all' : `Accept all in ${clauseName(clause)}`}
              </button>
              <button type="button" onClick={() => rejectChanges(editor, clause === '' ? 'all' : { clauseId: clause })}>
                {clause === '' ? 'Reject all' : `Reject all in ${clauseName(clause)}`}
              </button>
            </div>
          ) : null}
          <ul className="changesList" aria-label="Changes">
            {shown.slice(0, shownAtMost).map((change) => (
              <li key={change.index} className={`changesList-item is-${change.kind}`}>
                <button type="button" className="changesList-go" onClick={() => goTo(change)}>
                  <span className="changesList-place">{clauseName(change.clauseId)}</span>
                  <span className="changesList-kind">{kindNames[change.kind]}</span>
                  <span className="changesList-snippet">{snippet(change)}</span>
                </button>
                {editable ? (
                  <span className="changesList-actions">
                    <button
                      type="button"
                      aria-label={`Accept change ${change.index + 1}`}
                      title="Accept"
                      onClick={() => acceptChange(editor, change.index)}
                    >
                      ✓
                    </button>
                    <button
                      type="button"
                      aria-label={`Reject change ${change.index + 1}`}
                      title="Reject"
                      onClick={() => rejectChange(editor, change.index)}
                    >
                      ✕
                    </button>
                  </span>
                ) : null}
              </li>
            ))}
            {shown.length > shownAtMost ? <li className="changes-more">and {shown.length - shownAtMost} more</li> : null}
          </ul>
        </>
      )}
    </SidePane>
  );
}

/** "clause 6.2", "Annex A", "Introduction" for each heading id, from the live numbering. */
function useClauseLabels(editor: Editor, state: ChangeMarksState | null): ReadonlyMap<string, string> {
  const version = state?.version ?? 0;
  return useMemo(() => {
    void version;
    const labels = new Map<string, string>();
    const numbering = liveNumberingOf(editor.state)?.numbering;
    for (const entry of numbering?.entries ?? []) {
      if (entry.kind === 'clause') labels.set(entry.id, `${entry.number} ${entry.title}`.slice(0, 60));
      else if (entry.kind === 'annex' || entry.kind === 'appendix') labels.set(entry.id, entry.label);
      else if (entry.kind === 'unnumberedHeading') labels.set(entry.id, entry.title);
    }
    return labels;
  }, [editor, version]);
}

function snippet(change: Change): string {
  const text = (change.kind === 'delete' || change.kind === 'block-delete' ? change.deletedText : change.text || change.insertedText)
    .replace(/\uFFFC/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 90 ? `${text.slice(0, 88)}…` : text || '(formatting)';
}
