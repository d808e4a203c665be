import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { Language } from '../../../shared/domain/language';
import { languageInfo, languages } from '../../../shared/domain/language';
import { designation } from '../../../shared/domain/projectMetadata';
import type { TrackedChangesChoice } from '../../../shared/domain/wordImport';
import { useStore } from '../../store/store';
import type { ImportDestination } from '../../store/wordImportSlice';
import { formatCount } from '../../ui/formatCount';
import { Icon } from '../../ui/Icon';
import { Modal } from '../../ui/Modal';
import { splitPath } from '../../ui/splitPath';
import { ImportProgressBar } from './ImportProgressBar';
import { languageFromFileName } from './languageFromFileName';
import '../../styles/wordImport.css';

/** Asks what to do with the chosen Word document: a new project or a master of the open one, its language, its tracked changes. */
export function ImportWordDialog() {
  const wordImport = useStore((state) => state.wordImport);
  const snapshot = useStore((state) => state.snapshot);
  const runWordImport = useStore((state) => state.runWordImport);
  const chooseWordDocument = useStore((state) => state.chooseWordDocument);
  const finishWordImport = useStore((state) => state.finishWordImport);
  const source = wordImport.kind === 'choosing' || wordImport.kind === 'importing' ? wordImport.source : '';
  const { name, folder } = splitPath(source);
  const projectWritable = snapshot !== null && snapshot.readOnly === null;

  const [destination, setDestination] = useState<ImportDestination>(projectWritable ? 'openProject' : 'newProject');
  const [language, setLanguage] = useState<Language>(() => languageFromFileName(name) ?? 'en');
  const [trackedChanges, setTrackedChanges] = useState<TrackedChangesChoice>('keep');
  const [replace, setReplace] = useState(false);
  const [guessedFor, setGuessedFor] = useState(source);
  const languageId = useId();
  if (guessedFor !== source) {
    // Another file was chosen: its name may say another language.
    setGuessedFor(source);
    setLanguage(languageFromFileName(name) ?? language);
    setReplace(false);
  }
  const importing = wordImport.kind === 'importing';

  const intoProject = destination === 'openProject' && projectWritable;
  const existing = intoProject ? snapshot?.masters.find((master) => master.language === language) : undefined;
  const existingCharacters = existing?.characters ?? 0;
  const replacing = existingCharacters > 0;
  const languageName = languageInfo[language].name;
  const blocked = importing || (replacing && !replace);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (blocked) return;
    void runWordImport({
      destination: intoProject ? 'openProject' : 'newProject',
      language,
      trackedChanges,
      replace: replacing && replace,
    });
  };

  const projectName = snapshot ? designation(snapshot.metadata) : '';
  const masterNote = !intoProject
    ? null
    : existing === undefined
      ? `Adds a ${languageName} master to the project.`
      : existingCharacters === 0
        ? `Fills the empty ${languageName} master.`
        : null;

  return (
    <Modal
      title="Import Word document"
      onClose={finishWordImport}
      className="importWord"
      footer={
        <>
          <button type="button" className="button importWord-other" onClick={() => void chooseWordDocument()} disabled={importing}>
            Choose another file…
          </button>
          <button type="button" className="button" onClick={finishWordImport} disabled={importing}>
            Cancel
          </button>
          <button type="submit" form="import-word-form" className="button button-primary" disabled={blocked}>
            {importing ? 'Importing…' : replacing ? `Replace the ${languageName} master` : intoProject ? 'Import' : 'Import…'}
          </button>
        </>
      }
    >
      <form id="import-word-form" className="importWord-form" onSubmit={submit} noValidate>
        <div className="importWord-file">
          <Icon name="document" size={28} className="importWord-fileIcon" />
          <div>
            <p className="importWord-fileName">{name}</p>
            <p className="importWord-fileFolder">{folder}</p>
          </div>
        </div>

        {wordImport.kind === 'choosing' && wordImport.failure ? (
          <div className="banner banner-error" role="alert">
            <Icon name="alert" />
            <div>
              <p>{wordImport.failure.message}</p>
              {wordImport.failure.kept ? <p className="importWord-kept">{wordImport.failure.kept}</p> : null}
            </div>
          </div>
        ) : null}

        <fieldset className="importWord-group" disabled={importing}>
          <legend className="field-label">Import into</legend>
          <label className="choice">
            <input
              type="radio"
              name="destination"
              checked={!intoProject}
              onChange={() => setDestination('newProject')}
              data-autofocus={intoProject ? undefined : ''}
            />
            <span className="choice-text">
              <span className="choice-label">A new project</span>
              <span className="choice-note">
                Its title and ITU-T and ISO/IEC numbers are read from the title block; you choose where to save it next.
              </span>
            </span>
          </label>
          <label className={projectWritable ? 'choice' : 'choice is-disabled'}>
            <input
              type="radio"
              name="destination"
              checked={intoProject}
              disabled={!projectWritable}
              onChange={() => setDestination('openProject')}
              data-autofocus={intoProject ? '' : undefined}
            />
            <span className="choice-text">
              <span className="choice-label">A master of the open project</span>
              <span className="choice-note">
                {snapshot === null
                  ? 'No project is open.'
                  : snapshot.readOnly
                    ? `${projectName} is open read-only.`
                    : `${projectName}, as the master text of one language.`}
              </span>
            </span>
          </label>
        </fieldset>

        <fieldset className="importWord-group" disabled={importing}>
          <div className="field">
            <label className="field-label" htmlFor={languageId}>
              Language of the text
            </label>
            <select
              id={languageId}
              className="input select importWord-language"
              value={language}
              onChange={(event) => {
                setLanguage(event.target.value as Language);
                setReplace(false);
              }}
            >
              {languages.map((code) => (
                <option key={code} value={code}>
                  {languageInfo[code].name === languageInfo[code].nativeName
                    ? languageInfo[code].name
                    : `${languageInfo[code].name} — ${languageInfo[code].nativeName}`}
                </option>
              ))}
            </select>
            {masterNote ? <p className="field-hint">{masterNote}</p> : null}
          </div>
          {replacing ? (
            <label className="banner banner-warning importWord-replace">
              <input type="checkbox" checked={replace} onChange={(event) => setReplace(event.target.checked)} />
              <span>
                <strong>Replace the existing {languageName} master.</strong> Its text ({formatCount(existingCharacters)} characters) will be
                replaced by the Word document&rsquo;s, and cannot be brought back.
              </span>
            </label>
          ) : null}
        </fieldset>

        <fieldset className="importWord-group" disabled={importing}>
          <legend className="field-label">Tracked changes in the Word file</legend>
          <label className="choice">
            <input type="radio" name="trackedChanges" checked={trackedChanges === 'keep'} onChange={() => setTrackedChanges('keep')} />
            <span className="choice-text">
              <span className="choice-label">Keep tracked changes as change marks</span>
              <span className="choice-note">Insertions underlined, deletions struck through, with their author and date.</span>
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="trackedChanges" checked={trackedChanges === 'accept'} onChange={() => setTrackedChanges('accept')} />
            <span className="choice-text">
              <span className="choice-label">Accept all tracked changes</span>
              <span className="choice-note">The text as it reads with every change accepted; no marks.</span>
            </span>
          </label>
        </fieldset>

        {wordImport.kind === 'importing' ? <ImportProgressBar progress={wordImport.progress} /> : null}
      </form>
    </Modal>
  );
}
