import { useStore } from '../../store/store';
import { Icon } from '../../ui/Icon';
import '../../styles/notices.css';

/** Messages for the user at the bottom right; errors stay until dismissed. */
export function NoticeStack() {
  const notices = useStore((state) => state.notices);
  const dismiss = useStore((state) => state.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : undefined}
          aria-live={notice.tone === 'error' ? undefined : 'polite'}
        >
          <Icon name={notice.tone === 'error' ? 'alert' : 'info'} className="notice-icon" />
          <p className="notice-message">{notice.message}</p>
          <button
            type="button"
            className="iconButton notice-dismiss"
            aria-label="Dismiss"
            title="Dismiss"
            onClick={() => dismiss(notice.id)}
          >
            <Icon name="close" size={16} />
          </button>
        </div>
      ))}
    </div>
  );
}
