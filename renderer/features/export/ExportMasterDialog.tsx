import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { ExportedMaster } from '../../../shared/contract/contract';
import type { IterationSummary } from '../../../shared/domain/iteration';
import type { Language } from '../../../shared/domain/language';
import { languageInfo } from '../../../shared/domain/language';
import type { MasterSummary } from '../../../shared/domain/project';
import type { MarksStyle } from '../../../shared/domain/wordExport';
import type { MasterExportChoice } from '../../store/exportSlice';
import { useStore } from '../../store/store';
import type { StoreState } from '../../store/storeState';
import { formatCount } from '../../ui/formatCount';
import { Icon } from '../../ui/Icon';
import { Modal } from '../../ui/Modal';
import { splitPath } from '../../ui/splitPath';
import { ExportFailureBanner } from './ExportFailureBanner';
import { ExportProgressBar } from './ExportProgressBar';
import { availableSince, availableText, marksOptions, textFromValue, textOptions, textValue } from './exportTextOptions';
import { TemplateChoice } from './TemplateChoice';
import { templateName } from './templateName';
import '../../styles/wordImport.css';
import '../../styles/export.css';

const noIterations: readonly IterationSummary[] = [];
const noMasters: readonly MasterSummary[] = [];

/** What the dialog offers first: the master and the text on screen, clean, in the built-in template. */
function initialChoice(state: StoreState): MasterExportChoice {
  const masters = state.snapshot?.masters.map((master) => master.language) ?? [];
  const { view } = state;
  const shown = view.kind === 'master' || view.kind === 'iteration' ? view.language : null;
  return {
    language: shown !== null && masters.includes(shown) ? shown : (masters[0] ?? 'en'),
    text: view.kind === 'iteration' ? view.number : 'working',
    marksSince: null,
    marksStyle: 'revisions',
    templatePath: null,
  };
}

const languageLabel = (language: Language): string =>
  languageInfo[language].name === languageInfo[language].nativeName
    ? languageInfo[language].name
    : `${languageInfo[language].name} — ${languageInfo[language].nativeName}`;

