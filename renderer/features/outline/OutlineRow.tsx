import type { DragEvent, MouseEvent } from 'react';
import { Icon } from '../../ui/Icon';
import type { OutlineItem } from './outlineItems';

/** Height of a row in pixels: every row is one line, so the tree draws only the rows in view. */
export const rowHeight = 26;
/** Indent per level in pixels. */
export const indentStep = 14;

export type DropPlacement = 'before' | 'after';

/** What a row does; only the rows in view are drawn, so they are cheap to draw again. */
export interface RowHandlers {
  activate(key: string): void;
  toggle(key: string): void;
  openMenu(key: string, x: number, y: number): void;
  dragStart(key: string, event: DragEvent<HTMLElement>): void;
  dragOver(key: string, event: DragEvent<HTMLElement>): void;
  drop(key: string, event: DragEvent<HTMLElement>): void;
  dragEnd(): void;
}

interface OutlineRowProps {
  readonly item: OutlineItem;
  /** Its place among the rows shown, which sets where it is drawn. */
  readonly row: number;
  readonly domId: string;
  readonly current: boolean;
  readonly focused: boolean;
  readonly expanded: boolean;
  readonly draggable: boolean;
  readonly dragging: boolean;
  /** A drop line above or below the row, indented to the level the dropped section will take. */
  readonly drop: { readonly placement: DropPlacement; readonly depth: number } | null;
  readonly handlers: RowHandlers;
}

/** One heading of the outline: twisty, number, title. */
export function OutlineRow({ item, row, domId, current, focused, expanded, draggable, dragging, drop, handlers }: OutlineRowProps) {
  const classes = ['outlineRow', `outlineRow-${item.kind}`];
  if (current) classes.push('is-current');
  if (focused) classes.push('is-focused');
  if (dragging) classes.push('is-dragging');
  const onContextMenu = (event: MouseEvent) => {
    event.preventDefault();
    handlers.openMenu(item.key, event.clientX, event.clientY);
  };
  return (
    <div
      role="treeitem"
      id={domId}
      className={classes.join(' ')}
      aria-level={item.depth + 1}
      aria-expanded={item.hasChildren ? expanded : undefined}
      aria-selected={current}
      data-key={item.key}
      title={[item.label, item.status, item.title].filter(Boolean).join(' ')}
      style={{ top: row * rowHeight, paddingLeft: 4 + item.depth * indentStep }}
      draggable={draggable}
      onClick={() => handlers.activate(item.key)}
      onContextMenu={onContextMenu}
      onDragStart={(event) => handlers.dragStart(item.key, event)}
      onDragOver={(event) => handlers.dragOver(item.key, event)}
      onDrop={(event) => handlers.drop(item.key, event)}
      onDragEnd={() => handlers.dragEnd()}
    >
      <span
        className="outlineRow-twisty"
        onClick={(event) => {
          if (!item.hasChildren) return;
          event.stopPropagation();
          handlers.toggle(item.key);
        }}
      >
        {item.hasChildren ? <Icon name={expanded ? 'chevronDown' : 'chevronRight'} size={14} /> : null}
      </span>
      {item.label ? <span className="outlineRow-number">{item.label}</span> : null}
      {item.status ? <span className="outlineRow-status">{item.status}</span> : null}
      <span className={item.title ? 'outlineRow-title' : 'outlineRow-title is-untitled'}>{item.title || 'Untitled'}</span>
      {drop ? (
        <span className={`outlineRow-drop is-${drop.placement}`} style={{ left: 4 + drop.depth * indentStep + 6 }} aria-hidden="true" />
      ) : null}
    </div>
  );
}
