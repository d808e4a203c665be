import type { ExportProgress } from '../domain/wordExport';
import type { ImportProgress } from '../domain/wordImport';

/** What the application menu asks the renderer to do; main sends, the renderer handles. */
export const menuCommands = [
  'project.new',
  'project.open',
  'project.close',
  'project.importWord',
  'project.properties',
  'iteration.save',
  'project.export',
  'project.exportSubmission',
  'view.toggleSidebar',
  'view.toggleContextPanel',
  'help.about',
] as const;

export type MenuCommand = (typeof menuCommands)[number];

/** File > Open Recent carries the path to open. */
export type MenuEvent = { readonly command: MenuCommand } | { readonly command: 'project.openRecent'; readonly path: string };

export const menuChannel = 'shell:menu-command';
/** Main asks the renderer to finish its work (save the last edits) before the window closes… */
export const beforeCloseChannel = 'shell:before-close';
/** …and the renderer answers on this channel once it has. */
export const closeReadyChannel = 'shell:close-ready';

/** How far a Word import has got, sent while `masters.importWord` or `project.createFromWord` runs. */
export const importProgressChannel = 'shell:import-progress';

/** How far a submission package has got, sent while `export.submission` runs. */
export const exportProgressChannel = 'shell:export-progress';

/** What main may tell the renderer beside answering calls: `window.shell` in the renderer. */
export interface ShellEvents {
  /** Subscribes to menu commands; returns the function that unsubscribes. */
  readonly onMenu: (listener: (event: MenuEvent) => void) => () => void;
  /**
   * Runs `handler` before the window closes; main waits for every handler (a few seconds at
   * most) so the last edits are saved. Returns the function that unsubscribes.
   */
  readonly onBeforeClose: (handler: () => Promise<unknown>) => () => void;
  /** Subscribes to the progress of a Word import; returns the function that unsubscribes. */
  readonly onImportProgress: (listener: (progress: ImportProgress) => void) => () => void;
  /** Subscribes to the progress of a submission package's export; returns the function that unsubscribes. */
  readonly onExportProgress: (listener: (progress: ExportProgress) => void) => () => void;
}
