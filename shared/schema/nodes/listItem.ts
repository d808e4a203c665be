import { mergeAttributes, Node } from '@tiptap/core';
import { liftListItem, sinkListItem, splitListItem } from '@tiptap/pm/schema-list';
import { listItemContent } from '../blockGroups';

/** Lists nest to three levels in a common text: a), 1), then dashes. */
export const maxListDepth = 3;

/** One item of a list: a paragraph, then more paragraphs or a nested list. */
export const ListItem = Node.create({
  name: 'listItem',
  content: listItemContent,
  defining: true,
  parseHTML() {
    return [{ tag: 'li' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['li', mergeAttributes(HTMLAttributes), 0];
  },
  addKeyboardShortcuts() {
    const type = () => this.editor.schema.nodes[this.name]!;
    return {
      Enter: () => splitListItem(type())(this.editor.state, this.editor.view.dispatch),
      Tab: () => {
        if (listDepth(this.editor.state.selection.$from) >= maxListDepth) return true;
        return sinkListItem(type())(this.editor.state, this.editor.view.dispatch);
      },
      'Shift-Tab': () => liftListItem(type())(this.editor.state, this.editor.view.dispatch),
    };
  },
});

/** How many lists stand around a position. */
export function listDepth($pos: { depth: number; node(depth: number): { type: { name: string } } }): number {
  let lists = 0;
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const name = $pos.node(depth).type.name;
    if (name === 'bulletList' || name === 'orderedList') lists += 1;
  }
  return lists;
}
