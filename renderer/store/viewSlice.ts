import type { Language } from '../../shared/domain/language';
import type { RegisterCounts } from '../../shared/domain/project';
import type { SliceCreator } from './storeState';

/** The registers a project keeps beside its masters. */
export type Register = keyof RegisterCounts;

/** What the main area shows. */
export type View =
  | { readonly kind: 'metadata' }
  | { readonly kind: 'master'; readonly language: Language }
  /** An iteration's master in one language, read-only. */
  | { readonly kind: 'iteration'; readonly number: number; readonly language: Language }
  | { readonly kind: 'register'; readonly register: Register };

export type Dialog = 'newProject' | 'about' | 'importWord' | 'importReport' | 'saveIteration' | 'exportMaster' | 'exportSubmission';

export interface ViewSlice {
  readonly view: View;
  readonly sidebarVisible: boolean;
  readonly contextPanelVisible: boolean;
  readonly dialog: Dialog | null;
  /** Saves what the editor still holds, then shows the view (loading a master's or an iteration's text when needed). */
  showView(view: View): Promise<void>;
  toggleSidebar(): void;
  toggleContextPanel(): void;
  openDialog(dialog: Dialog): void;
  closeDialog(): void;
}

export function sameView(a: View, b: View): boolean {
  switch (a.kind) {
    case 'metadata':
      return b.kind === 'metadata';
    case 'master':
      return b.kind === 'master' && b.language === a.language;
    case 'iteration':
      return b.kind === 'iteration' && b.number === a.number && b.language === a.language;
    case 'register':
      return b.kind === 'register' && b.register === a.register;
  }
}

export const createViewSlice: SliceCreator<ViewSlice> = (set, get) => ({
  view: { kind: 'metadata' },
  sidebarVisible: true,
  // A narrow window gives the page the room; the panel is one click (or Ctrl+Alt+B) away.
  contextPanelVisible: window.innerWidth >= 1180,
  dialog: null,
  showView: async (view) => {
    const { master, masterLoading, iterationMaster, iterationLoading } = get();
    const loaded =
      view.kind === 'master' ? master || masterLoading : view.kind === 'iteration' ? iterationMaster || iterationLoading : true;
    if (sameView(get().view, view) && loaded) return;
    await get().flushMaster();
    set({ view });
    if (view.kind !== 'iteration') get().unloadIterationMaster();
    if (view.kind !== 'master') get().unloadMaster();
    if (view.kind === 'master') await get().loadMaster(view.language);
    else if (view.kind === 'iteration') await get().loadIterationMaster(view.number, view.language);
  },
  toggleSidebar: () => set({ sidebarVisible: !get().sidebarVisible }),
  toggleContextPanel: () => set({ contextPanelVisible: !get().contextPanelVisible }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
});
