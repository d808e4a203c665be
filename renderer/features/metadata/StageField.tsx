import { useId } from 'react';
import type { Stage } from '../../../shared/domain/stage';
import { isStage, stageNames } from '../../../shared/domain/stage';
import { FieldError } from '../../ui/FieldError';
import { stageGroups } from './stageGroups';

interface StageFieldProps {
  readonly value: Stage | null;
  readonly onChange: (stage: Stage | null) => void;
  readonly error?: string | undefined;
}

/** The JTC 1 stage of the text, by its abbreviation and name. */
export function StageField({ value, onChange, error }: StageFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        Stage
      </label>
      <select
        id={id}
        className={error ? 'input select is-invalid' : 'input select'}
        value={value ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(isStage(event.target.value) ? event.target.value : null)}
      >
        <option value="">Not set</option>
        {stageGroups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.stages.map((stage) => (
              <option key={stage} value={stage}>
                {stage} — {stageNames[stage]}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
