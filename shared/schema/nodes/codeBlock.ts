import { mergeAttributes, Node } from '@tiptap/core';
import { exitCode } from '@tiptap/pm/commands';
import type { CodeLanguage } from '../../domain/documentModel';
import { codeLanguages } from '../../domain/documentModel';
import { choiceAttribute } from '../attributes';
import { shortcuts } from '../shortcuts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterCodeBlock: {
      /** Makes the current block formal notation (ASN.1 unless said), or plain text again. */
      toggleFormalCode: (language?: CodeLanguage) => ReturnType;
    };
  }
}

/**
 * ASN.1 and other formal notations: monospace, every space, tab and line break kept exactly, no
 * formatting. Enter is a new line; Ctrl-Enter (or three Enters at the end) leaves the block.
 */
export const CodeBlock = Node.create({
  name: 'codeBlock',
  group: 'block',
  content: 'text*',
  marks: '',
  code: true,
  defining: true,
  priority: 200,
  addAttributes() {
    return { language: choiceAttribute('language', codeLanguages, 'asn1') };
  },
  parseHTML() {
    return [{ tag: 'pre', preserveWhitespace: 'full' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['pre', mergeAttributes(HTMLAttributes, { class: 'codeBlock', spellcheck: 'false' }), ['code', 0]];
  },
  addCommands() {
    return {
      toggleFormalCode:
        (language = 'asn1') =>
        ({ commands }) =>
          commands.toggleNode(this.name, 'paragraph', { language }),
    };
  },
  addKeyboardShortcuts() {
    const inCode = () => this.editor.state.selection.$from.parent.type.name === this.name;
    return {
      [shortcuts.codeBlock]: () => this.editor.commands.toggleFormalCode(),
      'Mod-Enter': () => inCode() && exitCode(this.editor.state, this.editor.view.dispatch),
      Tab: () => inCode() && this.editor.commands.insertContent('\t'),
      Enter: () => {
        if (!inCode()) return false;
        const { $from, empty } = this.editor.state.selection;
        const text = $from.parent.textContent;
        // Three Enters at the end leave the block, as in Word's and Tiptap's code blocks.
        if (empty && $from.parentOffset === text.length && text.endsWith('\n\n')) {
          return this.editor
            .chain()
            .command(({ tr }) => {
              tr.delete($from.pos - 2, $from.pos);
              return true;
            })
            .exitCode()
            .run();
        }
        return this.editor.commands.insertContent('\n');
      },
    };
  },
});
