interface FindArrowProps {
  readonly direction: 'up' | 'down';
}

/** The arrow of the previous and next buttons, drawn like ../../ui/Icon's line icons. */
export function FindArrow({ direction }: FindArrowProps) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width={18}
      height={18}
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={direction === 'up' ? 'M12 19V5M6 11l6-6 6 6' : 'M12 5v14M6 13l6 6 6-6'} />
    </svg>
  );
}
