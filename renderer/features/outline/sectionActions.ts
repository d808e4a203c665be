import type { Editor } from '@tiptap/react';
import type { SectionCommand } from '../../../shared/schema/moveSection';
import { moveSection, moveSectionAt, shiftSectionLevel, shiftSectionLevelAt } from '../../../shared/schema/moveSection';
import { sectionShortcuts } from '../../../shared/schema/sectionCommands';

export type SectionAction = 'moveUp' | 'moveDown' | 'promote' | 'demote';

export const sectionActions: readonly SectionAction[] = ['moveUp', 'moveDown', 'promote', 'demote'];

const names: Record<SectionAction, string> = {
  moveUp: 'Move up',
  moveDown: 'Move down',
  promote: 'Promote',
  demote: 'Demote',
};

const arrows: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };
const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** "Alt-Shift-ArrowUp" as a tooltip shows it: "Alt+Shift+↑", or "⌥⇧↑" on a Mac. */
export function shortcutText(binding: string): string {
  const keys = binding.split('-').map((key) => {
    if (key === 'Alt') return isMac ? '⌥' : 'Alt';
    if (key === 'Shift') return isMac ? '⇧' : 'Shift';
    return arrows[key] ?? key;
  });
  return keys.join(isMac ? '' : '+');
}

const bindings: Record<SectionAction, string> = {
  moveUp: sectionShortcuts.moveUp,
  moveDown: sectionShortcuts.moveDown,
  promote: sectionShortcuts.promote,
  demote: sectionShortcuts.demote,
};

/** What a menu item or button says, and its key. */
export function actionLabel(action: SectionAction): { readonly name: string; readonly shortcut: string; readonly description: string } {
  const description = {
    moveUp: 'Move the section with its subclauses above the one before it',
    moveDown: 'Move the section with its subclauses below the one after it',
    promote: 'Promote the clause with its subclauses one level (6.2 becomes 7)',
    demote: 'Demote the clause with its subclauses one level (6.2 becomes 6.1.1)',
  }[action];
  return { name: names[action], shortcut: shortcutText(bindings[action]), description };
}

/** The command for an action on the section whose heading starts at `at`, or on the one holding the cursor. */
function commandFor(action: SectionAction, at: number | null): SectionCommand {
  switch (action) {
    case 'moveUp':
      return at === null ? moveSection('up') : moveSectionAt(at, 'up');
    case 'moveDown':
      return at === null ? moveSection('down') : moveSectionAt(at, 'down');
    case 'promote':
      return at === null ? shiftSectionLevel(-1) : shiftSectionLevelAt(at, -1);
    case 'demote':
      return at === null ? shiftSectionLevel(1) : shiftSectionLevelAt(at, 1);
  }
}

/** Whether the action would do anything now; nothing is changed. */
export function canRunAction(editor: Editor, action: SectionAction, at: number | null): boolean {
  return editor.isEditable && commandFor(action, at)(editor.state);
}

/** Runs the action; false when it was refused and nothing changed. */
export function runAction(editor: Editor, action: SectionAction, at: number | null): boolean {
  return editor.isEditable && commandFor(action, at)(editor.state, editor.view.dispatch);
}
