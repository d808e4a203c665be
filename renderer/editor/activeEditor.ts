import type { Editor } from '@tiptap/react';
import { create } from 'zustand';

interface ActiveEditorState {
  /** The master editor on screen, for the panels that work on it (outline, find, problems); null when none. */
  readonly editor: Editor | null;
  setEditor(editor: Editor | null): void;
}

/**
 * The one master editor that is showing. The editor is a live object, not application state, so it
 * is kept apart from the main store; the panels beside the page read it from here.
 */
export const useActiveEditor = create<ActiveEditorState>((set) => ({
  editor: null,
  setEditor: (editor) => set({ editor }),
}));
