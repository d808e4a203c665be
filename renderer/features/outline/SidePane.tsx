import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { Icon } from '../../ui/Icon';

interface SidePaneProps {
  /** Names the pane in class names: sidePane-outline. */
  readonly name: string;
  readonly title: string;
  /** A count beside the title (problems). */
  readonly count?: number;
  /** Buttons at the right of the header. */
  readonly actions?: ReactNode;
  readonly initiallyExpanded?: boolean;
  readonly children: ReactNode;
}

/** One collapsible pane of the context panel, as the panes of VS Code's side bar. */
export function SidePane({ name, title, count, actions, initiallyExpanded = true, children }: SidePaneProps) {
  const [expanded, setExpanded] = useState(initiallyExpanded);
  const bodyId = useId();
  return (
    <section className={`sidePane sidePane-${name}${expanded ? ' is-expanded' : ''}`} aria-label={title}>
      <div className="sidePane-header">
        <button
          type="button"
          className="sidePane-toggle"
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={() => setExpanded(!expanded)}
        >
          <Icon name={expanded ? 'chevronDown' : 'chevronRight'} size={14} />
          <h3 className="sidePane-title">{title}</h3>
          {count !== undefined ? (
            <span
              className={count > 0 ? 'sidePane-count has-items' : 'sidePane-count'}
              aria-label={`${count} ${count === 1 ? 'item' : 'items'}`}
            >
              {count}
            </span>
          ) : null}
        </button>
        {expanded && actions ? <div className="sidePane-actions">{actions}</div> : null}
      </div>
      {expanded ? (
        <div className="sidePane-body" id={bodyId}>
          {children}
        </div>
      ) : null}
    </section>
  );
}
