import type { Editor } from '@tiptap/react';
import type { DragEvent, KeyboardEvent } from 'react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { moveSectionTo } from '../../../shared/schema/moveSection';
import { findBlockById } from '../../editor/blockLookup';
import type { OutlineMenuState } from './OutlineMenu';
import { OutlineMenu } from './OutlineMenu';
import type { OutlineItem } from './outlineItems';
import { visibleItems } from './outlineItems';
import type { DropPlacement, RowHandlers } from './OutlineRow';
import { OutlineRow, rowHeight } from './OutlineRow';
import type { OutlineSnapshot } from './outlineSource';
import type { SectionAction } from './sectionActions';
import { canRunAction, runAction, sectionActions } from './sectionActions';
import { showInEditor } from './showInEditor';

interface OutlineTreeProps {
  readonly editor: Editor;
  readonly snapshot: OutlineSnapshot;
  readonly items: readonly OutlineItem[];
  /** The id of the heading of the section holding the cursor. */
  readonly currentId: string;
}

/** Rows drawn beyond the visible ones, so scrolling never shows a gap. */
const overscan = 10;
const dragType = 'application/x-cts-section';

interface Drop {
  readonly key: string;
  readonly placement: DropPlacement;
  /** The level (depth) the dropped section will take. */
  readonly depth: number;
}

/**
 * The headings of the master as a tree: collapsible, following the cursor, dragging a row onto
 * another moves its section. Only the rows in view are drawn (a 300-page master has 400 headings).
 */
