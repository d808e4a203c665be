import { useEffect } from 'react';
import { useStore } from '../../store/store';
import { AppMark } from '../../ui/AppMark';
import { Modal } from '../../ui/Modal';
import '../../styles/aboutDialog.css';

/** Name and versions, for a bug report or a curious delegate. */
export function AboutDialog() {
  const info = useStore((state) => state.appInfo);
  const loadAppInfo = useStore((state) => state.loadAppInfo);
  const closeDialog = useStore((state) => state.closeDialog);
  useEffect(() => {
    void loadAppInfo();
  }, [loadAppInfo]);

  const rows: [string, string][] = info
    ? [
        ['Version', info.version],
        ['Electron', info.electron ?? 'Not running in Electron'],
        ['Node.js', info.node],
        ['SQLite', info.sqlite],
        ['Project file schema', String(info.schemaVersion)],
        ['Platform', info.platform],
      ]
    : [];
  return (
    <Modal
      title="About Common Text Studio"
      onClose={closeDialog}
      className="aboutDialog"
      footer={
        <button type="button" className="button button-primary" data-autofocus onClick={closeDialog}>
          OK
        </button>
      }
    >
      <div className="about-identity">
        <AppMark size={72} />
        <div>
          <p className="about-name">{info?.name ?? 'Common Text Studio'}</p>
          <p className="about-tagline">For the editors of ITU-T | ISO/IEC common text Recommendations | International Standards.</p>
        </div>
      </div>
      {info ? (
        <dl className="about-versions">
          {rows.map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">Reading the versions…</p>
      )}
    </Modal>
  );
}
