import { useStore } from '../../store/store';
import type { Register } from '../../store/viewSlice';
import { EmptyState } from '../../ui/EmptyState';
import { formatCount } from '../../ui/formatCount';
import { registers } from './registers';
import '../../styles/registerView.css';

interface RegisterViewProps {
  readonly register: Register;
}

/** One register of the project: for now, what it holds and how many records it has. */
export function RegisterView({ register }: RegisterViewProps) {
  const count = useStore((state) => state.snapshot?.counts[register] ?? 0);
  const description = registers[register];
  return (
    <div className="registerView">
      <header className="viewTitle">
        <h1>{description.label}</h1>
        <p className="viewTitle-sub">{description.summary}</p>
      </header>
      <EmptyState icon={description.icon} title={count === 0 ? description.emptyTitle : `${formatCount(count)} in this project`}>
        <p>
          {count === 0
            ? 'Nothing has been recorded in this register of the project. It keeps:'
            : 'This version of Common Text Studio counts them, and will list them here. The register keeps:'}
        </p>
        <ul className="emptyState-list">
          {description.uses.map((use) => (
            <li key={use}>{use}</li>
          ))}
        </ul>
      </EmptyState>
    </div>
  );
}
