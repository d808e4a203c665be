import type { Editor } from '@tiptap/react';
import { useMemo, useSyncExternalStore } from 'react';
import { Icon } from '../../ui/Icon';
import { outlineSource } from './outlineSource';
import { problemLine } from './problemText';
import { showInEditor } from './showInEditor';
import { SidePane } from './SidePane';

/** More lines than anyone reads; a text with more has one cause (an import) to mend first. */
const shownAtMost = 200;

/**
 * What stops the numbering or the cross-references from being right: broken references, ids in
 * twice, skipped heading levels. A click goes to the place.
 */
export function ProblemsPanel({ editor }: { readonly editor: Editor }) {
  const source = outlineSource(editor);
  const snapshot = useSyncExternalStore(source.subscribe, source.get);
  const lines = useMemo(() => snapshot.numbering.problems.slice(0, shownAtMost).map(problemLine), [snapshot]);
  const total = snapshot.numbering.problems.length;

  const goTo = (index: number) => {
    // The list may lag the text by a pause in typing: go by the problem as it is now.
    const problem = source.fresh().numbering.problems[index];
    const line = problem ? problemLine(problem) : lines[index];
    if (line) showInEditor(editor, line.pos);
  };

  return (
    <SidePane name="problems" title="Problems" count={total}>
      {total === 0 ? (
        <p className="problems-none">
          <Icon name="check" size={15} />
          Every cross-reference has its target and the headings follow each other in order.
        </p>
      ) : (
        <ul className="problemsList" aria-label="Problems">
          {lines.map((line, index) => (
            <li key={index}>
              <button type="button" className={`problem is-${line.severity}`} onClick={() => goTo(index)}>
                <Icon name="alert" size={15} />
                <span className="problem-message">{line.message}</span>
              </button>
            </li>
          ))}
          {total > lines.length ? <li className="problems-more">and {total - lines.length} more</li> : null}
        </ul>
      )}
    </SidePane>
  );
}
