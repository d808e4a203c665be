import { Icon } from '../ui/Icon';
import { useStore } from '../store/store';

/** Says, above every view, why this window may not change the project. */
export function ReadOnlyBanner() {
  const message = useStore((state) => state.snapshot?.readOnly?.message);
  if (!message) return null;
  return (
    <div className="banner banner-warning" role="note">
      <Icon name="lock" />
      <p>
        <strong>Read-only. </strong>
        {message}
      </p>
    </div>
  );
}
