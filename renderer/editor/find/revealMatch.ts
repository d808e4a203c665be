import type { EditorView } from '@tiptap/pm/view';

/** The nearest ancestor that scrolls vertically. */
function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/**
 * Scrolls the text so that a position shows below whatever covers the top of the view (the toolbar
 * and the find bar, down to `coveredTo` in window coordinates), a third of the way down, as VS Code
 * does; leaves it alone if it is already in view.
 */
export function revealMatch(view: EditorView, position: number, coveredTo: number): void {
  const container = scrollParent(view.dom);
  if (!container) return;
  let coords: { top: number; bottom: number };
  try {
    coords = view.coordsAtPos(position);
  } catch {
    return;
  }
  const box = container.getBoundingClientRect();
  const top = Math.max(box.top, coveredTo) + 8;
  const bottom = box.bottom - 24;
  if (coords.top >= top && coords.bottom <= bottom) return;
  const target = top + (bottom - top) / 3;
  container.scrollTop += coords.top - target;
}
