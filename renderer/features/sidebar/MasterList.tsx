import { languageInfo } from '../../../shared/domain/language';
import { useStore } from '../../store/store';
import { formatCount } from '../../ui/formatCount';

/** One row per language master, with the size of its text. */
export function MasterList() {
  const masters = useStore((state) => state.snapshot?.masters);
  const current = useStore((state) => (state.view.kind === 'master' ? state.view.language : null));
  const showView = useStore((state) => state.showView);
  if (!masters || masters.length === 0) return <p className="sidebar-note">No master yet. Add a language to start the text.</p>;
  return (
    <ul className="sidebar-list">
      {masters.map((master) => {
        const info = languageInfo[master.language];
        return (
          <li key={master.language}>
            <button
              type="button"
              className="sidebar-item"
              aria-current={current === master.language ? 'page' : undefined}
              title={`${info.name} master: ${formatCount(master.characters)} characters, ${formatCount(master.bytes)} bytes stored`}
              onClick={() => void showView({ kind: 'master', language: master.language })}
            >
              <span className="languageCode">{master.language.toUpperCase()}</span>
              <span className="sidebar-itemLabel">
                {info.name}
                {info.nativeName !== info.name ? (
                  <span className="sidebar-native" lang={master.language} dir={info.direction}>
                    {info.nativeName}
                  </span>
                ) : null}
              </span>
              <span className="sidebar-meta">{formatCount(master.characters, 'compact')} chars</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
