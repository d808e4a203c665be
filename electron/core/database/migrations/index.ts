import type { Migration } from '../migration';
import { initial } from './0010-initial';
import { iterations } from './0020-iterations';
import { reviewBase } from './0030-review-base';
import { comments } from './0040-comments';

/** Every migration in order. Append only. */
export const migrations: readonly Migration[] = [initial, iterations, reviewBase, comments];
