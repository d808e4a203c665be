import { Extension } from '@tiptap/core';
import type { DropPlacement, MoveDirection } from './moveSection';
import { moveSection, moveSectionAt, moveSectionTo, shiftSectionLevel, shiftSectionLevelAt } from './moveSection';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    masterSectionCommands: {
      /**
       * Moves a section with its subclauses above the section before it or below the one after it:
       * the section whose heading starts at `at`, or else the innermost one holding the cursor.
       */
      moveSection: (direction: MoveDirection, at?: number) => ReturnType;
      /** Moves the section at `at` before the section at `target`, or after it, as its sibling (drag and drop). */
      moveSectionTo: (at: number, target: number, placement: DropPlacement) => ReturnType;
      /**
       * Promotes (-1) or demotes (+1) a clause with all its subclauses: the one whose heading starts
       * at `at`, or else the innermost one holding the cursor.
       */
      shiftSectionLevel: (by: 1 | -1, at?: number) => ReturnType;
    };
  }
}

/** The keys that move, promote and demote sections, as in Word's outline view. */
export const sectionShortcuts = {
  moveUp: 'Alt-Shift-ArrowUp',
  moveDown: 'Alt-Shift-ArrowDown',
  promote: 'Alt-Shift-ArrowLeft',
  demote: 'Alt-Shift-ArrowRight',
} as const;

/**
 * Moves, promotes and demotes whole sections (a clause with its subclauses, an annex with its
 * clauses), each in one undoable step. Numbers and cross-references follow by themselves, as they
 * are computed from the order of the blocks and point at ids.
 */
export const SectionCommands = Extension.create({
  name: 'sectionCommands',
  addCommands() {
    return {
      moveSection:
        (direction, at) =>
        ({ state, dispatch }) =>
          (at === undefined ? moveSection(direction) : moveSectionAt(at, direction))(state, dispatch),
      moveSectionTo:
        (at, target, placement) =>
        ({ state, dispatch }) =>
          moveSectionTo(at, target, placement)(state, dispatch),
      shiftSectionLevel:
        (by, at) =>
        ({ state, dispatch }) =>
          (at === undefined ? shiftSectionLevel(by) : shiftSectionLevelAt(at, by))(state, dispatch),
    };
  },
  addKeyboardShortcuts() {
    return {
      [sectionShortcuts.moveUp]: () => this.editor.commands.moveSection('up'),
      [sectionShortcuts.moveDown]: () => this.editor.commands.moveSection('down'),
      [sectionShortcuts.promote]: () => this.editor.commands.shiftSectionLevel(-1),
      [sectionShortcuts.demote]: () => this.editor.commands.shiftSectionLevel(1),
    };
  },
});
