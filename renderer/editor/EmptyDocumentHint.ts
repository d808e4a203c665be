import { Extension } from '@tiptap/react';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface EmptyDocumentHintOptions {
  /**
   * What the empty page says, shown in its first line until the first character is typed.
   * @default ''
   */
  text: string;
}

const key = new PluginKey('emptyDocumentHint');

/**
 * Marks the only paragraph of an empty document with `is-emptyDocument` and `data-hint`, so the
 * stylesheet can show the hint (no inline style: the Content Security Policy forbids it).
 */
export const EmptyDocumentHint = Extension.create<EmptyDocumentHintOptions>({
  name: 'emptyDocumentHint',

  addOptions() {
    return { text: '' };
  },

  addProseMirrorPlugins() {
    const { text } = this.options;
    return [
      new Plugin({
        key,
        props: {
          decorations: ({ doc }) => {
            const first = doc.firstChild;
            if (doc.childCount !== 1 || !first || !first.isTextblock || first.content.size > 0) return null;
            return DecorationSet.create(doc, [Decoration.node(0, first.nodeSize, { class: 'is-emptyDocument', 'data-hint': text })]);
          },
        },
      }),
    ];
  },
});
