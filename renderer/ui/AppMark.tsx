interface AppMarkProps {
  readonly size?: number;
}

/** The product's mark: two facing pages (ITU-T and ISO/IEC) joined by one spine. Same drawing as resources/icon.svg. */
export function AppMark({ size = 48 }: AppMarkProps) {
  return (
    <svg className="appMark" width={size} height={size} viewBox="0 0 512 512" aria-hidden="true" focusable="false">
      <rect x="32" y="32" width="448" height="448" rx="96" fill="#1f4e79" />
      <rect x="112" y="104" width="128" height="304" rx="14" fill="#ffffff" />
      <rect x="272" y="104" width="128" height="304" rx="14" fill="#dbe8f5" />
      <rect x="244" y="88" width="24" height="336" rx="12" fill="#f2b01e" />
      <g fill="#1f4e79">
        <rect x="136" y="140" width="80" height="14" rx="7" />
        <rect x="136" y="176" width="80" height="10" rx="5" opacity=".55" />
        <rect x="136" y="204" width="64" height="10" rx="5" opacity=".55" />
        <rect x="136" y="232" width="80" height="10" rx="5" opacity=".55" />
        <rect x="296" y="140" width="80" height="14" rx="7" />
        <rect x="296" y="176" width="80" height="10" rx="5" opacity=".55" />
        <rect x="296" y="204" width="64" height="10" rx="5" opacity=".55" />
        <rect x="296" y="232" width="80" height="10" rx="5" opacity=".55" />
      </g>
    </svg>
  );
}
