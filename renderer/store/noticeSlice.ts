import { messageOf } from '../ui/messageOf';
import type { SliceCreator } from './storeState';

export type NoticeTone = 'error' | 'info';

/** A message for the user that stays until dismissed (errors) or for a few seconds (information). */
export interface Notice {
  readonly id: number;
  readonly tone: NoticeTone;
  readonly message: string;
}

export interface NoticeSlice {
  readonly notices: readonly Notice[];
  notify(message: string, tone?: NoticeTone): void;
  /** Shows a failure in the user's words: the message main wrote, or what the renderer knows. */
  reportError(error: unknown): void;
  dismissNotice(id: number): void;
  clearNotices(): void;
}

const infoLifetime = 6000;
/** More than this and the oldest go: a stack of twenty alerts helps nobody. */
const maxNotices = 4;

export const createNoticeSlice: SliceCreator<NoticeSlice> = (set, get) => {
  let nextId = 1;
  return {
    notices: [],
    notify: (message, tone = 'info') => {
      const id = nextId++;
      // The same message twice in a row is one notice.
      const rest = get().notices.filter((notice) => notice.message !== message);
      set({ notices: [...rest, { id, tone, message }].slice(-maxNotices) });
      if (tone === 'info') setTimeout(() => get().dismissNotice(id), infoLifetime);
    },
    reportError: (error) => get().notify(messageOf(error), 'error'),
    dismissNotice: (id) => set({ notices: get().notices.filter((notice) => notice.id !== id) }),
    clearNotices: () => set({ notices: [] }),
  };
};
