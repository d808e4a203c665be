import { Node } from '@tiptap/core';

/** A line break inside a block (Shift-Enter). */
export const HardBreak = Node.create({
  name: 'hardBreak',
  group: 'inline',
  inline: true,
  selectable: false,
  linebreakReplacement: true,
  parseHTML() {
    return [{ tag: 'br' }];
  },
  renderHTML() {
    return ['br'];
  },
  renderText() {
    return '\n';
  },
  addKeyboardShortcuts() {
    return {
      'Shift-Enter': () => this.editor.commands.insertContent({ type: this.name }),
      'Mod-Enter': () => this.editor.commands.insertContent({ type: this.name }),
    };
  },
});
