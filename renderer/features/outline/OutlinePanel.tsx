import type { Editor } from '@tiptap/react';
import { useMemo, useSyncExternalStore } from 'react';
import { useCurrentSection } from './currentSection';
import { OutlineActions } from './OutlineActions';
import { outlineItems } from './outlineItems';
import { outlineSource } from './outlineSource';
import { OutlineTree } from './OutlineTree';
import { SidePane } from './SidePane';

/**
 * The outline of the master on screen: clause numbers and titles, annexes, appendices and unnumbered
 * headings as a tree that follows the cursor; click to go, drag to move, buttons and a right-click
 * menu to move, promote and demote whole sections.
 */
export function OutlinePanel({ editor }: { readonly editor: Editor }) {
  const source = outlineSource(editor);
  const snapshot = useSyncExternalStore(source.subscribe, source.get);
  const items = useMemo(() => outlineItems(snapshot), [snapshot]);
  const currentId = useCurrentSection(editor);
  return (
    // The actions are drawn again with the panel, whenever the outline or the current section changes.
    <SidePane name="outline" title="Outline" actions={<OutlineActions editor={editor} />}>
      <OutlineTree editor={editor} snapshot={snapshot} items={items} currentId={currentId} />
    </SidePane>
  );
}
