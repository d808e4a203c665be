import { useStore } from '../../store/store';
import { AppMark } from '../../ui/AppMark';
import { Icon } from '../../ui/Icon';
import { modifierKey } from '../../ui/modifierKey';
import { RecentProjectList } from './RecentProjectList';
import { StartFooter } from './StartFooter';
import '../../styles/startScreen.css';

/** What the window shows with no project open: start something, or pick up where you left off. */
export function StartScreen() {
  const openDialog = useStore((state) => state.openDialog);
  const chooseProjectToOpen = useStore((state) => state.chooseProjectToOpen);
  const chooseWordDocument = useStore((state) => state.chooseWordDocument);
  const busy = useStore((state) => state.busy);
  return (
    <main className="startScreen">
      <div className="startScreen-inner">
        <header className="startScreen-header">
          <AppMark size={64} />
          <div>
            <h1 className="startScreen-name">Common Text Studio</h1>
            <p className="startScreen-tagline">
              Edit ITU-T | ISO/IEC common texts: one master per language, every draft dated, every comment resolved.
            </p>
          </div>
        </header>
        <div className="startScreen-columns">
          <section className="startScreen-start" aria-labelledby="start-heading">
            <h2 id="start-heading" className="startScreen-heading">
              Start
            </h2>
            <button type="button" className="startAction" onClick={() => openDialog('newProject')} disabled={busy}>
              <Icon name="filePlus" size={22} className="startAction-icon" />
              <span className="startAction-text">
                <span className="startAction-label">New project…</span>
                <span className="startAction-note">A Recommendation | International Standard, with its numbers and title</span>
              </span>
              <kbd className="startAction-key">{modifierKey}N</kbd>
            </button>
            <button type="button" className="startAction" onClick={() => void chooseProjectToOpen()} disabled={busy}>
              <Icon name="folderOpen" size={22} className="startAction-icon" />
              <span className="startAction-text">
                <span className="startAction-label">Open project…</span>
                <span className="startAction-note">A .ctproj file from your disk, a share or an e-mail</span>
              </span>
              <kbd className="startAction-key">{modifierKey}O</kbd>
            </button>
            <button type="button" className="startAction" onClick={() => void chooseWordDocument()} disabled={busy}>
              <Icon name="document" size={22} className="startAction-icon" />
              <span className="startAction-text">
                <span className="startAction-label">Import Word document…</span>
                <span className="startAction-note">A master in ITU&rsquo;s format (.docx) becomes a new project</span>
              </span>
            </button>
            <div className="startScreen-about">
              <p>
                A project is one file that holds the master texts, their dated iterations, ballot comments and dispositions, defect reports
                and ballots. Copy it, back it up, or send it to a co-editor like any document.
              </p>
            </div>
          </section>
          <section className="startScreen-recent" aria-labelledby="recent-heading">
            <h2 id="recent-heading" className="startScreen-heading">
              Recent projects
            </h2>
            <RecentProjectList />
          </section>
        </div>
        <StartFooter />
      </div>
    </main>
  );
}
