import { useStore } from '../../store/store';
import { RecentProjectItem } from './RecentProjectItem';

/** The projects opened lately, newest first. */
export function RecentProjectList() {
  const recent = useStore((state) => state.recent);
  if (recent === null) return <p className="recentList-empty">Reading the list…</p>;
  if (recent.length === 0) {
    return (
      <div className="recentList-empty">
        <p>No recent projects.</p>
        <p>Projects you create or open appear here, so that you can return to them in one click.</p>
      </div>
    );
  }
  return (
    <ul className="recentList">
      {recent.map((entry) => (
        <RecentProjectItem key={entry.path} entry={entry} />
      ))}
    </ul>
  );
}
