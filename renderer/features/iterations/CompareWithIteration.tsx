import { useState } from 'react';
import type { Language } from '../../../shared/domain/language';
import { useActiveEditor } from '../../editor/activeEditor';
import { useStore } from '../../store/store';
import { changeBaseName } from '../master/useChangeBase';

interface CompareWithIterationProps {
  /** The iteration shown. */
  readonly number: number;
  readonly language: Language;
}

/** Marks in an iteration shown read-only what changed since an older one: any two iterations compared. */
export function CompareWithIteration({ number, language }: CompareWithIterationProps) {
  const editor = useActiveEditor((state) => state.editor);
  const iterations = useStore((state) => state.iterations);
  const older = iterations?.iterations.filter((iteration) => iteration.number < number) ?? [];
  const loadIterationText = useStore((state) => state.loadIterationText);
  const [chosen, setChosen] = useState('');
  if (older.length === 0) return null;

  const compare = async (value: string) => {
    setChosen(value);
    if (!editor) return;
    if (value === '') {
      editor.commands.setChangeBase(null);
      return;
    }
    const iteration = older.find((candidate) => String(candidate.number) === value);
    const text = iteration ? await loadIterationText(iteration.number, language) : null;
    if (iteration && text && !editor.isDestroyed)
      editor.commands.setChangeBase({ document: text, name: changeBaseName(iteration.number, iteration.date) });
  };

  return (
    <label className="iterationCompare">
      Show changes since
      <select value={chosen} onChange={(event) => void compare(event.target.value)}>
        <option value="">— no marks —</option>
        {older.map((iteration) => (
          <option key={iteration.number} value={String(iteration.number)}>
            {changeBaseName(iteration.number, iteration.date)} · {iteration.label}
          </option>
        ))}
      </select>
    </label>
  );
}
