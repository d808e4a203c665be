import type { FieldIssue } from '../../shared/contract/result';
import type { ProjectMetadata } from '../../shared/domain/projectMetadata';
import { ApiError, call } from '../api';
import { messageOf } from '../ui/messageOf';
import type { SliceCreator } from './storeState';

/** A failed save of the properties, as main explained it. */
export interface MetadataFailure {
  readonly message: string;
  /** Field paths as in the form: "ituNumber", "editors.0.email". */
  readonly issues: readonly FieldIssue[];
}

export interface MetadataSlice {
  /** The properties as edited and not yet saved; null when the form shows what is saved. */
  readonly metadataDraft: ProjectMetadata | null;
  readonly metadataFailure: MetadataFailure | null;
  editMetadata(draft: ProjectMetadata): void;
  discardMetadataDraft(): void;
  /** Saves the draft; true when main accepted it. */
  saveMetadata(): Promise<boolean>;
}

const prefix = 'metadata.';

export const createMetadataSlice: SliceCreator<MetadataSlice> = (set, get) => ({
  metadataDraft: null,
  metadataFailure: null,
  editMetadata: (metadataDraft) => set({ metadataDraft, metadataFailure: null }),
  discardMetadataDraft: () => set({ metadataDraft: null, metadataFailure: null }),
  saveMetadata: async () => {
    const draft = get().metadataDraft;
    if (!draft) return true;
    get().setSaveState({ kind: 'saving' });
    try {
      const metadata = { ...draft, editors: draft.editors.map((editor) => ({ ...editor })) };
      const snapshot = await call('project.updateMetadata', { metadata });
      get().replaceSnapshot(snapshot);
      set({ metadataDraft: null, metadataFailure: null });
      get().setSaveState({ kind: 'saved', at: new Date() });
      void get().loadRecent();
      return true;
    } catch (error) {
      const issues = (error instanceof ApiError ? error.issues : []).map((issue) => ({
        field: issue.field.startsWith(prefix) ? issue.field.slice(prefix.length) : issue.field,
        message: issue.message,
      }));
      set({ metadataFailure: { message: messageOf(error), issues } });
      get().setSaveState({ kind: 'failed', reason: messageOf(error) });
      return false;
    }
  },
});
