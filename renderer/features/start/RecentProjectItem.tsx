import type { RecentProject } from '../../../shared/domain/project';
import { useStore } from '../../store/store';
import { formatWhen } from '../../ui/formatWhen';
import { Icon } from '../../ui/Icon';
import { splitPath } from '../../ui/splitPath';

interface RecentProjectItemProps {
  readonly entry: RecentProject;
}

/** One recent project: opens it, or says it is no longer where it was. */
export function RecentProjectItem({ entry }: RecentProjectItemProps) {
  const openProject = useStore((state) => state.openProject);
  const removeRecent = useStore((state) => state.removeRecent);
  const busy = useStore((state) => state.busy);
  const file = splitPath(entry.path);
  return (
    <li className={entry.available ? 'recentItem' : 'recentItem is-missing'}>
      <button type="button" className="recentItem-open" title={entry.path} disabled={busy} onClick={() => void openProject(entry.path)}>
        <Icon name="document" size={22} className="recentItem-icon" />
        <span className="recentItem-text">
          {entry.designation !== entry.title ? <span className="recentItem-designation">{entry.designation}</span> : null}
          <span className="recentItem-title">{entry.title}</span>
          <span className="recentItem-path">
            <span className="recentItem-file">{file.name}</span>
            {file.folder ? <span className="recentItem-folder">{file.folder}</span> : null}
          </span>
        </span>
        <span className="recentItem-when">
          {entry.available ? formatWhen(entry.openedAt) : <span className="pill pill-missing">Not found</span>}
        </span>
      </button>
      <button
        type="button"
        className="iconButton recentItem-remove"
        aria-label="Remove from recent projects"
        title="Remove from recent projects (the file itself is not touched)"
        onClick={() => void removeRecent(entry.path)}
      >
        <Icon name="close" size={16} />
      </button>
    </li>
  );
}
