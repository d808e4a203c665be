import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { Modal } from '../ui/Modal';
import { TextField } from '../ui/TextField';

interface FootnoteDialogProps {
  readonly editor: Editor;
  readonly onClose: () => void;
}

/** Asks for a footnote's text and inserts it at the cursor; with a footnote selected, edits its text. */
export function FootnoteDialog({ editor, onClose }: FootnoteDialogProps) {
  const selected = editor.isActive('footnote') ? String(editor.getAttributes('footnote').text ?? '') : null;
  const [text, setText] = useState(selected ?? '');
  const trimmed = text.trim();
  const submit = () => {
    if (trimmed === '') return;
    if (selected !== null) editor.chain().focus().setFootnoteText(trimmed).run();
    else editor.chain().focus().insertFootnote(trimmed).run();
    onClose();
  };
  return (
    <Modal
      title={selected !== null ? 'Edit footnote' : 'Insert footnote'}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={trimmed === ''} onClick={submit}>
            {selected !== null ? 'Save' : 'Insert'}
          </button>
        </>
      }
    >
      <TextField
        label="Footnote text"
        value={text}
        onChange={setText}
        rows={3}
        autoFocus
        hint="Footnotes are numbered in order through the text; the number is set for you."
      />
    </Modal>
  );
}
