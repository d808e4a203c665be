import { useStore } from '../../store/store';

/** Who the editors are, with a way to write to them. */
export function EditorsSummary() {
  const editors = useStore((state) => state.snapshot?.metadata.editors);
  if (!editors) return null;
  return (
    <section className="summarySection">
      <h3 className="summarySection-heading">Editors</h3>
      {editors.length === 0 ? (
        <p className="summary-none">None named yet.</p>
      ) : (
        <ul className="summaryEditors">
          {editors.map((editor, index) => (
            <li key={index}>
              <span className="summaryEditors-name">{editor.name}</span>
              {editor.affiliation ? <span className="summaryEditors-detail">{editor.affiliation}</span> : null}
              {editor.email ? <span className="summaryEditors-detail">{editor.email}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
