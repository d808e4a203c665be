import { mergeAttributes, Node } from '@tiptap/core';
import type { UnnumberedHeadingKind } from '../../domain/documentModel';
import { unnumberedHeadingKinds } from '../../domain/documentModel';
import { choiceAttribute, idAttribute } from '../attributes';
import { setTextblock } from '../setTextblock';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterUnnumberedHeading: {
      /** Makes the current block an unnumbered heading: Summary, Keywords, Foreword, Introduction, Bibliography… */
      setUnnumberedHeading: (kind: UnnumberedHeadingKind) => ReturnType;
    };
  }
}

/** A heading of the front or back matter, never numbered ("Summary", "Introduction", "Bibliography"). */
export const UnnumberedHeading = Node.create({
  name: 'unnumberedHeading',
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes() {
    return { id: idAttribute(), kind: choiceAttribute('kind', unnumberedHeadingKinds, 'other') };
  },
  parseHTML() {
    return [{ tag: 'h1[data-type="unnumberedHeading"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['h1', mergeAttributes(HTMLAttributes, { 'data-type': 'unnumberedHeading', class: 'unnumberedHeading' }), 0];
  },
  addCommands() {
    return {
      setUnnumberedHeading:
        (kind) =>
        ({ state, dispatch }) =>
          setTextblock(state, dispatch, this.name, { kind }),
    };
  },
});
