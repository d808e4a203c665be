import { AddLanguageMenu } from './AddLanguageMenu';
import { MasterList } from './MasterList';
import { ProjectEntry } from './ProjectEntry';
import { RegisterList } from './RegisterList';
import '../../styles/sidebar.css';

/** The project's parts, as VS Code's explorer lists a folder's files. */
export function Sidebar() {
  return (
    <nav className="sidebar" aria-label="Project">
      <section className="sidebar-section">
        <h2 className="sidebar-heading">Project</h2>
        <ProjectEntry />
      </section>
      <section className="sidebar-section">
        <h2 className="sidebar-heading">Masters</h2>
        <MasterList />
        <AddLanguageMenu />
      </section>
      <section className="sidebar-section">
        <h2 className="sidebar-heading">Registers</h2>
        <RegisterList />
      </section>
    </nav>
  );
}
