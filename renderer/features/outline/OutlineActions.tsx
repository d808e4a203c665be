import type { Editor } from '@tiptap/react';
import type { OutlineIconName } from './OutlineIcon';
import { OutlineIcon } from './OutlineIcon';
import type { SectionAction } from './sectionActions';
import { actionLabel, canRunAction, runAction, sectionActions } from './sectionActions';

const icons: Record<SectionAction, OutlineIconName> = { moveUp: 'moveUp', moveDown: 'moveDown', promote: 'promote', demote: 'demote' };

/**
 * Move up, Move down, Promote and Demote for the section holding the cursor. Drawn again only when
 * the outline or the current section changes, so checking what each may do costs nothing per keystroke.
 */
export function OutlineActions({ editor }: { readonly editor: Editor }) {
  return (
    <>
      {sectionActions.map((action) => {
        const { name, shortcut } = actionLabel(action);
        return (
          <button
            key={action}
            type="button"
            className="iconButton sidePane-action"
            aria-label={`${name} section`}
            title={`${name} (${shortcut})`}
            disabled={!canRunAction(editor, action, null)}
            // The cursor stays in the text, so typing goes on after a move.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => runAction(editor, action, null)}
          >
            <OutlineIcon name={icons[action]} />
          </button>
        );
      })}
    </>
  );
}
