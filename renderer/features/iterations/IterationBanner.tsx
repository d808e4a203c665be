import { useState } from 'react';
import { formatCalendarDate, localCalendarDate } from '../../../shared/domain/calendarDate';
import { languageInfo } from '../../../shared/domain/language';
import { useStore } from '../../store/store';
import { Icon } from '../../ui/Icon';
import { StartFromIterationDialog } from './StartFromIterationDialog';
import '../../styles/iterations.css';

const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * Above an iteration shown read-only: which iteration it is, its languages, the way back to the
 * working text, and starting the working text afresh from it.
 */
export function IterationBanner() {
  const view = useStore((state) => (state.view.kind === 'iteration' ? state.view : null));
  const iteration = useStore((state) =>
    view ? state.iterations?.iterations.find((candidate) => candidate.number === view.number) : undefined,
  );
  const masters = useStore((state) => state.snapshot?.masters);
  const readOnly = useStore((state) => state.snapshot?.readOnly != null);
  const busy = useStore((state) => state.busy);
  const showView = useStore((state) => state.showView);
  const [confirming, setConfirming] = useState(false);
  if (!view || !iteration) return null;

  const working = masters?.some((master) => master.language === view.language) ? view.language : masters?.[0]?.language;
  const saved = new Date(iteration.createdAt);
  const details = [
    iteration.documentNumber,
    iteration.editor,
    `saved ${formatCalendarDate(localCalendarDate(saved))} at ${timeOfDay.format(saved)}`,
  ].filter(Boolean);
  return (
    <div className="banner banner-info iterationBanner" role="region" aria-label={`Iteration ${iteration.number}`}>
      <Icon name="history" />
      <div className="iterationBanner-body">
        <p className="iterationBanner-title">
          Iteration {iteration.number} of {formatCalendarDate(iteration.date)} — {iteration.label} — read-only
        </p>
        <p className="iterationBanner-details">{details.join(' · ')}</p>
        <div className="iterationBanner-row">
          {iteration.languages.length > 1 ? (
            <div className="iterationBanner-languages" role="group" aria-label="Language of the iteration">
              {iteration.languages.map(({ language }) => (
                <button
                  key={language}
                  type="button"
                  className="iterationBanner-language"
                  aria-pressed={language === view.language}
                  title={`The ${languageInfo[language].name} master of iteration ${iteration.number}`}
                  onClick={() => void showView({ kind: 'iteration', number: iteration.number, language })}
                >
                  {languageInfo[language].name}
                </button>
              ))}
            </div>
          ) : null}
          <div className="iterationBanner-actions">
            <button
              type="button"
              className="button"
              disabled={!working}
              onClick={() => working && void showView({ kind: 'master', language: working })}
            >
              Back to the working text
            </button>
            <button
              type="button"
              className="button"
              disabled={readOnly || busy}
              title={readOnly ? 'This window opened the project read-only.' : undefined}
              onClick={() => setConfirming(true)}
            >
              Start the working text from this iteration…
            </button>
          </div>
        </div>
      </div>
      {confirming ? <StartFromIterationDialog iteration={iteration} onClose={() => setConfirming(false)} /> : null}
    </div>
  );
}
