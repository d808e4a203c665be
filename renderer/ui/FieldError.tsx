import { Icon } from './Icon';

interface FieldErrorProps {
  readonly id: string;
  readonly message: string | undefined;
}

/** The problem with one field, shown under it and tied to it by aria-describedby. */
export function FieldError({ id, message }: FieldErrorProps) {
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      <Icon name="alert" size={14} />
      {message}
    </p>
  );
}
