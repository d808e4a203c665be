import type { ExportProgress } from '../../../shared/domain/wordExport';

interface ExportProgressBarProps {
  /** Null before the first step is reported, or for a single file: the bar then only says it is busy. */
  readonly progress: ExportProgress | null;
  readonly label: string;
}

/** The step an export is at and how far it has got, as the import shows it. */
export function ExportProgressBar({ progress, label }: ExportProgressBarProps) {
  const percent = progress === null ? null : Math.round(progress.fraction * 100);
  const step = progress?.step ?? label;
  return (
    <div className="importProgress" aria-live="polite">
      <div className="importProgress-text">
        <span>{percent === 100 ? step : `${step}…`}</span>
        {percent === null ? null : <span className="importProgress-percent">{percent} %</span>}
      </div>
      <progress
        className="importProgress-bar exportProgress-bar"
        max={100}
        value={percent ?? undefined}
        aria-label="Export progress"
        aria-valuetext={percent === null ? step : `${step}: ${percent} %`}
      />
    </div>
  );
}
