import { Mark, mergeAttributes } from '@tiptap/core';
import type { Organization as OrganizationName } from '../../domain/documentModel';
import { organizations } from '../../domain/documentModel';
import { choiceAttribute } from '../attributes';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterOrganization: {
      /** Marks the selected words as applying to one organization only, or clears that. */
      toggleOrganizationText: (organization: OrganizationName) => ReturnType;
    };
  }
}

/** Words inside a sentence that apply to one organization only ("Recommendation" for ITU-T, "International Standard" for ISO/IEC). */
export const Organization = Mark.create({
  name: 'organization',
  excludes: 'organization',
  addAttributes() {
    return { organization: choiceAttribute('organization', organizations, 'itu-t') };
  },
  parseHTML() {
    return [{ tag: 'span[data-organization]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'organizationText' }), 0];
  },
  addCommands() {
    return {
      toggleOrganizationText:
        (organization) =>
        ({ editor, commands }) =>
          editor.isActive(this.name, { organization }) ? commands.unsetMark(this.name) : commands.setMark(this.name, { organization }),
    };
  },
});
