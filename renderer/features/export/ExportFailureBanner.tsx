import { Icon } from '../../ui/Icon';
import type { ExportFailure } from '../../store/exportSlice';

/** Why the last export failed, in the user's words, and what was kept. */
export function ExportFailureBanner({ failure }: { readonly failure: ExportFailure }) {
  return (
    <div className="banner banner-error" role="alert">
      <Icon name="alert" />
      <div>
        <p>{failure.message}</p>
        {failure.kept ? <p className="importWord-kept">{failure.kept}</p> : null}
      </div>
    </div>
  );
}
