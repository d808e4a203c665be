import { formatCount } from '../../ui/formatCount';

export interface FindCount {
  readonly hasQuery: boolean;
  readonly count: number;
  readonly current: number;
  readonly limited: boolean;
  readonly error: string | null;
  readonly replaced: number | null;
}

/** What the find bar says beside the query: "3 of 47", "No results", "Replaced 12"; empty before a query. */
export function findCountText({ hasQuery, count, current, limited, error, replaced }: FindCount): string {
  if (replaced !== null) return `Replaced ${formatCount(replaced)}`;
  if (!hasQuery || error) return '';
  if (count === 0) return 'No results';
  return `${current >= 0 ? formatCount(current + 1) : '?'} of ${formatCount(count)}${limited ? '+' : ''}`;
}
