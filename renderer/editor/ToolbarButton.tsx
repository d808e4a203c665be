import type { ReactNode } from 'react';

interface ToolbarButtonProps {
  readonly label: string;
  readonly shortcut?: string;
  readonly active?: boolean;
  readonly disabled?: boolean;
  /** Beside toolButton, e.g. for a button with an icon and words. */
  readonly className?: string;
  readonly onClick: () => void;
  readonly children: ReactNode;
}

/** A toolbar button that leaves the cursor in the text (it does not take focus on click). */
export function ToolbarButton({ label, shortcut, active, disabled, className, onClick, children }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className={className ? `toolButton ${className}` : 'toolButton'}
      aria-label={label}
      aria-pressed={active}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
