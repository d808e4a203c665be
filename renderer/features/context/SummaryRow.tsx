import type { ReactNode } from 'react';

interface SummaryRowProps {
  readonly term: string;
  readonly children: ReactNode;
}

/** One term and its value in the summary; an empty value reads "Not set". */
export function SummaryRow({ term, children }: SummaryRowProps) {
  const empty = children === '' || children === null || children === undefined;
  return (
    <div className="summaryRow">
      <dt>{term}</dt>
      <dd className={empty ? 'is-unset' : undefined}>{empty ? 'Not set' : children}</dd>
    </div>
  );
}
