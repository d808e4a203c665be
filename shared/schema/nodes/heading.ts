import { mergeAttributes, Node } from '@tiptap/core';
import { idAttribute, numberAttribute } from '../attributes';
import { setTextblock } from '../setTextblock';
import { shortcuts } from '../shortcuts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterHeading: {
      /** Makes the current block a clause heading of `level` (1–6); its number is computed. */
      setClauseHeading: (level: number) => ReturnType;
      /** Moves the current heading one level down (6.2 becomes 6.1.1) or up. */
      shiftHeadingLevel: (by: 1 | -1) => ReturnType;
    };
  }
}

export const maxHeadingLevel = 6;

/** A clause or subclause heading; inside an annex, level 1 is "A.1". The number is never typed. */
export const Heading = Node.create({
  name: 'heading',
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes() {
    return { id: idAttribute(), level: numberAttribute('level', 1, 1, maxHeadingLevel) };
  },
  parseHTML() {
    return [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}:not([data-type])`, attrs: { level } }));
  },
  renderHTML({ node, HTMLAttributes }) {
    const level = Math.min(maxHeadingLevel, Math.max(1, Number(node.attrs.level) || 1));
    return [`h${level}`, mergeAttributes(HTMLAttributes, { class: 'clauseHeading' }), 0];
  },
  addCommands() {
    return {
      setClauseHeading:
        (level) =>
        ({ state, dispatch }) =>
          setTextblock(state, dispatch, this.name, { level: Math.min(maxHeadingLevel, Math.max(1, Math.round(level))) }),
      shiftHeadingLevel:
        (by) =>
        ({ state, dispatch }) => {
          const node = state.selection.$from.parent;
          if (node.type.name !== this.name) return false;
          const level = Number(node.attrs.level) + by;
          if (level < 1 || level > maxHeadingLevel) return false;
          return setTextblock(state, dispatch, this.name, { level });
        },
    };
  },
  addKeyboardShortcuts() {
    const bindings: Record<string, () => boolean> = {
      Tab: () => this.editor.commands.shiftHeadingLevel(1),
      'Shift-Tab': () => this.editor.commands.shiftHeadingLevel(-1),
    };
    for (let level = 1; level <= maxHeadingLevel; level += 1) {
      bindings[shortcuts[`heading${level}` as keyof typeof shortcuts]] = () => this.editor.commands.setClauseHeading(level);
    }
    return bindings;
  },
});
