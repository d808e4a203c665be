import { mergeAttributes, Node } from '@tiptap/core';
import { wrapInList } from '@tiptap/pm/schema-list';
import type { OrderedListStyle } from '../../domain/documentModel';
import { orderedListStyles } from '../../domain/documentModel';
import { choiceAttribute } from '../attributes';
import { shortcuts } from '../shortcuts';
import { listDepth, maxListDepth } from './listItem';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterOrderedList: {
      /** Makes the selected paragraphs a list lettered a), b) or numbered 1), 2); or changes or lifts the list. */
      toggleOrderedListStyle: (style: OrderedListStyle) => ReturnType;
    };
  }
}

/** A list lettered a), b), c) or numbered 1), 2), 3). */
export const OrderedList = Node.create({
  name: 'orderedList',
  group: 'block',
  content: 'listItem+',
  addAttributes() {
    return { style: choiceAttribute('style', orderedListStyles, 'alpha') };
  },
  parseHTML() {
    return [{ tag: 'ol' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return ['ol', mergeAttributes(HTMLAttributes, { class: `orderedList orderedList-${String(node.attrs.style)}` }), 0];
  },
  addCommands() {
    return {
      toggleOrderedListStyle:
        (style) =>
        ({ state, dispatch, commands }) => {
          const $from = state.selection.$from;
          const list = $from.node(-2);
          if (list?.type.name === this.name) {
            if (list.attrs.style === style) return commands.liftListItem('listItem');
            if (dispatch) dispatch(state.tr.setNodeAttribute($from.before(-2), 'style', style));
            return true;
          }
          if (listDepth($from) >= maxListDepth) return false;
          return wrapInList(state.schema.nodes[this.name]!, { style })(state, dispatch);
        },
    };
  },
  addKeyboardShortcuts() {
    return { [shortcuts.orderedList]: () => this.editor.commands.toggleOrderedListStyle('alpha') };
  },
});
