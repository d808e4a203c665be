import { mergeAttributes, Node } from '@tiptap/core';
import { annexStatement } from '../../domain/documentModel';
import { booleanAttribute, choiceAttribute, idAttribute } from '../attributes';
import { setTextblock } from '../setTextblock';
import { shortcuts } from '../shortcuts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterAnnexHeading: {
      /** Makes the current block the title of an annex (normative or informative) or an appendix. */
      setAnnexHeading: (kind: 'annex' | 'appendix', normative: boolean) => ReturnType;
    };
  }
}

/**
 * Starts an annex (A, B, …) or an appendix (I, II, …). It shows "Annex A", "(normative)", the title
 * and the fixed statement that follows from the status; only the title is text.
 */
export const AnnexHeading = Node.create({
  name: 'annexHeading',
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes() {
    return {
      id: idAttribute(),
      kind: choiceAttribute('kind', ['annex', 'appendix'] as const, 'annex'),
      normative: booleanAttribute('normative', true),
    };
  },
  parseHTML() {
    return [{ tag: 'h1[data-type="annexHeading"]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const kind = node.attrs.kind === 'appendix' ? 'appendix' : 'annex';
    const normative = kind === 'annex' && node.attrs.normative === true;
    return [
      'h1',
      mergeAttributes(HTMLAttributes, {
        'data-type': 'annexHeading',
        class: 'annexHeading',
        'data-status': normative ? '(normative)' : '(informative)',
        'data-statement': annexStatement(kind, normative),
      }),
      0,
    ];
  },
  addCommands() {
    return {
      setAnnexHeading:
        (kind, normative) =>
        ({ state, dispatch }) =>
          setTextblock(state, dispatch, this.name, { kind, normative: kind === 'annex' && normative }),
    };
  },
  addKeyboardShortcuts() {
    return { [shortcuts.annex]: () => this.editor.commands.setAnnexHeading('annex', true) };
  },
});
