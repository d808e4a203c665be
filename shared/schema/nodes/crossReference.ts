import { mergeAttributes, Node } from '@tiptap/core';
import type { CrossReferenceForm } from '../../domain/documentModel';
import { crossReferenceForms } from '../../domain/documentModel';
import { choiceAttribute, textAttribute } from '../attributes';
import { shortcuts } from '../shortcuts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterCrossReference: {
      /** Inserts a reference to the block with this id; it shows the block's current number. */
      insertCrossReference: (target: string, form?: CrossReferenceForm) => ReturnType;
    };
  }
}

/**
 * A cross-reference to a clause, annex, table, figure, note, term or normative reference. It holds
 * only the target's id: what it reads ("clause 6.2", "Table A.1") is computed from the numbering on
 * every change, and it is flagged when its target is gone.
 */
export interface CrossReferenceOptions {
  /** Called by the shortcut: the editor asks for the target and then runs the insert command. */
  readonly request: (() => void) | null;
}

export const CrossReference = Node.create<CrossReferenceOptions>({
  name: 'crossReference',
  addOptions() {
    return { request: null };
  },
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return { target: textAttribute('target', ''), form: choiceAttribute('form', crossReferenceForms, 'full') };
  },
  parseHTML() {
    return [{ tag: 'span[data-type="crossReference"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-type': 'crossReference', class: 'crossReference' })];
  },
  renderText({ node }) {
    return `[${String(node.attrs.target)}]`;
  },
  addCommands() {
    return {
      insertCrossReference:
        (target, form = 'full') =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { target, form } }),
    };
  },
  addKeyboardShortcuts() {
    return {
      [shortcuts.crossReference]: () => {
        if (!this.editor.isEditable || !this.options.request) return false;
        this.options.request();
        return true;
      },
    };
  },
});
