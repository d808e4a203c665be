import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { TextSelection } from '@tiptap/pm/state';

/**
 * Enter inside the parts of a structured block goes where the editor expects to type next, as in a
 * form: from a table's title into its first cell; from a figure's title to a new paragraph below it;
 * from a term to its definition, and from the end of a definition to a new term entry; likewise for
 * abbreviations. Elsewhere Enter does what it always does.
 */
export const StructuredEnter = Extension.create({
  name: 'structuredEnter',
  priority: 1000,
  addKeyboardShortcuts() {
    return { Enter: () => structuredEnter(this.editor.state, this.editor.view.dispatch) };
  },
});

export function structuredEnter(state: EditorState, dispatch: ((tr: Transaction) => void) | undefined): boolean {
  const { $from, empty } = state.selection;
  if (!empty || $from.depth < 2) return false;
  const part = $from.parent;
  const whole = $from.node(-1);
  const atEnd = $from.parentOffset === part.content.size;
  const moveTo = (pos: number, tr: Transaction = state.tr) => {
    if (dispatch) dispatch(tr.setSelection(TextSelection.near(tr.doc.resolve(pos))).scrollIntoView());
    return true;
  };
  // Start of the next child of the block, as a text position.
  const nextPart = () => $from.after() + 1;
  const newEntryAfter = (entry: ProseMirrorNode) => {
    const tr = state.tr;
    const at = $from.after(-1);
    const fresh = entry.type.createAndFill();
    if (!fresh) return false;
    tr.insert(at, fresh);
    return moveTo(at + 2, tr);
  };

  switch (part.type.name) {
    case 'caption':
      if (whole.type.name === 'tableBlock') return moveTo(nextPart());
      if (whole.type.name === 'figure') {
        const paragraph = state.schema.nodes.paragraph!;
        const at = $from.after(-1);
        const tr = state.tr.insert(at, paragraph.create());
        return moveTo(at + 1, tr);
      }
      return false;
    case 'termName':
    case 'abbreviation':
      return moveTo(nextPart());
    case 'termDefinition':
    case 'expansion':
      return atEnd ? newEntryAfter(whole) : false;
    default:
      return false;
  }
}
