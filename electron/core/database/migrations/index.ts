import type { Migration } from '../migration';
import { initial } from './0010-initial';

/** Every migration in order. Append only. */
export const migrations: readonly Migration[] = [initial];
