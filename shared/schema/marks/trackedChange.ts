import { Mark, mergeAttributes } from '@tiptap/core';
import { textAttribute } from '../attributes';

/**
 * Text inserted or deleted as a tracked revision (Word's w:ins and w:del), with who made it and
 * when. An imported Word file keeps its revisions this way, so that nothing is silently accepted.
 */
function trackedChange(name: 'insertion' | 'deletion', tag: 'ins' | 'del') {
  return Mark.create({
    name,
    // An insertion that is later deleted is a deletion of inserted text: the two may overlap.
    excludes: name,
    inclusive: false,
    addAttributes() {
      return { author: textAttribute('author', ''), date: textAttribute('date', '') };
    },
    parseHTML() {
      return [{ tag }];
    },
    renderHTML({ HTMLAttributes }) {
      return [tag, mergeAttributes(HTMLAttributes, { class: `trackedChange trackedChange-${name}` }), 0];
    },
  });
}

export const Insertion = trackedChange('insertion', 'ins');
export const Deletion = trackedChange('deletion', 'del');
