import type { KeyboardEvent } from 'react';
import { useEffect, useRef } from 'react';
import type { SectionAction } from './sectionActions';
import { actionLabel, sectionActions } from './sectionActions';

export interface OutlineMenuState {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  /** Which actions the section allows, worked out when the menu opened. */
  readonly allowed: Readonly<Record<SectionAction, boolean>>;
}

interface OutlineMenuProps {
  readonly menu: OutlineMenuState;
  readonly onGoTo: () => void;
  readonly onAction: (action: SectionAction) => void;
  readonly onExpandAll: () => void;
  readonly onCollapseAll: () => void;
  readonly onClose: () => void;
}

const width = 250;
const height = 250;

/** The right-click menu of an outline row: go there, move, promote, demote, expand or collapse the tree. */
export function OutlineMenu({ menu, onGoTo, onAction, onExpandAll, onCollapseAll, onClose }: OutlineMenuProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    rootRef.current?.querySelector<HTMLElement>('[role="menuitem"]:not(:disabled)')?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(rootRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const left = Math.max(4, Math.min(menu.x, window.innerWidth - width - 4));
  const top = Math.max(4, Math.min(menu.y, window.innerHeight - height - 4));
  return (
    <div ref={rootRef} className="menu outlineMenu" role="menu" aria-label="Section" style={{ left, top }} onKeyDown={onKeyDown}>
      <button type="button" role="menuitem" className="menu-item" tabIndex={-1} onClick={onGoTo}>
        <span className="menu-itemLabel">Go to heading</span>
      </button>
      <div className="outlineMenu-separator" role="separator" />
      {sectionActions.map((action) => {
        const { name, shortcut, description } = actionLabel(action);
        return (
          <button
            key={action}
            type="button"
            role="menuitem"
            className="menu-item"
            tabIndex={-1}
            disabled={!menu.allowed[action]}
            title={description}
            onClick={() => onAction(action)}
          >
            <span className="menu-itemLabel">{name}</span>
            <kbd>{shortcut}</kbd>
          </button>
        );
      })}
      <div className="outlineMenu-separator" role="separator" />
      <button type="button" role="menuitem" className="menu-item" tabIndex={-1} onClick={onExpandAll}>
        <span className="menu-itemLabel">Expand all</span>
      </button>
      <button type="button" role="menuitem" className="menu-item" tabIndex={-1} onClick={onCollapseAll}>
        <span className="menu-itemLabel">Collapse all</span>
      </button>
    </div>
  );
}
