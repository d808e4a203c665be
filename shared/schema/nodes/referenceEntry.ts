import { mergeAttributes, Node } from '@tiptap/core';
import type { ReferenceGroup } from '../../domain/documentModel';
import { referenceGroups } from '../../domain/documentModel';
import { choiceAttribute, idAttribute } from '../attributes';
import { insertBlock } from '../insertBlock';
import { setTextblock } from '../setTextblock';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterReferenceEntry: {
      /** Inserts a normative reference of the group (2.1 identical, 2.2 paired, 2.3 additional). */
      insertReferenceEntry: (group: ReferenceGroup) => ReturnType;
      /** Makes the current block a normative reference of the group, or moves a reference to another group. */
      setReferenceEntryStyle: (group: ReferenceGroup) => ReturnType;
    };
  }
}

/**
 * A normative reference, "Recommendation ITU-T X.501 (2019) | ISO/IEC 9594-2:2020, Information
 * technology – …", classed as identical, paired or additional: what puts it under 2.1, 2.2 or 2.3.
 */
export const ReferenceEntry = Node.create({
  name: 'referenceEntry',
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes() {
    return { id: idAttribute(), group: choiceAttribute('group', referenceGroups, 'identical') };
  },
  parseHTML() {
    return [{ tag: 'p[data-type="referenceEntry"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes(HTMLAttributes, { 'data-type': 'referenceEntry', class: 'referenceEntry' }), 0];
  },
  addCommands() {
    return {
      insertReferenceEntry:
        (group) =>
        ({ state, dispatch }) => {
          const type = state.schema.nodes[this.name];
          return type ? insertBlock(state, dispatch, type.create({ group })) : false;
        },
      setReferenceEntryStyle:
        (group) =>
        ({ state, dispatch }) =>
          setTextblock(state, dispatch, this.name, { group }),
    };
  },
});