export function OutlineTree({ editor, snapshot, items, currentId }: OutlineTreeProps) {
  const editable = editor.isEditable;
  const baseId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const verdicts = useRef(new Map<string, boolean>());
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 0 });
  const [dragKey, setDragKey] = useState<string | null>(null);
  const [drop, setDrop] = useState<Drop | null>(null);
  const [menu, setMenu] = useState<OutlineMenuState | null>(null);

  const visible = useMemo(() => visibleItems(items, collapsed), [items, collapsed]);
  const indexByKey = useMemo(() => new Map(items.map((item, index) => [item.key, index])), [items]);
  const rowOf = useMemo(() => new Map(visible.map((index, row) => [index, row])), [visible]);
  /** The row of an item, or of its nearest ancestor shown when it is folded away; -1 for none. */
  const shownRow = (index: number): number => {
    let at = index;
    while (at >= 0 && !rowOf.has(at)) at = items[at]!.parent;
    return at >= 0 ? rowOf.get(at)! : -1;
  };
  const currentRow = shownRow(currentId === '' ? -1 : (indexByKey.get(currentId) ?? -1));
  const focusRow = focusKey === null ? -1 : shownRow(indexByKey.get(focusKey) ?? -1);

  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => setViewport({ top: list.scrollTop, height: list.clientHeight });
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => observer.disconnect();
  }, []);

  // The section holding the cursor stays in view as the cursor moves through the text.
  useEffect(() => scrollRowIntoView(listRef.current, currentRow), [currentRow]);
  useEffect(() => scrollRowIntoView(listRef.current, focusRow), [focusRow]);

  /** Where an item's heading is now: the snapshot's position while it is current, else looked up by id. */
  const posOf = (item: OutlineItem): number | null => {
    if (snapshot.doc === editor.state.doc) return item.pos;
    return item.id === '' ? null : (findBlockById(editor.state.doc, item.id)?.pos ?? null);
  };
  const itemOf = (key: string): OutlineItem | null => {
    const index = indexByKey.get(key);
    return index === undefined ? null : items[index]!;
  };

  /** What "drop after" means on a row: after the whole section, or before the first subclause when they show. */
  const dropTarget = (item: OutlineItem, placement: DropPlacement): { target: OutlineItem; placement: DropPlacement } => {
    const index = indexByKey.get(item.key)!;
    if (placement === 'after' && item.hasChildren && !collapsed.has(item.key)) return { target: items[index + 1]!, placement: 'before' };
    return { target: item, placement };
  };
  const allowsDrop = (dragged: OutlineItem, item: OutlineItem, placement: DropPlacement): boolean => {
    const key = `${dragged.key}\n${item.key}\n${placement}\n${collapsed.has(item.key)}`;
    let allowed = verdicts.current.get(key);
    if (allowed === undefined) {
      const { target, placement: where } = dropTarget(item, placement);
      const from = posOf(dragged);
      const to = posOf(target);
      allowed = from !== null && to !== null && moveSectionTo(from, to, where)(editor.state);
      verdicts.current.set(key, allowed);
    }
    return allowed;
  };

  const act = (item: OutlineItem, action: SectionAction): boolean => {
    const pos = posOf(item);
    return pos !== null && runAction(editor, action, pos);
  };

  const handlers: RowHandlers = {
    activate: (key) => {
      const item = itemOf(key);
      setFocusKey(key);
      const pos = item ? posOf(item) : null;
      if (pos !== null) showInEditor(editor, pos);
    },
    toggle: (key) => {
      const next = new Set(collapsed);
      if (!next.delete(key)) next.add(key);
      setCollapsed(next);
    },
    openMenu: (key, x, y) => {
      const item = itemOf(key);
      if (!item) return;
      setFocusKey(key);
      const pos = posOf(item);
      const allowed = Object.fromEntries(
        sectionActions.map((action) => [action, pos !== null && item.movable && canRunAction(editor, action, pos)]),
      ) as Record<SectionAction, boolean>;
      setMenu({ key, x, y, allowed });
    },
    dragStart: (key, event) => {
      const item = itemOf(key);
      if (!editable || !item?.movable) {
        event.preventDefault();
        return;
      }
      event.dataTransfer.setData(dragType, key);
      event.dataTransfer.effectAllowed = 'move';
      verdicts.current.clear();
      setMenu(null);
      setDragKey(key);
    },
    dragOver: (key, event) => {
      const dragged = dragKey === null ? null : itemOf(dragKey);
      const item = itemOf(key);
      if (!dragged || !item) return;
      const box = event.currentTarget.getBoundingClientRect();
      const placement: DropPlacement = event.clientY < box.top + box.height / 2 ? 'before' : 'after';
      if (!allowsDrop(dragged, item, placement)) {
        event.dataTransfer.dropEffect = 'none';
        if (drop !== null) setDrop(null);
        return;
      }
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      const { target } = dropTarget(item, placement);
      if (drop?.key !== key || drop.placement !== placement) setDrop({ key, placement, depth: target.depth });
    },
    drop: (key, event) => {
      event.preventDefault();
      const dragged = dragKey === null ? null : itemOf(dragKey);
      const item = itemOf(key);
      const placement = drop?.key === key ? drop.placement : null;
      setDrop(null);
      setDragKey(null);
      if (!dragged || !item || placement === null) return;
      const { target, placement: where } = dropTarget(item, placement);
      const from = posOf(dragged);
      const to = posOf(target);
      if (from !== null && to !== null) moveSectionTo(from, to, where)(editor.state, editor.view.dispatch);
      setFocusKey(dragged.key);
    },
    dragEnd: () => {
      setDrop(null);
      setDragKey(null);
    },
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (visible.length === 0) return;
    const row = focusRow >= 0 ? focusRow : Math.max(0, currentRow);
    const item = items[visible[row]!]!;
    const focusAt = (at: number) => setFocusKey(items[visible[Math.max(0, Math.min(visible.length - 1, at))]!]!.key);
    if (event.altKey && event.shiftKey) {
      const action = ({ ArrowUp: 'moveUp', ArrowDown: 'moveDown', ArrowLeft: 'promote', ArrowRight: 'demote' } as const)[
        event.key as 'ArrowUp'
      ];
      if (!action) return;
      event.preventDefault();
      setFocusKey(item.key);
      act(item, action);
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        focusAt(focusRow < 0 ? row : row + 1);
        break;
      case 'ArrowUp':
        focusAt(focusRow < 0 ? row : row - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(visible.length - 1);
        break;
      case 'ArrowRight':
        if (item.hasChildren && collapsed.has(item.key)) handlers.toggle(item.key);
        else if (item.hasChildren) focusAt(row + 1);
        else return;
        break;
      case 'ArrowLeft':
        if (item.hasChildren && !collapsed.has(item.key)) handlers.toggle(item.key);
        else if (item.parent >= 0) setFocusKey(items[item.parent]!.key);
        else return;
        break;
      case 'Enter':
        handlers.activate(item.key);
        break;
      case ' ': {
        setFocusKey(item.key);
        const pos = posOf(item);
        if (pos !== null) showInEditor(editor, pos, { focus: false });
        break;
      }
      case 'ContextMenu':
      case 'F10': {
        if (event.key === 'F10' && !event.shiftKey) return;
        const box = document.getElementById(`${baseId}-${visible[row]!}`)?.getBoundingClientRect();
        handlers.openMenu(item.key, box ? box.left + 24 : 0, box ? box.bottom : 0);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  };

  const closeMenu = () => {
    setMenu(null);
    listRef.current?.focus();
  };
  const menuItem = menu ? itemOf(menu.key) : null;

  const first = Math.max(0, Math.floor(viewport.top / rowHeight) - overscan);
  const last = Math.min(visible.length, Math.ceil((viewport.top + (viewport.height || 800)) / rowHeight) + overscan);
  const rows: number[] = [];
  for (let row = first; row < last; row += 1) rows.push(row);
  // The row being dragged stays drawn, or its drag would end when it scrolls away.
  const dragRow = dragKey === null ? -1 : (rowOf.get(indexByKey.get(dragKey) ?? -1) ?? -1);
  if (dragRow >= 0 && (dragRow < first || dragRow >= last)) rows.push(dragRow);
  const activeRow = focusRow >= 0 ? focusRow : currentRow;

  return (
    <>
      <div
        ref={listRef}
        className="outlineTree"
        role="tree"
        aria-label="Outline"
        tabIndex={0}
        aria-activedescendant={activeRow >= 0 ? `${baseId}-${visible[activeRow]!}` : undefined}
        onKeyDown={onKeyDown}
        onScroll={(event) => setViewport({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight })}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDrop(null);
        }}
        onDragOver={(event: DragEvent<HTMLDivElement>) => {
          // Between rows the indicator stays where it was; outside any row nothing may be dropped.
          if (event.target === event.currentTarget && drop !== null) setDrop(null);
        }}
      >
        {items.length === 0 ? (
          <p className="outlineTree-empty">No headings yet. Clause headings, annexes and unnumbered headings show here as you add them.</p>
        ) : (
          <div className="outlineTree-canvas" style={{ height: visible.length * rowHeight }}>
            {rows.map((row) => {
              const index = visible[row]!;
              const item = items[index]!;
              return (
                <OutlineRow
                  key={item.key}
                  item={item}
                  row={row}
                  domId={`${baseId}-${index}`}
                  current={row === currentRow}
                  focused={row === focusRow}
                  expanded={!collapsed.has(item.key)}
                  draggable={editable && item.movable}
                  dragging={item.key === dragKey}
                  drop={drop?.key === item.key ? { placement: drop.placement, depth: drop.depth } : null}
                  handlers={handlers}
                />
              );
            })}
          </div>
        )}
      </div>
      {menu && menuItem ? (
        <OutlineMenu
          menu={menu}
          onClose={closeMenu}
          onGoTo={() => {
            setMenu(null);
            handlers.activate(menuItem.key);
          }}
          onAction={(action) => {
            act(menuItem, action);
            closeMenu();
          }}
          onExpandAll={() => {
            setCollapsed(new Set());
            closeMenu();
          }}
          onCollapseAll={() => {
            setCollapsed(new Set(items.filter((item) => item.hasChildren).map((item) => item.key)));
            closeMenu();
          }}
        />
      ) : null}
    </>
  );
}

/** Scrolls the tree just enough to show a row, with one row of room. */
function scrollRowIntoView(list: HTMLElement | null, row: number): void {
  if (!list || row < 0) return;
  const top = row * rowHeight;
  if (top < list.scrollTop + rowHeight) list.scrollTop = Math.max(0, top - rowHeight);
  else if (top + 2 * rowHeight > list.scrollTop + list.clientHeight) list.scrollTop = top + 2 * rowHeight - list.clientHeight;
}
