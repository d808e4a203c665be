import type { ReactNode } from 'react';

const shapes = {
  moveUp: <path d="M12 19V5M6 11l6-6 6 6" />,
  moveDown: <path d="M12 5v14M6 13l6 6 6-6" />,
  promote: <path d="M20 6H10M20 12h-8M20 18H10M8 9l-3 3 3 3" />,
  demote: <path d="M20 6H10M20 12h-8M20 18H10M4 9l3 3-3 3" />,
} satisfies Record<string, ReactNode>;

export type OutlineIconName = keyof typeof shapes;

/** The outline's own line icons, drawn like ../../ui/Icon; decorative. */
export function OutlineIcon({ name, size = 16 }: { readonly name: OutlineIconName; readonly size?: number }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {shapes[name]}
    </svg>
  );
}
