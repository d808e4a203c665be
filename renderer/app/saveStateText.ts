import { assertNever } from '../../shared/domain/assertNever';
import type { SaveState } from '../store/saveStateSlice';
import { formatTime } from '../ui/formatTime';

/** The status bar's words for the save state: "Saved 14:02:11", "Saving…", "Not saved: …". */
export function saveStateText(state: SaveState): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'unsaved':
      return 'Edited';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved ${formatTime(state.at)}`;
    case 'failed':
      return `Not saved: ${state.reason}`;
    default:
      return assertNever(state);
  }
}
