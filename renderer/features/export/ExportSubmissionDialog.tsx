import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { ExportedSubmission } from '../../../shared/contract/contract';
import type { IterationSummary } from '../../../shared/domain/iteration';
import { languageInfo } from '../../../shared/domain/language';
import type { MasterSummary } from '../../../shared/domain/project';
import type { SubmissionChoice } from '../../store/exportSlice';
import { useStore } from '../../store/store';
import type { StoreState } from '../../store/storeState';
import { Icon } from '../../ui/Icon';
import { Modal } from '../../ui/Modal';
import { ExportFailureBanner } from './ExportFailureBanner';
import { ExportProgressBar } from './ExportProgressBar';
import { availableSince, availableText, marksOptions, textFromValue, textOptions, textValue } from './exportTextOptions';
import { TemplateChoice } from './TemplateChoice';
import '../../styles/wordImport.css';
import '../../styles/export.css';

const noIterations: readonly IterationSummary[] = [];
const noMasters: readonly MasterSummary[] = [];

function initialChoice(state: StoreState): SubmissionChoice {
  return { folder: '', text: state.view.kind === 'iteration' ? state.view.number : 'working', marksSince: null, templatePath: null };
}

/** File > Export Submission…: the package an editor sends, a folder and a ZIP of the cover sheet and the texts. */
export function ExportSubmissionDialog() {
  const masters = useStore((state) => state.snapshot?.masters ?? noMasters);
  const iterations = useStore((state) => state.iterations?.iterations ?? noIterations);
  const exportRun = useStore((state) => state.exportRun);
  const runSubmissionExport = useStore((state) => state.runSubmissionExport);
  const chooseExportFolder = useStore((state) => state.chooseExportFolder);
  const finishExport = useStore((state) => state.finishExport);
  const [choice, setChoice] = useState<SubmissionChoice>(() => initialChoice(useStore.getState()));
  const textId = useId();
  const marksId = useId();

  const exporting = exportRun.kind === 'exporting';
  const texts = textOptions(iterations, null);
  const text = availableText(choice.text, texts);
  const sinceOptions = marksOptions(iterations, text, null);
  const marksSince = availableSince(choice.marksSince, sinceOptions);
  const change = (part: Partial<SubmissionChoice>) => setChoice((current) => ({ ...current, ...part }));
  const withText = masters.filter((master) => master.characters > 0).map((master) => languageInfo[master.language].name);

  const chooseFolder = async (): Promise<string | null> => {
    const folder = await chooseExportFolder();
    if (folder !== null) change({ folder });
    return folder;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (exporting) return;
    // No folder yet: the button asks for one first, then goes on.
    const folder = choice.folder || (await chooseFolder());
    if (folder === null) return;
    void runSubmissionExport({ ...choice, folder, text, marksSince });
  };

  if (exportRun.kind === 'packaged') {
    return (
      <Modal
        title="Export submission package"
        onClose={finishExport}
        className="exportDialog exportSubmission"
        footer={
          <button type="button" className="button button-primary" onClick={finishExport} autoFocus>
            Done
          </button>
        }
      >
        <SubmissionResult result={exportRun.result} />
      </Modal>
    );
  }

  return (
    <Modal
      title="Export submission package"
      onClose={finishExport}
      className="exportDialog exportSubmission"
      footer={
        <>
          <button type="button" className="button" onClick={finishExport} disabled={exporting}>
            Cancel
          </button>
          <button type="submit" form="export-submission-form" className="button button-primary" disabled={exporting}>
            {exporting ? 'Exporting…' : choice.folder ? 'Export package' : 'Export package…'}
          </button>
        </>
      }
    >
      <form id="export-submission-form" className="importWord-form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="modal-lead">
          A folder and a ZIP of the same files: a cover sheet, the clean text of each language master with text (
          {withText.length > 0 ? withText.join(', ') : 'none yet'}) and, when you ask for change marks, each text marked as Word revisions.
        </p>
        {exportRun.kind === 'choosing' && exportRun.failure ? <ExportFailureBanner failure={exportRun.failure} /> : null}

        <fieldset className="importWord-group" disabled={exporting}>
          <div className="field">
            <label className="field-label" htmlFor={textId}>
              Text
            </label>
            <select
              id={textId}
              className="input select"
              value={textValue(text)}
              onChange={(event) => change({ text: textFromValue(event.target.value) })}
              data-autofocus=""
              autoFocus
            >
              {texts.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={marksId}>
              Change marks
            </label>
            <select
              id={marksId}
              className="input select"
              value={marksSince === null ? '' : String(marksSince)}
              onChange={(event) => change({ marksSince: event.target.value === '' ? null : Number(event.target.value) })}
            >
              <option value="">None: clean texts only</option>
              {sinceOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            <p className="field-hint">
              {sinceOptions.length === 0
                ? 'No older iteration to count change marks from.'
                : 'Adds, for each language, the text with its changes since that iteration as Word revisions.'}
            </p>
          </div>
        </fieldset>

        <TemplateChoice templatePath={choice.templatePath} onChange={(templatePath) => change({ templatePath })} disabled={exporting} />

        <fieldset className="importWord-group" disabled={exporting}>
          <legend className="field-label">Folder</legend>
          <div className="exportFolder">
            <Icon name="folderOpen" size={22} className="importWord-fileIcon" />
            <p className={choice.folder ? 'exportFolder-path' : 'exportFolder-path is-empty'}>{choice.folder || 'No folder chosen yet'}</p>
            <button type="button" className="button" onClick={() => void chooseFolder()}>
              Choose folder…
            </button>
          </div>
          <p className="field-hint">
            The package gets its own folder and ZIP inside it, named by the text and its date; nothing there is replaced.
          </p>
        </fieldset>

        {exporting ? <ExportProgressBar progress={exportRun.progress} label="Preparing the package" /> : null}
      </form>
    </Modal>
  );
}

/** What the package holds and where it is. */
function SubmissionResult({ result }: { readonly result: ExportedSubmission }) {
  return (
    <div className="exportResult" role="status">
      <p className="exportResult-done">
        <Icon name="check" size={20} />
        <span>The submission package is written: {result.files.length} files, in a folder and in a ZIP.</span>
      </p>
      <dl className="exportResult-paths">
        <div>
          <dt>Folder</dt>
          <dd>{result.folder}</dd>
        </div>
        <div>
          <dt>ZIP</dt>
          <dd>{result.zip}</dd>
        </div>
      </dl>
      <h3 className="importReport-heading">Files</h3>
      <ul className="exportResult-files" aria-label="Files written">
        {result.files.map((file) => (
          <li key={file.name} className="exportResult-file">
            <Icon name="document" size={18} className="importWord-fileIcon" />
            <span className="exportResult-fileName">{file.name}</span>
            <span className="exportResult-fileDescription">{file.description}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
