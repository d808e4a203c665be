import { useState } from 'react';
import type { Editor } from '../../../shared/domain/projectMetadata';
import { Icon } from '../../ui/Icon';
import { EditorRow } from './EditorRow';

interface EditorsFieldProps {
  readonly editors: readonly Editor[];
  readonly onChange: (editors: readonly Editor[]) => void;
  /** The error for a path such as "editors.0.email". */
  readonly errorOf: (path: string) => string | undefined;
  readonly onBlur: (path: string) => void;
}

const maxEditors = 50;

/** The editors of the text, one row each, added and removed in place. */
export function EditorsField({ editors, onChange, errorOf, onBlur }: EditorsFieldProps) {
  const [added, setAdded] = useState<number | null>(null);
  const listError = errorOf('editors');
  return (
    <div className="editorsField">
      {editors.length === 0 ? (
        <p className="editorsField-empty">No editors yet. Add the editors the Study Group and the Subcommittee appointed.</p>
      ) : (
        <ul className="editorsField-list">
          {editors.map((editor, index) => (
            <EditorRow
              // Rows have no identity of their own; the position is what the user sees.
              key={index}
              index={index}
              editor={editor}
              autoFocus={added === index}
              onChange={(changed) => onChange(editors.map((existing, at) => (at === index ? changed : existing)))}
              onRemove={() => {
                setAdded(null);
                onChange(editors.filter((_, at) => at !== index));
              }}
              errorOf={(field) => errorOf(`editors.${index}.${field}`)}
              onBlur={(field) => onBlur(`editors.${index}.${field}`)}
            />
          ))}
        </ul>
      )}
      {listError ? <p className="field-error">{listError}</p> : null}
      <button
        type="button"
        className="button"
        disabled={editors.length >= maxEditors}
        onClick={() => {
          setAdded(editors.length);
          onChange([...editors, { name: '', affiliation: '', email: '' }]);
        }}
      >
        <Icon name="plus" size={16} />
        Add editor
      </button>
    </div>
  );
}
