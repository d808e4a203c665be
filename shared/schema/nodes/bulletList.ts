import { mergeAttributes, Node } from '@tiptap/core';
import { wrapInList } from '@tiptap/pm/schema-list';
import { shortcuts } from '../shortcuts';
import { listDepth, maxListDepth } from './listItem';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterBulletList: {
      /** Makes the selected paragraphs a dashed list, or lifts them out of one. */
      toggleDashList: () => ReturnType;
    };
  }
}

/** A list of items introduced by dashes ("–"), the unordered list of a common text. */
export const BulletList = Node.create({
  name: 'bulletList',
  group: 'block',
  content: 'listItem+',
  parseHTML() {
    return [{ tag: 'ul' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['ul', mergeAttributes(HTMLAttributes, { class: 'dashList' }), 0];
  },
  addCommands() {
    return {
      toggleDashList:
        () =>
        ({ state, dispatch, commands }) => {
          if (state.selection.$from.node(-2)?.type.name === this.name) return commands.liftListItem('listItem');
          if (listDepth(state.selection.$from) >= maxListDepth) return false;
          return wrapInList(state.schema.nodes[this.name]!)(state, dispatch);
        },
    };
  },
  addKeyboardShortcuts() {
    return { [shortcuts.bulletList]: () => this.editor.commands.toggleDashList() };
  },
});
