import type { FormEvent } from 'react';
import { useState } from 'react';
import { newProjectSchema } from '../../../shared/contract/schemas';
import { designation, suggestedFileName } from '../../../shared/domain/projectMetadata';
import { useStore } from '../../store/store';
import { Icon } from '../../ui/Icon';
import { issuesByField } from '../../ui/issuesByField';
import { Modal } from '../../ui/Modal';
import { TextField } from '../../ui/TextField';
import { validationIssues } from '../../ui/validationIssues';
import '../../styles/newProjectDialog.css';

type FieldName = 'title' | 'ituNumber' | 'isoNumber';

/** Asks for what a new project needs (a title, and the numbers when known), then where to save it. */
export function NewProjectDialog() {
  const closeDialog = useStore((state) => state.closeDialog);
  const createProject = useStore((state) => state.createProject);
  const [values, setValues] = useState<Record<FieldName, string>>({ title: '', ituNumber: '', isoNumber: '' });
  const [touched, setTouched] = useState<ReadonlySet<FieldName>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<{ message: string; issues: ReadonlyMap<string, string> } | null>(null);

  const clientIssues = issuesByField(validationIssues(newProjectSchema, values));
  const errorOf = (field: FieldName): string | undefined =>
    (submitted || touched.has(field) ? clientIssues.get(field) : undefined) ?? failure?.issues.get(`metadata.${field}`);
  const field = (name: FieldName) => ({
    value: values[name],
    onChange: (value: string) => setValues({ ...values, [name]: value }),
    onBlur: () => setTouched(new Set(touched).add(name)),
    error: errorOf(name),
  });

  const create = async (event?: FormEvent) => {
    event?.preventDefault();
    setSubmitted(true);
    const parsed = newProjectSchema.safeParse(values);
    if (!parsed.success || working) return;
    setWorking(true);
    setFailure(null);
    const outcome = await createProject(parsed.data);
    setWorking(false);
    if (outcome.kind === 'created') closeDialog();
    else if (outcome.kind === 'failed') setFailure({ message: outcome.message, issues: issuesByField(outcome.issues) });
  };

  const trimmed = { title: values.title.trim(), ituNumber: values.ituNumber.trim(), isoNumber: values.isoNumber.trim() };
  return (
    <Modal
      title="New project"
      onClose={closeDialog}
      className="newProjectDialog"
      footer={
        <>
          <button type="button" className="button" onClick={closeDialog}>
            Cancel
          </button>
          <button type="submit" form="new-project-form" className="button button-primary" disabled={working}>
            {working ? 'Creating…' : 'Create…'}
          </button>
        </>
      }
    >
      <form id="new-project-form" className="newProject-form" onSubmit={(event) => void create(event)} noValidate>
        <p className="modal-lead">
          Start the project of one common text. Only the title is needed now; everything else can be filled in later under Project
          properties.
        </p>
        {failure ? (
          <div className="banner banner-error" role="alert">
            <Icon name="alert" />
            <p>{failure.message}</p>
          </div>
        ) : null}
        <TextField
          label="Title"
          rows={2}
          autoFocus
          spellCheck
          placeholder="e.g. Information technology – Open Systems Interconnection – The Directory: Overview of concepts, models and services"
          {...field('title')}
        />
        <div className="field-row">
          <TextField label="ITU-T number" placeholder="e.g. X.500" hint="Series letter and number" {...field('ituNumber')} />
          <TextField label="ISO/IEC number" placeholder="e.g. 9594-1" hint="Number and part" {...field('isoNumber')} />
        </div>
        <dl className="newProject-preview">
          <div>
            <dt>Cited as</dt>
            <dd>
              {trimmed.ituNumber || trimmed.isoNumber ? (
                designation(trimmed)
              ) : (
                <span className="muted">the title, until a number is given</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Suggested file</dt>
            <dd className="newProject-file">{suggestedFileName(trimmed)}</dd>
          </div>
        </dl>
      </form>
    </Modal>
  );
}
