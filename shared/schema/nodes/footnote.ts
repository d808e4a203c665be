import { mergeAttributes, Node } from '@tiptap/core';
import { shortcuts } from '../shortcuts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterFootnote: {
      /** Inserts a footnote with this text at the cursor; its number is computed. */
      insertFootnote: (text: string) => ReturnType;
      /** Changes the text of the footnote that is selected. */
      setFootnoteText: (text: string) => ReturnType;
    };
  }
}

/** A footnote: a number in the text (computed, in document order) and its plain text, printed at the foot of the page. */
export interface FootnoteOptions {
  /** Called by the shortcut: the editor asks for the footnote text and then runs the insert command. */
  readonly request: (() => void) | null;
}

export const Footnote = Node.create<FootnoteOptions>({
  name: 'footnote',
  addOptions() {
    return { request: null };
  },
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      text: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-text') ?? '',
        renderHTML: (attributes) => ({ 'data-text': String(attributes.text ?? ''), title: String(attributes.text ?? '') }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'sup[data-type="footnote"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes(HTMLAttributes, { 'data-type': 'footnote', class: 'footnote' })];
  },
  renderText({ node }) {
    return ` [${String(node.attrs.text)}]`;
  },
  addCommands() {
    return {
      insertFootnote:
        (text) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { text } }),
      setFootnoteText:
        (text) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, { text }),
    };
  },
  addKeyboardShortcuts() {
    return {
      [shortcuts.footnote]: () => {
        if (!this.editor.isEditable || !this.options.request) return false;
        this.options.request();
        return true;
      },
    };
  },
});
