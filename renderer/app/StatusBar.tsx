import { languageInfo } from '../../shared/domain/language';
import { designation, stagedDesignation } from '../../shared/domain/projectMetadata';
import { useStore } from '../store/store';
import { formatCount } from '../ui/formatCount';
import { Icon } from '../ui/Icon';
import { saveStateText } from './saveStateText';
import '../styles/statusBar.css';

/** The bottom line: which text and stage, whether this window may write, save state, words. */
export function StatusBar() {
  const identifier = useStore((state) => {
    const metadata = state.snapshot?.metadata;
    return metadata ? stagedDesignation(metadata) || designation(metadata) : '';
  });
  const readOnly = useStore((state) => state.snapshot?.readOnly != null);
  const language = useStore((state) => (state.view.kind === 'master' ? state.view.language : null));
  const saveState = useStore((state) => state.saveState);
  const words = useStore((state) => state.words);
  const saveText = saveStateText(saveState);
  return (
    <footer className="statusBar">
      <span className="statusBar-item statusBar-identifier" title="Stage and identifiers">
        {identifier}
      </span>
      {readOnly ? (
        <span className="statusBar-item statusBar-readOnly" title="This window opened the project read-only">
          <Icon name="lock" size={14} />
          Read-only
        </span>
      ) : null}
      <span className="statusBar-spacer" />
      <span
        role="status"
        className={saveState.kind === 'failed' ? 'statusBar-item statusBar-save is-failed' : 'statusBar-item statusBar-save'}
        title={saveText}
      >
        {saveState.kind === 'failed' ? <Icon name="alert" size={14} /> : null}
        {saveState.kind === 'saved' ? <Icon name="check" size={14} /> : null}
        {saveText}
      </span>
      {language ? <span className="statusBar-item">{languageInfo[language].name}</span> : null}
      {language && words !== null ? (
        <span className="statusBar-item">
          {formatCount(words)} {words === 1 ? 'word' : 'words'}
        </span>
      ) : null}
    </footer>
  );
}
