import type { Extensions } from '@tiptap/react';
import { Dropcursor, Gapcursor, TrailingNode, UndoRedo } from '@tiptap/extensions';
import type { MasterModelOptions } from '../../shared/schema/masterExtensions';
import { masterModelExtensions } from '../../shared/schema/masterExtensions';
import { ChangeMarks } from './changes/changeMarks';
import { EmptyDocumentHint } from './EmptyDocumentHint';
import { FindHighlight } from './find/findHighlight';
import { LiveNumbering } from './numbering/liveNumbering';

export interface MasterEditorOptions extends MasterModelOptions {
  /** What the empty page says. */
  readonly hint: string;
}

/** The extensions of the master editor: the document model, live numbering, and the editing comforts. */
export function masterExtensions(options: MasterEditorOptions): Extensions {
  return [
    ...masterModelExtensions(options),
    LiveNumbering,
    UndoRedo.configure({ depth: 500, newGroupDelay: 500 }),
    Dropcursor.configure({ class: 'dropCursor', width: 2 }),
    Gapcursor,
    // A paragraph after a final table, figure or code block, so the cursor can always get below it.
    TrailingNode.configure({ node: 'paragraph', notAfter: ['paragraph'] }),
    EmptyDocumentHint.configure({ text: options.hint }),
    FindHighlight,
    ChangeMarks,
  ];
}
