import type { Language } from '../../shared/domain/language';
import type { DocumentJson } from '../../shared/domain/project';
import type { ReviewBase } from '../../shared/domain/reviewBase';
import { call } from '../api';
import type { SliceCreator } from './storeState';

export interface ReviewSlice {
  /** What the working master's change marks count from; null when the project has no iteration. */
  loadReviewBase(language: Language): Promise<ReviewBase | null>;
  /** An iteration's text of one language, to compare another with; null when it cannot be read (the error is shown). */
  loadIterationText(number: number, language: Language): Promise<DocumentJson | null>;
  /** Keeps the base with the changes just accepted, so their marks stay gone. */
  acceptIntoReviewBase(language: Language, iteration: number, content: DocumentJson): Promise<void>;
}

export const createReviewSlice: SliceCreator<ReviewSlice> = (_set, get) => ({
  loadReviewBase: async (language) => {
    try {
      return await call('changes.base', { language });
    } catch (error) {
      get().reportError(error);
      return null;
    }
  },
  loadIterationText: async (number, language) => {
    try {
      return (await call('iterations.master', { number, language })).content;
    } catch (error) {
      get().reportError(error);
      return null;
    }
  },
  acceptIntoReviewBase: async (language, iteration, content) => {
    try {
      // As JSON text, as a master is saved: the contract checks its shape either way.
      await call('changes.accept', { language, iteration, content: JSON.stringify(content) });
    } catch (error) {
      get().reportError(error);
    }
  },
});
