import type { KeyboardEvent } from 'react';
import { useMemo, useRef, useState } from 'react';
import { metadataSchema } from '../../../shared/contract/schemas';
import type { ProjectMetadata } from '../../../shared/domain/projectMetadata';
import { designation } from '../../../shared/domain/projectMetadata';
import { useStore } from '../../store/store';
import { formatDateTime } from '../../ui/formatDateTime';
import { Icon } from '../../ui/Icon';
import { issuesByField } from '../../ui/issuesByField';
import { modifierKey } from '../../ui/modifierKey';
import { TextField } from '../../ui/TextField';
import { validationIssues } from '../../ui/validationIssues';
import { EditorsField } from './EditorsField';
import { FormSection } from './FormSection';
import { StageField } from './StageField';

type TextKey = Exclude<keyof ProjectMetadata, 'stage' | 'editors'>;

interface MetadataFormProps {
  readonly saved: ProjectMetadata;
  readonly updatedAt: string;
  readonly readOnly: boolean;
}

/** Every property of the project, checked as the user goes and again by main on Save. */
export function MetadataForm({ saved, updatedAt, readOnly }: MetadataFormProps) {
  const draftInStore = useStore((state) => state.metadataDraft);
  const failure = useStore((state) => state.metadataFailure);
  const editMetadata = useStore((state) => state.editMetadata);
  const discardMetadataDraft = useStore((state) => state.discardMetadataDraft);
  const saveMetadata = useStore((state) => state.saveMetadata);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const draft = draftInStore ?? saved;
  const dirty = draftInStore !== null && JSON.stringify(draftInStore) !== JSON.stringify(saved);
  const clientIssues = useMemo(() => issuesByField(validationIssues(metadataSchema, draft)), [draft]);
  const serverIssues = issuesByField(failure?.issues ?? []);
  const errorOf = (path: string) => (submitted || touched.has(path) ? clientIssues.get(path) : undefined) ?? serverIssues.get(path);
  const touch = (path: string) => setTouched(new Set(touched).add(path));
  const update = (patch: Partial<ProjectMetadata>) => editMetadata({ ...draft, ...patch });
  const text = (name: TextKey) => ({
    value: draft[name],
    onChange: (value: string) => update({ [name]: value }),
    onBlur: () => touch(name),
    error: errorOf(name),
  });

  const save = async () => {
    if (readOnly || saving || !dirty) return;
    setSubmitted(true);
    if (clientIssues.size > 0) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    const accepted = await saveMetadata();
    setSaving(false);
    if (accepted) {
      setSubmitted(false);
      setTouched(new Set());
    }
  };

  const discard = () => {
    discardMetadataDraft();
    setSubmitted(false);
    setTouched(new Set());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  };

  const cited = designation(draft);
  return (
    <form
      ref={formRef}
      className="metadataForm"
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {failure ? (
        <div className="banner banner-error" role="alert">
          <Icon name="alert" />
          <p>
            <strong>The properties were not saved. </strong>
            {failure.message}
          </p>
        </div>
      ) : null}
      <fieldset className="metadataForm-fields" disabled={readOnly}>
        <FormSection title="Identification" description="How the text is cited, and where it stands.">
          <div className="field-row">
            <TextField label="ITU-T number" hint="Series letter and number, e.g. X.500 or H.222.0" {...text('ituNumber')} />
            <TextField label="ISO/IEC number" hint="Number and part, e.g. 9594-1" {...text('isoNumber')} />
          </div>
          <p className="metadataForm-cited">
            <span className="muted">Cited as</span> <strong>{cited || '—'}</strong>
          </p>
          <TextField label="Title" rows={3} spellCheck {...text('title')} />
          <div className="field-row">
            <TextField label="Edition" placeholder="e.g. 9" {...text('edition')} />
            <StageField value={draft.stage} onChange={(stage) => update({ stage })} error={errorOf('stage')} />
          </div>
        </FormSection>
        <FormSection title="ITU-T" description="The Study Group and the Question that develop the Recommendation.">
          <div className="field-row">
            <TextField label="Study Group" placeholder="e.g. 17" {...text('studyGroup')} />
            <TextField label="Question" placeholder="e.g. 11/17" {...text('question')} />
          </div>
        </FormSection>
        <FormSection title="ISO/IEC JTC 1" description="The Subcommittee and working group that develop the International Standard.">
          <div className="field-row field-row-3">
            <TextField label="Subcommittee" placeholder="e.g. 6" {...text('subcommittee')} />
            <TextField label="Working group" placeholder="e.g. 10" {...text('workingGroup')} />
            <TextField label="Project number" placeholder="e.g. 1.06.9594.01.00" {...text('projectNumber')} />
          </div>
        </FormSection>
        <FormSection title="Editors" description="Appointed by both groups; they keep the master text.">
          <EditorsField editors={draft.editors} onChange={(editors) => update({ editors })} errorOf={errorOf} onBlur={touch} />
        </FormSection>
      </fieldset>
      {readOnly ? null : (
        <div className="actionBar">
          <p className="actionBar-state">
            {dirty ? (
              <>
                <span className="dot" aria-hidden="true" />
                Unsaved changes
              </>
            ) : (
              `Last changed ${formatDateTime(updatedAt)}`
            )}
          </p>
          <button type="button" className="button" disabled={!dirty || saving} onClick={discard}>
            Discard changes
          </button>
          <button type="submit" className="button button-primary" disabled={!dirty || saving} title={`Save (${modifierKey}S)`}>
            Save
          </button>
        </div>
      )}
    </form>
  );
}
