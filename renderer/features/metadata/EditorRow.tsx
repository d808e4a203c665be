import type { Editor } from '../../../shared/domain/projectMetadata';
import { Icon } from '../../ui/Icon';
import { TextField } from '../../ui/TextField';

interface EditorRowProps {
  readonly index: number;
  readonly editor: Editor;
  readonly onChange: (editor: Editor) => void;
  readonly onRemove: () => void;
  readonly errorOf: (field: keyof Editor) => string | undefined;
  readonly onBlur: (field: keyof Editor) => void;
  readonly autoFocus: boolean;
}

/** One editor of the text: name, affiliation and e-mail. */
export function EditorRow({ index, editor, onChange, onRemove, errorOf, onBlur, autoFocus }: EditorRowProps) {
  const field = (name: keyof Editor) => ({
    value: editor[name],
    onChange: (value: string) => onChange({ ...editor, [name]: value }),
    onBlur: () => onBlur(name),
    error: errorOf(name),
  });
  return (
    <li className="editorRow">
      <span className="editorRow-avatar" aria-hidden="true">
        {initials(editor.name) || <Icon name="user" size={18} />}
      </span>
      <TextField label="Editor name" autoFocus={autoFocus} {...field('name')} />
      <TextField label="Affiliation" {...field('affiliation')} />
      <TextField label="E-mail" type="email" {...field('email')} />
      <button
        type="button"
        className="iconButton editorRow-remove"
        aria-label={`Remove editor ${index + 1}`}
        title="Remove this editor"
        onClick={onRemove}
      >
        <Icon name="trash" size={18} />
      </button>
    </li>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}
