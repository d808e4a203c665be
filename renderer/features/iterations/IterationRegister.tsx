import { formatCalendarDate } from '../../../shared/domain/calendarDate';
import { languageInfo } from '../../../shared/domain/language';
import { useStore } from '../../store/store';
import { EmptyState } from '../../ui/EmptyState';
import { formatCount } from '../../ui/formatCount';
import { formatDateTime } from '../../ui/formatDateTime';
import { Icon } from '../../ui/Icon';
import { modifierKey } from '../../ui/modifierKey';
import { registers } from '../registers/registers';
import '../../styles/registerView.css';
import '../../styles/iterations.css';

/** The Iterations register: every iteration, newest first, each opened read-only with a click. */
export function IterationRegister() {
  const list = useStore((state) => state.iterations);
  const readOnly = useStore((state) => state.snapshot?.readOnly != null);
  const requestSaveIteration = useStore((state) => state.requestSaveIteration);
  const openIteration = useStore((state) => state.openIteration);
  const description = registers.iterations;
  const shortcut = modifierKey === '⌘' ? '⌘⇧S' : 'Ctrl+Shift+S';
  const saveButton = (
    <button
      type="button"
      className="button button-primary"
      disabled={readOnly}
      title={`Save iteration (${shortcut})`}
      onClick={requestSaveIteration}
    >
      <Icon name="history" size={16} />
      Save iteration…
    </button>
  );
  return (
    <div className="registerView iterationRegister">
      <header className="viewTitle iterationRegister-title">
        <div>
          <h1>{description.label}</h1>
          <p className="viewTitle-sub">{description.summary}</p>
        </div>
        {list && list.iterations.length > 0 ? saveButton : null}
      </header>
      {list === null ? (
        <div className="masterView-loading" aria-busy="true" />
      ) : list.iterations.length === 0 ? (
        <EmptyState icon={description.icon} title={description.emptyTitle}>
          <p>
            When the text is ready to send out (for a meeting, a ballot or a review), save an iteration with File &gt; Save Iteration… or{' '}
            {shortcut}. Each one keeps every language master exactly as it was, with its date.
          </p>
          {saveButton}
        </EmptyState>
      ) : (
        <table className="iterationTable" aria-label="Iterations">
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Date</th>
              <th scope="col">Label</th>
              <th scope="col">Document</th>
              <th scope="col">Editor</th>
              <th scope="col">Characters</th>
            </tr>
          </thead>
          <tbody>
            {list.iterations.map((iteration) => (
              <tr key={iteration.number}>
                <td className="iterationTable-number">{iteration.number}</td>
                <td className="iterationTable-date" title={`Saved ${formatDateTime(iteration.createdAt)}`}>
                  {formatCalendarDate(iteration.date)}
                </td>
                <td>
                  <button type="button" className="iterationTable-open" onClick={() => void openIteration(iteration.number)}>
                    {iteration.label}
                  </button>
                  {list.workingBasedOn === iteration.number ? (
                    <span className="pill iterationTable-base">working text started here</span>
                  ) : null}
                  {iteration.basedOn !== null ? (
                    <span className="iterationTable-from">working text started from iteration {iteration.basedOn}</span>
                  ) : null}
                </td>
                <td className="iterationTable-short">{iteration.documentNumber || <span className="muted">—</span>}</td>
                <td className="iterationTable-short">{iteration.editor || <span className="muted">—</span>}</td>
                <td>
                  <div className="iterationTable-languages">
                    {iteration.languages.map((entry) => (
                      <span
                        key={entry.language}
                        title={`${languageInfo[entry.language].name}: ${formatCount(entry.characters)} characters`}
                      >
                        <span className="languageCode">{entry.language.toUpperCase()}</span> {formatCount(entry.characters, 'compact')}
                      </span>
                    ))}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
