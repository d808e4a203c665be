import type { Editor } from '@tiptap/react';
import type { BlockStyle } from './blockStyles';

/** The style of the block the cursor is in; "mixed" when the selection spans several kinds. */
export function currentBlockStyle(editor: Editor): BlockStyle | 'mixed' {
  if (editor.isActive('heading', { level: 1 })) return 'heading1';
  if (editor.isActive('heading', { level: 2 })) return 'heading2';
  if (editor.isActive('heading', { level: 3 })) return 'heading3';
  if (editor.isActive('codeBlock')) return 'codeBlock';
  if (editor.isActive('paragraph')) return 'paragraph';
  return 'mixed';
}
