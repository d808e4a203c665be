import type { StateCreator } from 'zustand';
import type { AppInfoSlice } from './appInfoSlice';
import type { ExportSlice } from './exportSlice';
import type { IterationSlice } from './iterationSlice';
import type { MasterSlice } from './masterSlice';
import type { MetadataSlice } from './metadataSlice';
import type { NoticeSlice } from './noticeSlice';
import type { ProjectSlice } from './projectSlice';
import type { RecentSlice } from './recentSlice';
import type { ReviewSlice } from './reviewSlice';
import type { SaveStateSlice } from './saveStateSlice';
import type { ViewSlice } from './viewSlice';
import type { WordImportSlice } from './wordImportSlice';

/** The whole store: the union of its slices. */
export type StoreState = ProjectSlice &
  RecentSlice &
  ViewSlice &
  NoticeSlice &
  MasterSlice &
  MetadataSlice &
  SaveStateSlice &
  AppInfoSlice &
  WordImportSlice &
  IterationSlice &
  ReviewSlice &
  ExportSlice;

/** How each slice is built: it sees the whole store, and contributes its own part. */
export type SliceCreator<Slice> = StateCreator<StoreState, [], [], Slice>;
