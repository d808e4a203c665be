import type { Extensions } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { EmptyDocumentHint } from './EmptyDocumentHint';

/** The extensions of the master editor. A later document model replaces StarterKit's generic nodes. */
export function masterExtensions(hint: string): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      // Links open nowhere inside the app: main blocks navigation, and a click should place the cursor.
      link: { openOnClick: false, autolink: false, linkOnPaste: false },
    }),
    EmptyDocumentHint.configure({ text: hint }),
  ];
}
