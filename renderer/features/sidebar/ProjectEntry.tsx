import { designation } from '../../../shared/domain/projectMetadata';
import { useStore } from '../../store/store';
import { Icon } from '../../ui/Icon';

/** The project itself: its title and designation; opens its properties. */
export function ProjectEntry() {
  const title = useStore((state) => state.snapshot?.metadata.title ?? '');
  const cited = useStore((state) => (state.snapshot ? designation(state.snapshot.metadata) : ''));
  const active = useStore((state) => state.view.kind === 'metadata');
  const unsaved = useStore((state) => state.metadataDraft !== null);
  const showView = useStore((state) => state.showView);
  return (
    <button
      type="button"
      className="sidebar-item sidebar-project"
      aria-current={active ? 'page' : undefined}
      title="Project properties"
      onClick={() => void showView({ kind: 'metadata' })}
    >
      <Icon name="document" className="sidebar-itemIcon" />
      <span className="sidebar-projectText">
        {cited !== title ? <span className="sidebar-projectDesignation">{cited}</span> : null}
        <span className="sidebar-projectTitle">{title}</span>
      </span>
      {unsaved ? <span className="sidebar-unsaved" title="Unsaved changes to the properties" /> : null}
    </button>
  );
}
