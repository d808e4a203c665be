import { stagedDesignation } from '../../../shared/domain/projectMetadata';
import { stageNames } from '../../../shared/domain/stage';
import { useStore } from '../../store/store';
import { MetadataForm } from './MetadataForm';
import '../../styles/metadataView.css';

/** The project's properties: numbers, title, stage, groups and editors. */
export function MetadataView() {
  const metadata = useStore((state) => state.snapshot?.metadata);
  const updatedAt = useStore((state) => state.snapshot?.updatedAt ?? '');
  const readOnly = useStore((state) => state.snapshot?.readOnly != null);
  if (!metadata) return null;
  const staged = stagedDesignation(metadata);
  return (
    <div className="metadataView">
      <header className="viewTitle">
        <h1>Project properties</h1>
        <p className="viewTitle-sub">
          {staged || 'No number yet'}
          {metadata.stage ? <span className="muted"> · {stageNames[metadata.stage]}</span> : null}
        </p>
      </header>
      <MetadataForm saved={metadata} updatedAt={updatedAt} readOnly={readOnly} />
    </div>
  );
}
