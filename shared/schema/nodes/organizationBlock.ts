import { mergeAttributes, Node } from '@tiptap/core';
import type { Organization } from '../../domain/documentModel';
import { organizations } from '../../domain/documentModel';
import { choiceAttribute } from '../attributes';
import { toggleWrapper } from '../toggleWrapper';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterOrganizationBlock: {
      /** Marks the selected blocks as applying to one organization only, or clears that. */
      toggleOrganizationBlock: (organization: Organization) => ReturnType;
    };
  }
}

/** Blocks that apply to one organization only: ITU-T's publication shows them, ISO/IEC's does not, or the reverse. */
export const OrganizationBlock = Node.create({
  name: 'organizationBlock',
  group: 'block',
  content: 'block+',
  defining: true,
  addAttributes() {
    return { organization: choiceAttribute('organization', organizations, 'itu-t') };
  },
  parseHTML() {
    return [{ tag: 'section[data-type="organizationBlock"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-type': 'organizationBlock', class: 'organizationBlock' }), 0];
  },
  addCommands() {
    return {
      toggleOrganizationBlock: (organization) => (props) => toggleWrapper(this.name, { organization }, props),
    };
  },
});
