import { create } from 'zustand';
import { createAppInfoSlice } from './appInfoSlice';
import { createExportSlice } from './exportSlice';
import { createIterationSlice } from './iterationSlice';
import { createMasterSlice } from './masterSlice';
import { createMetadataSlice } from './metadataSlice';
import { createNoticeSlice } from './noticeSlice';
import { createProjectSlice } from './projectSlice';
import { createRecentSlice } from './recentSlice';
import { createReviewSlice } from './reviewSlice';
import { createSaveStateSlice } from './saveStateSlice';
import type { StoreState } from './storeState';
import { createViewSlice } from './viewSlice';
import { createWordImportSlice } from './wordImportSlice';

/** The renderer's one store. Components select the narrow fields they show. */
export const useStore = create<StoreState>()((...creator) => ({
  ...createProjectSlice(...creator),
  ...createRecentSlice(...creator),
  ...createViewSlice(...creator),
  ...createNoticeSlice(...creator),
  ...createMasterSlice(...creator),
  ...createMetadataSlice(...creator),
  ...createSaveStateSlice(...creator),
  ...createAppInfoSlice(...creator),
  ...createWordImportSlice(...creator),
  ...createIterationSlice(...creator),
  ...createReviewSlice(...creator),
  ...createExportSlice(...creator),
}));
