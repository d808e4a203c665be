import type { Selection } from '@tiptap/pm/state';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { Editor } from '@tiptap/react';

/** How far down the editor's window a block shown from a panel lands: near the top, clear of the toolbar. */
const landing = 0.2;

/**
 * Puts the cursor at the block that starts at `pos` (into a heading's text; on an inline node such
 * as a cross-reference, selecting it), scrolls it into view near the top of the page and gives the
 * editor the keyboard.
 */
export function showInEditor(editor: Editor, pos: number, options: { readonly focus?: boolean } = {}): void {
  const { view } = editor;
  const { doc } = view.state;
  if (pos < 0 || pos >= doc.content.size) return;
  const node = doc.nodeAt(pos);
  let selection: Selection;
  if (node?.isInline && NodeSelection.isSelectable(node)) selection = NodeSelection.create(doc, pos);
  else selection = TextSelection.near(doc.resolve(node?.isTextblock ? pos + 1 : pos));
  view.dispatch(view.state.tr.setSelection(selection));
  if (options.focus !== false) view.focus();
  scrollNearTop(view, pos);
}

function scrollNearTop(view: EditorView, pos: number): void {
  const dom = view.nodeDOM(pos);
  const element = dom instanceof HTMLElement ? dom : (dom?.parentElement ?? null);
  if (!element) return;
  const scroller = scrollParent(element);
  if (!scroller) {
    element.scrollIntoView({ block: 'center' });
    return;
  }
  const offset = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  scroller.scrollTop += offset - scroller.clientHeight * landing;
}

function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if ((overflowY === 'auto' || overflowY === 'scroll') && parent.scrollHeight > parent.clientHeight) return parent;
  }
  return null;
}
