import type { Editor } from '@tiptap/react';

/** The paragraph styles the toolbar offers, and how each is applied and recognised. */
export const blockStyles = [
  { value: 'paragraph', label: 'Body text', apply: (editor: Editor) => editor.chain().focus().setParagraph().run() },
  { value: 'heading1', label: 'Heading 1', apply: (editor: Editor) => editor.chain().focus().setHeading({ level: 1 }).run() },
  { value: 'heading2', label: 'Heading 2', apply: (editor: Editor) => editor.chain().focus().setHeading({ level: 2 }).run() },
  { value: 'heading3', label: 'Heading 3', apply: (editor: Editor) => editor.chain().focus().setHeading({ level: 3 }).run() },
  { value: 'codeBlock', label: 'Code (ASN.1)', apply: (editor: Editor) => editor.chain().focus().setCodeBlock().run() },
] as const;

export type BlockStyle = (typeof blockStyles)[number]['value'];
