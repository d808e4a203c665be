import { useStore } from '../../store/store';
import { formatCount } from '../../ui/formatCount';
import { Icon } from '../../ui/Icon';
import { registerOrder, registers } from '../registers/registers';
import { IterationEntries } from './IterationEntries';

/** Iterations (and under them the iterations themselves), comments, defect reports and ballots, each with how many it holds. */
export function RegisterList() {
  const counts = useStore((state) => state.snapshot?.counts);
  const current = useStore((state) => (state.view.kind === 'register' ? state.view.register : null));
  const showView = useStore((state) => state.showView);
  return (
    <ul className="sidebar-list">
      {registerOrder.map((register) => (
        <li key={register}>
          <button
            type="button"
            className="sidebar-item"
            aria-current={current === register ? 'page' : undefined}
            onClick={() => void showView({ kind: 'register', register })}
          >
            <Icon name={registers[register].icon} className="sidebar-itemIcon" />
            <span className="sidebar-itemLabel">{registers[register].label}</span>
            <span className="count">{formatCount(counts?.[register] ?? 0, 'compact')}</span>
          </button>
          {register === 'iterations' ? <IterationEntries /> : null}
        </li>
      ))}
    </ul>
  );
}
