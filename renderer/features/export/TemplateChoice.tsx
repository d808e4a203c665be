import { useId } from 'react';
import { useStore } from '../../store/store';
import { splitPath } from '../../ui/splitPath';

interface TemplateChoiceProps {
  /** The user's .docx or .dotx; null for the built-in template. */
  readonly templatePath: string | null;
  readonly onChange: (templatePath: string | null) => void;
  readonly disabled: boolean;
}

/** The template an export takes its styles from: the built-in ITU one, or a Word file of the user's. */
export function TemplateChoice({ templatePath, onChange, disabled }: TemplateChoiceProps) {
  const chooseExportTemplate = useStore((state) => state.chooseExportTemplate);
  const name = useId();
  const choose = async () => {
    const chosen = await chooseExportTemplate();
    if (chosen !== null) onChange(chosen);
  };
  const chosen = templatePath === null ? null : splitPath(templatePath);
  return (
    <fieldset className="importWord-group" disabled={disabled}>
      <legend className="field-label">Template</legend>
      <label className="choice">
        <input type="radio" name={name} checked={templatePath === null} onChange={() => onChange(null)} />
        <span className="choice-text">
          <span className="choice-label">The built-in ITU template</span>
          <span className="choice-note">ITU’s Recommendation styles, A4, with the common text’s title block, headers and footers.</span>
        </span>
      </label>
      <div className="exportTemplate-own">
        <label className="choice">
          {/* Picking this choice with no file yet asks for one; cancelled, the built-in template stays. */}
          <input type="radio" name={name} checked={templatePath !== null} onChange={() => void choose()} />
          <span className="choice-text">
            <span className="choice-label">{chosen ? chosen.name : 'A template of your own'}</span>
            <span className="choice-note exportTemplate-note">
              {chosen ? chosen.folder : 'A .docx or .dotx whose styles replace the built-in ones of the same name.'}
            </span>
          </span>
        </label>
        <button type="button" className="button" onClick={() => void choose()}>
          Choose…
        </button>
      </div>
    </fieldset>
  );
}
