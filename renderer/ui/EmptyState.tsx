import type { ReactNode } from 'react';
import type { IconName } from './Icon';
import { Icon } from './Icon';

interface EmptyStateProps {
  readonly icon: IconName;
  readonly title: string;
  readonly children: ReactNode;
}

/** What a view will hold, said plainly while it holds nothing yet. */
export function EmptyState({ icon, title, children }: EmptyStateProps) {
  return (
    <div className="emptyState">
      <div className="emptyState-icon">
        <Icon name={icon} size={36} />
      </div>
      <p className="emptyState-title">{title}</p>
      <div className="emptyState-body">{children}</div>
    </div>
  );
}
