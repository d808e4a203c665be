import type { Editor } from '@tiptap/react';
import { blockStyles } from './blockStyles';

/** What the style list shows for the block the cursor is in. */
export function currentBlockStyle(editor: Editor): { value: string; label: string } {
  const parent = editor.state.selection.$from.parent;
  const style = blockStyles.find((candidate) => candidate.matches(parent.type.name, parent.attrs));
  if (style) return { value: style.value, label: style.label };
  return { value: `other-${parent.type.name}`, label: otherLabels[parent.type.name] ?? parent.type.name };
}

/** Text positions that have no style of their own in the list. */
const otherLabels: Readonly<Record<string, string>> = {
  titlePart: 'Title part',
  caption: 'Title (table or figure)',
  termName: 'Term',
  termDefinition: 'Definition',
  abbreviation: 'Abbreviation',
  expansion: 'Expansion',
};
