/** What the application menu asks the renderer to do; main sends, the renderer handles. */
export const menuCommands = [
  'project.new',
  'project.open',
  'project.close',
  'project.properties',
  'view.toggleSidebar',
  'view.toggleContextPanel',
  'help.about',
] as const;

export type MenuCommand = (typeof menuCommands)[number];

/** File > Open Recent carries the path to open. */
export type MenuEvent = { readonly command: MenuCommand } | { readonly command: 'project.openRecent'; readonly path: string };

export const menuChannel = 'menu:command';

/** What main may tell the renderer beside answering calls: `window.shell` in the renderer. */
export interface ShellEvents {
  /** Subscribes to menu commands; returns the function that unsubscribes. */
  readonly onMenu: (listener: (event: MenuEvent) => void) => () => void;
}
