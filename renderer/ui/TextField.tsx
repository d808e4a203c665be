import { useId } from 'react';
import { FieldError } from './FieldError';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onBlur?: () => void;
  readonly error?: string | undefined;
  readonly hint?: string;
  readonly placeholder?: string;
  /** A textarea of this many rows instead of a one-line input. */
  readonly rows?: number;
  readonly type?: 'text' | 'email';
  readonly className?: string;
  readonly autoFocus?: boolean;
  readonly inputRef?: (element: HTMLInputElement | HTMLTextAreaElement | null) => void;
  readonly spellCheck?: boolean;
}

/** A labelled text input with its hint and its error. */
export function TextField({
  label,
  value,
  onChange,
  onBlur,
  error,
  hint,
  placeholder,
  rows,
  type = 'text',
  className,
  autoFocus,
  inputRef,
  spellCheck = false,
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    placeholder,
    onBlur,
    spellCheck,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    autoFocus,
    'data-autofocus': autoFocus ? '' : undefined,
    className: error ? 'input is-invalid' : 'input',
  };
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {rows ? (
        // A wrapped line, not a paragraph: titles are long, but never hold a line break.
        <textarea
          {...common}
          ref={inputRef}
          rows={rows}
          onChange={(event) => onChange(event.target.value.replace(/[ \t]*\r?\n[ \t]*/g, ' '))}
        />
      ) : (
        <input {...common} ref={inputRef} type={type} onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldError id={errorId} message={error} />
      {hint && !error ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
