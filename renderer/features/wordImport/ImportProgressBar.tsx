import type { ImportProgress } from '../../../shared/domain/wordImport';
import { importPhaseLabels } from './importPhaseLabels';

interface ImportProgressBarProps {
  readonly progress: ImportProgress;
}

/** The step an import is at and how far the whole has got. */
export function ImportProgressBar({ progress }: ImportProgressBarProps) {
  const percent = Math.round(progress.fraction * 100);
  const label = importPhaseLabels[progress.phase];
  return (
    <div className="importProgress" aria-live="polite">
      <div className="importProgress-text">
        <span>{label}…</span>
        <span className="importProgress-percent">{percent} %</span>
      </div>
      <progress
        className="importProgress-bar"
        max={100}
        value={percent}
        aria-label="Import progress"
        aria-valuetext={`${label}: ${percent} %`}
      />
    </div>
  );
}
