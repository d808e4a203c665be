import type { Editor } from '@tiptap/react';
import { useMemo, useState } from 'react';
import type { CrossReferenceForm } from '../../shared/domain/documentModel';
import { computeNumbering } from '../../shared/domain/numbering/computeNumbering';
import type { NumberedEntry, NumberedKind } from '../../shared/domain/numbering/numberedEntry';
import { positionedDocument, proseMirrorAdapter } from '../../shared/schema/proseMirrorAdapter';
import { Modal } from '../ui/Modal';

interface CrossReferenceDialogProps {
  readonly editor: Editor;
  readonly onClose: () => void;
}

const kindGroups: readonly { readonly label: string; readonly kinds: readonly NumberedKind[] }[] = [
  { label: 'Clauses', kinds: ['clause'] },
  { label: 'Annexes and appendices', kinds: ['annex', 'appendix'] },
  { label: 'Tables', kinds: ['table'] },
  { label: 'Figures', kinds: ['figure'] },
  { label: 'Notes and examples', kinds: ['note', 'example'] },
  { label: 'Terms', kinds: ['term'] },
  { label: 'References', kinds: ['reference'] },
];

/** What the list shows for a target: "6.2  Attribute types", "Table A.1  Object identifiers", "NOTE 2 in 6.1". */
function describe(entry: NumberedEntry): { label: string; title: string } {
  switch (entry.kind) {
    case 'note':
    case 'example':
      return { label: entry.referenceText.full, title: '' };
    case 'reference':
      return { label: entry.referenceText.full, title: entry.title.slice(entry.referenceText.full.length).replace(/^,\s*/, '') };
    default:
      return { label: entry.label, title: entry.title };
  }
}

/**
 * Picks what a new cross-reference points at, from the numbered blocks of the master as they are
 * now; it is inserted at the cursor and from then on follows its target's number.
 */
export function CrossReferenceDialog({ editor, onClose }: CrossReferenceDialogProps) {
  const [query, setQuery] = useState('');
  const [group, setGroup] = useState(0);
  const [form, setForm] = useState<CrossReferenceForm>('full');
  // Numbered afresh: the live numbering keeps titles as of the last change of structure.
  const entries = useMemo(() => computeNumbering(positionedDocument(editor.state.doc), proseMirrorAdapter).entries, [editor]);
  const kinds = kindGroups[group]!.kinds;
  const needle = query.trim().toLowerCase();
  const shown = entries.filter((entry) => {
    if (!kinds.includes(entry.kind) || entry.id === '') return false;
    if (needle === '') return true;
    const { label, title } = describe(entry);
    return `${label} ${title}`.toLowerCase().includes(needle);
  });
  const [chosen, setChosen] = useState<string | null>(null);
  const insert = (id: string | null) => {
    if (id === null) return;
    editor.chain().focus().insertCrossReference(id, form).run();
    onClose();
  };

  return (
    <Modal
      title="Insert cross-reference"
      className="crossReferenceDialog"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={chosen === null} onClick={() => insert(chosen)}>
            Insert
          </button>
        </>
      }
    >
      <div className="crossReferenceDialog-controls">
        <div className="segmented" role="tablist" aria-label="Kind of target">
          {kindGroups.map((candidate, index) => (
            <button
              key={candidate.label}
              type="button"
              role="tab"
              aria-selected={index === group}
              className={index === group ? 'segmented-item is-selected' : 'segmented-item'}
              onClick={() => {
                setGroup(index);
                setChosen(null);
              }}
            >
              {candidate.label}
            </button>
          ))}
        </div>
        <input
          className="input"
          type="search"
          aria-label="Filter targets"
          placeholder="Filter by number or title"
          value={query}
          data-autofocus
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && shown.length > 0) insert(chosen ?? shown[0]!.id);
          }}
        />
      </div>
      <ul className="crossReferenceDialog-list" role="listbox" aria-label="Targets">
        {shown.length === 0 ? (
          <li className="crossReferenceDialog-empty">Nothing of this kind in the text{needle ? ' matches' : ''}.</li>
        ) : null}
        {shown.map((entry) => {
          const { label, title } = describe(entry);
          return (
            <li
              key={entry.id}
              role="option"
              aria-selected={chosen === entry.id}
              className={chosen === entry.id ? 'crossReferenceDialog-item is-selected' : 'crossReferenceDialog-item'}
              onClick={() => setChosen(entry.id)}
              onDoubleClick={() => insert(entry.id)}
            >
              <span className="crossReferenceDialog-label">{label}</span>
              <span className="crossReferenceDialog-title">{title}</span>
            </li>
          );
        })}
      </ul>
      <fieldset className="crossReferenceDialog-form">
        <legend>Show as</legend>
        <label>
          <input type="radio" name="form" checked={form === 'full'} onChange={() => setForm('full')} /> “clause 6.2”, “Table A.1”
        </label>
        <label>
          <input type="radio" name="form" checked={form === 'number'} onChange={() => setForm('number')} /> “6.2” (the number only)
        </label>
      </fieldset>
    </Modal>
  );
}
