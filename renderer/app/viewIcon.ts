import { assertNever } from '../../shared/domain/assertNever';
import { registers } from '../features/registers/registers';
import type { IconName } from '../ui/Icon';
import type { View } from '../store/viewSlice';

/** The icon beside a view's name. */
export function viewIcon(view: View): IconName {
  switch (view.kind) {
    case 'metadata':
      return 'document';
    case 'master':
      return 'globe';
    case 'iteration':
      return 'history';
    case 'register':
      return registers[view.register].icon;
    default:
      return assertNever(view);
  }
}
