import { useState } from 'react';
import type { IterationSummary } from '../../../shared/domain/iteration';
import { languageInfo } from '../../../shared/domain/language';
import type { MasterSummary } from '../../../shared/domain/project';
import { useStore } from '../../store/store';
import { Modal } from '../../ui/Modal';

const noMasters: readonly MasterSummary[] = [];

interface StartFromIterationDialogProps {
  readonly iteration: IterationSummary;
  readonly onClose: () => void;
}

/** Asks before the working text is replaced by an iteration's, saying what goes and what stays. */
export function StartFromIterationDialog({ iteration, onClose }: StartFromIterationDialogProps) {
  const startFromIteration = useStore((state) => state.startFromIteration);
  const masters = useStore((state) => state.snapshot?.masters ?? noMasters);
  const [working, setWorking] = useState(false);
  const held = new Set(iteration.languages.map((entry) => entry.language));
  // A master added after the iteration was saved has nothing to be replaced by.
  const kept = masters.filter((master) => !held.has(master.language)).map((master) => languageInfo[master.language].name);

  const start = async () => {
    setWorking(true);
    await startFromIteration(iteration.number);
    setWorking(false);
    onClose();
  };

  return (
    <Modal
      title={`Start the working text from iteration ${iteration.number}?`}
      onClose={onClose}
      className="startFromIterationDialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose} data-autofocus>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={working} onClick={() => void start()}>
            {working ? 'Starting…' : `Start from iteration ${iteration.number}`}
          </button>
        </>
      }
    >
      <div className="startFromIteration-body">
        <p>The working text will be replaced by iteration {iteration.number}’s text. Iterations are not changed.</p>
        <p className="muted">
          Changes to the working text that are in no iteration will be lost. To keep them, cancel and save an iteration first.
        </p>
        {kept.length > 0 ? (
          <p className="muted">
            {kept.join(', ')}: iteration {iteration.number} holds no such master, so {kept.length === 1 ? 'it stays' : 'they stay'} as{' '}
            {kept.length === 1 ? 'it is' : 'they are'}.
          </p>
        ) : null}
      </div>
    </Modal>
  );
}
