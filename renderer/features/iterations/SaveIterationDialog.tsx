import type { FormEvent } from 'react';
import { useState } from 'react';
import { newIterationSchema } from '../../../shared/contract/schemas';
import { formatCalendarDate, isCalendarDate, localCalendarDate } from '../../../shared/domain/calendarDate';
import { languageInfo } from '../../../shared/domain/language';
import type { MasterSummary } from '../../../shared/domain/project';
import { useStore } from '../../store/store';
import type { StoreState } from '../../store/storeState';
import { formatCount } from '../../ui/formatCount';
import { Icon } from '../../ui/Icon';
import { issuesByField } from '../../ui/issuesByField';
import { Modal } from '../../ui/Modal';
import { TextField } from '../../ui/TextField';
import { validationIssues } from '../../ui/validationIssues';
import '../../styles/iterations.css';

const noMasters: readonly MasterSummary[] = [];

type FieldName = 'label' | 'documentNumber' | 'date' | 'editor';
type Values = Record<FieldName, string>;

/**
 * The name the editor most likely signs with: the one on the latest iteration (whoever saves
 * iterations tends to save the next one too), else the first editor of the project.
 */
function initialValues(state: StoreState): Values {
  const editor = state.iterations?.iterations[0]?.editor || state.snapshot?.metadata.editors[0]?.name || '';
  return { label: '', documentNumber: '', date: localCalendarDate(), editor };
}

/** File > Save Iteration…: what to call the iteration, its document number, its date and who saves it. */
export function SaveIterationDialog() {
  const closeDialog = useStore((state) => state.closeDialog);
  const saveIteration = useStore((state) => state.saveIteration);
  const masters = useStore((state) => state.snapshot?.masters ?? noMasters);
  const next = useStore((state) => (state.iterations?.iterations[0]?.number ?? state.snapshot?.counts.iterations ?? 0) + 1);
  const [values, setValues] = useState<Values>(() => initialValues(useStore.getState()));
  const [touched, setTouched] = useState<ReadonlySet<FieldName>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<{ message: string; issues: ReadonlyMap<string, string> } | null>(null);

  const clientIssues = issuesByField(validationIssues(newIterationSchema, values));
  const errorOf = (name: FieldName): string | undefined =>
    (submitted || touched.has(name) ? clientIssues.get(name) : undefined) ?? failure?.issues.get(name);
  const field = (name: FieldName) => ({
    value: values[name],
    onChange: (value: string) => setValues({ ...values, [name]: value }),
    onBlur: () => setTouched(new Set(touched).add(name)),
    error: errorOf(name),
  });

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    setSubmitted(true);
    const parsed = newIterationSchema.safeParse(values);
    if (!parsed.success || working) return;
    setWorking(true);
    setFailure(null);
    const outcome = await saveIteration(parsed.data);
    setWorking(false);
    if (outcome.kind === 'saved') closeDialog();
    else setFailure({ message: outcome.message, issues: issuesByField(outcome.issues) });
  };

  const date = values.date.trim();
  const frozen = masters.map((master) => `${languageInfo[master.language].name} (${formatCount(master.characters)} characters)`);
  return (
    <Modal
      title="Save iteration"
      onClose={closeDialog}
      className="saveIterationDialog"
      footer={
        <>
          <button type="button" className="button" onClick={closeDialog}>
            Cancel
          </button>
          <button type="submit" form="save-iteration-form" className="button button-primary" disabled={working}>
            {working ? 'Saving…' : `Save iteration ${next}`}
          </button>
        </>
      }
    >
      <form id="save-iteration-form" className="saveIteration-form" onSubmit={(event) => void save(event)} noValidate>
        <p className="modal-lead">
          Freezes every language master as it is now, as a dated snapshot that can no longer change. You go on editing the working text; the
          change marks will show what changed since.
        </p>
        {failure ? (
          <div className="banner banner-error" role="alert">
            <Icon name="alert" />
            <p>{failure.message}</p>
          </div>
        ) : null}
        <TextField label="Label" autoFocus spellCheck placeholder="e.g. Output of the Geneva meeting" {...field('label')} />
        <div className="field-row">
          <TextField
            label="Document number"
            placeholder="e.g. N1234 or TD 56"
            hint="The SC’s N-number or the SG’s TD number, if it has one"
            {...field('documentNumber')}
          />
          <TextField
            label="Date"
            placeholder="YYYY-MM-DD"
            hint={isCalendarDate(date) ? formatCalendarDate(date) : 'Year, month, day: YYYY-MM-DD'}
            {...field('date')}
          />
        </div>
        <TextField label="Editor’s name" placeholder="e.g. J. Smith" {...field('editor')} />
        <dl className="saveIteration-preview">
          <div>
            <dt>Number</dt>
            <dd>Iteration {next}</dd>
          </div>
          <div>
            <dt>Freezes</dt>
            <dd>{frozen.join(', ')}</dd>
          </div>
        </dl>
      </form>
    </Modal>
  );
}
