import type { Api } from '../shared/contract/contract';
import type { ShellEvents } from '../shared/contract/shellEvents';

declare global {
  interface Window {
    /** The calls to main, one function per contract key (set by the preload; only renderer/api.ts uses it). */
    readonly api: Api;
    /** What main tells the renderer unasked: menu commands, import and export progress (only renderer/api.ts uses it). */
    readonly shell: ShellEvents;
  }
}

export {};
