import { iterationLine } from '../../../shared/domain/iterationLine';
import { useStore } from '../../store/store';

/** More than this and the sidebar becomes a list to scroll; the register lists them all. */
const shownAtMost = 8;

/** The iterations under their register in the sidebar, newest first; a click opens one read-only. */
export function IterationEntries() {
  const list = useStore((state) => state.iterations);
  const current = useStore((state) => (state.view.kind === 'iteration' ? state.view.number : null));
  const openIteration = useStore((state) => state.openIteration);
  const showView = useStore((state) => state.showView);
  if (!list || list.iterations.length === 0) return null;
  const shown = list.iterations.slice(0, shownAtMost);
  const hidden = list.iterations.length - shown.length;
  return (
    <ul className="sidebar-list sidebar-iterations" aria-label="Iterations, newest first">
      {shown.map((iteration) => {
        const line = iterationLine(iteration);
        const meta = [iteration.date, iteration.documentNumber, iteration.editor].filter(Boolean).join(' · ');
        return (
          <li key={iteration.number}>
            <button
              type="button"
              className="sidebar-item sidebar-iteration"
              aria-current={current === iteration.number ? 'page' : undefined}
              aria-label={line}
              title={line}
              onClick={() => void openIteration(iteration.number)}
            >
              <span className="sidebar-iterationNumber">{iteration.number}</span>
              <span className="sidebar-iterationText">
                <span className="sidebar-iterationLabel">{iteration.label}</span>
                <span className="sidebar-iterationMeta">{meta}</span>
              </span>
            </button>
          </li>
        );
      })}
      {hidden > 0 ? (
        <li>
          <button type="button" className="sidebar-more" onClick={() => void showView({ kind: 'register', register: 'iterations' })}>
            {hidden} older…
          </button>
        </li>
      ) : null}
    </ul>
  );
}