/** File > Export…: one language master as a .docx, clean or with change marks, in a template. */
export function ExportMasterDialog() {
  const masters = useStore((state) => state.snapshot?.masters ?? noMasters);
  const iterations = useStore((state) => state.iterations?.iterations ?? noIterations);
  const exportRun = useStore((state) => state.exportRun);
  const runMasterExport = useStore((state) => state.runMasterExport);
  const exportAgain = useStore((state) => state.exportAgain);
  const finishExport = useStore((state) => state.finishExport);
  const [choice, setChoice] = useState<MasterExportChoice>(() => initialChoice(useStore.getState()));
  const languageId = useId();
  const textId = useId();
  const marksId = useId();
  const styleName = useId();

  const languages = masters.map((master) => master.language);
  const exporting = exportRun.kind === 'exporting';
  // What the lists allow now: a text the language's iterations hold, marks from an older iteration.
  const texts = textOptions(iterations, choice.language);
  const text = availableText(choice.text, texts);
  const sinceOptions = marksOptions(iterations, text, choice.language);
  const marksSince = availableSince(choice.marksSince, sinceOptions);
  const change = (part: Partial<MasterExportChoice>) => setChoice((current) => ({ ...current, ...part }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (exporting || languages.length === 0) return;
    void runMasterExport({ ...choice, text, marksSince });
  };

  if (exportRun.kind === 'exported') {
    return (
      <Modal
        title="Export Word document"
        onClose={finishExport}
        className="exportDialog"
        footer={
          <>
            <button type="button" className="button exportDialog-again" onClick={exportAgain}>
              Export another…
            </button>
            <button type="button" className="button button-primary" onClick={finishExport} autoFocus>
              Done
            </button>
          </>
        }
      >
        <MasterExportResult result={exportRun.result} language={choice.language} marksStyle={choice.marksStyle} />
      </Modal>
    );
  }

  const noMarks = sinceOptions.length === 0 ? (text === 'working' ? 'No iteration saved yet' : 'No older iteration') : null;
  return (
    <Modal
      title="Export Word document"
      onClose={finishExport}
      className="exportDialog"
      footer={
        <>
          <button type="button" className="button" onClick={finishExport} disabled={exporting}>
            Cancel
          </button>
          <button type="submit" form="export-master-form" className="button button-primary" disabled={exporting || languages.length === 0}>
            {exporting ? 'Exporting…' : 'Export…'}
          </button>
        </>
      }
    >
      <form id="export-master-form" className="importWord-form" onSubmit={submit} noValidate>
        <p className="modal-lead">
          Writes one language master as a Word document in the common text’s layout: title block, contents, computed numbers, headers and
          footers. You choose where to save it next.
        </p>
        {exportRun.kind === 'choosing' && exportRun.failure ? <ExportFailureBanner failure={exportRun.failure} /> : null}

        <fieldset className="importWord-group" disabled={exporting}>
          <div className="field-row exportDialog-row">
            <div className="field">
              <label className="field-label" htmlFor={languageId}>
                Language
              </label>
              <select
                id={languageId}
                className="input select"
                value={choice.language}
                onChange={(event) => change({ language: event.target.value as Language })}
                data-autofocus=""
                autoFocus
              >
                {languages.map((language) => (
                  <option key={language} value={language}>
                    {languageLabel(language)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field-label" htmlFor={textId}>
                Text
              </label>
              <select
                id={textId}
                className="input select"
                value={textValue(text)}
                onChange={(event) => change({ text: textFromValue(event.target.value) })}
              >
                {texts.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </fieldset>

        <fieldset className="importWord-group" disabled={exporting}>
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
              <option value="">None: a clean text</option>
              {sinceOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            <p className="field-hint">
              {noMarks
                ? `${noMarks} to count change marks from.`
                : 'What changed since an older iteration: inserted and deleted text, moved and renumbered clauses.'}
            </p>
          </div>
          <div className="exportDialog-styles" role="radiogroup" aria-label="Marks written as">
            <label className={marksSince === null ? 'choice is-disabled' : 'choice'}>
              <input
                type="radio"
                name={styleName}
                checked={choice.marksStyle === 'revisions'}
                disabled={marksSince === null}
                onChange={() => change({ marksStyle: 'revisions' })}
              />
              <span className="choice-text">
                <span className="choice-label">Word revisions</span>
                <span className="choice-note">Tracked changes: Accept All gives this text, Reject All the older one.</span>
              </span>
            </label>
            <label className={marksSince === null ? 'choice is-disabled' : 'choice'}>
              <input
                type="radio"
                name={styleName}
                checked={choice.marksStyle === 'visible'}
                disabled={marksSince === null}
                onChange={() => change({ marksStyle: 'visible' })}
              />
              <span className="choice-text">
                <span className="choice-label">Visible colours, for print</span>
                <span className="choice-note">Inserted text blue and underlined, deleted text red and struck through.</span>
              </span>
            </label>
          </div>
        </fieldset>

        <TemplateChoice templatePath={choice.templatePath} onChange={(templatePath) => change({ templatePath })} disabled={exporting} />

        {exporting ? <ExportProgressBar progress={null} label="Writing the Word document" /> : null}
      </form>
    </Modal>
  );
}

interface MasterExportResultProps {
  readonly result: ExportedMaster;
  readonly language: Language;
  readonly marksStyle: MarksStyle;
}

/** What was written: where, from which texts, how much, with which template. */
function MasterExportResult({ result, language, marksStyle }: MasterExportResultProps) {
  const { name, folder } = splitPath(result.path);
  const { summary } = result;
  const counts: [string, number][] = [
    ['Paragraphs', summary.paragraphs],
    ['Tables', summary.tables],
    ['Footnotes', summary.footnotes],
    ['Revisions', summary.revisions],
  ];
  const marks =
    result.sinceName === null
      ? ', clean'
      : `, with change marks since ${result.sinceName} ${marksStyle === 'revisions' ? 'as Word revisions' : 'in visible colours'}`;
  return (
    <div className="exportResult" role="status">
      <p className="exportResult-done">
        <Icon name="check" size={20} />
        <span>
          Exported {result.textName} of the {languageInfo[language].name} master{marks}.
        </span>
      </p>
      <div className="importWord-file">
        <Icon name="document" size={28} className="importWord-fileIcon" />
        <div>
          <p className="importWord-fileName">{name}</p>
          <p className="importWord-fileFolder">{folder}</p>
        </div>
      </div>
      <dl className="importReport-counts">
        {counts.map(([label, count]) => (
          <div key={label} className={count === 0 ? 'importReport-count is-zero' : 'importReport-count'}>
            <dt>{label}</dt>
            <dd>{formatCount(count)}</dd>
          </div>
        ))}
      </dl>
      <p className="exportResult-template">
        <span className="field-label">Template</span> {templateName(summary.template)}
        {summary.stylesFromBuiltIn.length > 0
          ? ` — it lacked ${summary.stylesFromBuiltIn.join(', ')}, taken from the built-in template.`
          : null}
      </p>
    </div>
  );
}
