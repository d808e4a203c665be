import { z } from 'zod';
import type { IterationList, IterationMaster, IterationSummary } from '../domain/iteration';
import type { ReviewBase } from '../domain/reviewBase';
import type { Master, MasterSummary, ProjectSnapshot, RecentProject } from '../domain/project';
import type { ExportSummary, SubmissionFile } from '../domain/wordExport';
import type { ImportReport } from '../domain/wordImport';
import type { ChannelName } from './channelNames';
import { channelNames } from './channelNames';
import type { Result } from './result';
import {
  documentSchema,
  exportNameSchema,
  filePath,
  iterationNumberSchema,
  languageSchema,
  masterExportSchema,
  metadataSchema,
  newIterationSchema,
  newProjectSchema,
  noArguments,
  submissionExportSchema,
  trackedChangesSchema,
} from './schemas';

/** One channel: its argument schema, and (as a type only) what it returns. */
export interface Channel<Args extends z.ZodType, Value> {
  readonly args: Args;
  /** Never set: carries the result type for the compiler. */
  readonly value?: Value;
}

function channel<Value>() {
  return <Args extends z.ZodType>(args: Args): Channel<Args, Value> => ({ args });
}

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  /** Null where the handlers run outside Electron (CLI, tests, the browser harness). */
  readonly electron: string | null;
  readonly node: string;
  readonly sqlite: string;
  readonly schemaVersion: number;
}

export interface ChosenPath {
  /** Null when the user cancelled the dialog. */
  readonly path: string | null;
}

/** A Word document imported as a master: the project as it now is, and what the import found. */
export interface ImportedMaster {
  readonly snapshot: ProjectSnapshot;
  readonly report: ImportReport;
}

/** The project once the working text has been started afresh from an iteration: its masters and its iterations. */
export interface StartedFromIteration {
  readonly snapshot: ProjectSnapshot;
  readonly list: IterationList;
}

/** The iteration just saved, and the project with it. */
export interface SavedIteration extends StartedFromIteration {
  readonly iteration: IterationSummary;
}

/** The conventional name of an exported file: "ISO-IEC-9594-1_X.500_DIS_2026-11-22_marked-since-3.docx". */
export interface ExportFileName {
  readonly fileName: string;
}

/** A master written as a .docx: where, what it holds, and which texts it was made from. */
export interface ExportedMaster {
  /** The file written, as an absolute path. */
  readonly path: string;
  readonly summary: ExportSummary;
  /** "the working text", "iteration 2 (2026-11-22)". */
  readonly textName: string;
  /** The text the change marks count from ("iteration 1 (2026-10-01)"); null for a clean text. */
  readonly sinceName: string | null;
}

/** A submission package written: its folder and its ZIP (absolute paths), and the files in both. */
export interface ExportedSubmission {
  readonly folder: string;
  readonly zip: string;
  readonly files: readonly SubmissionFile[];
}

/** What a Word import needs beside the file: the master's language and what to do with tracked changes. */
const wordImportOptions = { source: filePath, language: languageSchema, trackedChanges: trackedChangesSchema };

/**
 * Every call the renderer can make of main, declared once. The preload exposes one function
 * per key on `window.api`; main registers one handler per key and validates `args` first.
 */
export const contract = {
  'app.info': channel<AppInfo>()(noArguments),

  'project.create': channel<ProjectSnapshot>()(z.strictObject({ path: filePath, metadata: newProjectSchema })),
  'project.open': channel<ProjectSnapshot>()(z.strictObject({ path: filePath })),
  'project.close': channel<null>()(noArguments),
  'project.current': channel<ProjectSnapshot | null>()(noArguments),
  'project.updateMetadata': channel<ProjectSnapshot>()(z.strictObject({ metadata: metadataSchema })),
  /** Creates a project at `path` from the Word document `source`, its title and numbers read from the title block. */
  'project.createFromWord': channel<ImportedMaster>()(z.strictObject({ path: filePath, ...wordImportOptions })),

  'masters.add': channel<ProjectSnapshot>()(z.strictObject({ language: languageSchema })),
  'masters.get': channel<Master>()(z.strictObject({ language: languageSchema })),
  'masters.save': channel<MasterSummary>()(z.strictObject({ language: languageSchema, content: documentSchema })),
  /** Imports the Word document `source` as the master of `language`; a master with text is replaced only when `replace` is true. */
  'masters.importWord': channel<ImportedMaster>()(z.strictObject({ ...wordImportOptions, replace: z.boolean() })),

  /** Every iteration, newest first, and the one the working text was last started from. */
  'iterations.list': channel<IterationList>()(noArguments),
  /** Freezes every language master (as saved: the renderer saves what is typed first) as the next iteration. */
  'iterations.save': channel<SavedIteration>()(newIterationSchema),
  /** One language master as an iteration froze it. */
  'iterations.master': channel<IterationMaster>()(z.strictObject({ number: iterationNumberSchema, language: languageSchema })),
  /** Replaces the working masters by an iteration's texts; the iterations stay as they are. */
  'iterations.restore': channel<StartedFromIteration>()(z.strictObject({ number: iterationNumberSchema })),
  /** What the working master's change marks count from: the latest iteration with the changes accepted since; null with no iteration. */
  'changes.base': channel<ReviewBase | null>()(z.strictObject({ language: languageSchema })),
  /** Keeps the base with the changes just accepted (the iteration itself never changes). */
  'changes.accept': channel<null>()(
    z.strictObject({ language: languageSchema, iteration: iterationNumberSchema, content: documentSchema }),
  ),

  /** The conventional file name of a master's export, for the save dialog to suggest. */
  'export.suggestedName': channel<ExportFileName>()(exportNameSchema),
  /** Writes one master as a .docx at `path`; the file appears only once complete, so a failure leaves what was there. */
  'export.master': channel<ExportedMaster>()(masterExportSchema),
  /** Writes the submission package (a folder and a ZIP) into `folder`, with progress events as it goes. */
  'export.submission': channel<ExportedSubmission>()(submissionExportSchema),

  'recent.list': channel<readonly RecentProject[]>()(noArguments),
  'recent.remove': channel<readonly RecentProject[]>()(z.strictObject({ path: filePath })),

  'dialog.chooseProjectToOpen': channel<ChosenPath>()(noArguments),
  'dialog.chooseNewProjectPath': channel<ChosenPath>()(z.strictObject({ suggestedName: z.string().max(255) })),
  'dialog.chooseWordDocument': channel<ChosenPath>()(noArguments),
  /** Where to save an exported .docx, `suggestedName` offered. */
  'dialog.chooseExportPath': channel<ChosenPath>()(z.strictObject({ suggestedName: z.string().max(255) })),
  /** The folder a submission package goes into. */
  'dialog.chooseExportFolder': channel<ChosenPath>()(noArguments),
  /** A .docx or .dotx whose styles an export uses. */
  'dialog.chooseTemplate': channel<ChosenPath>()(noArguments),
} as const satisfies Record<ChannelName, Channel<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type { ChannelName };
export { channelNames };

/** What the renderer passes: the schema's input type. */
export type ArgsOf<K extends ChannelName> = z.input<Contract[K]['args']>;
/** What a handler receives: the schema's output type, after validation. */
export type ValidArgsOf<K extends ChannelName> = z.output<Contract[K]['args']>;
export type ValueOf<K extends ChannelName> = Contract[K] extends Channel<z.ZodType, infer Value> ? Value : never;

/** The shape of `window.api`. */
export type Api = { readonly [K in ChannelName]: (args: ArgsOf<K>) => Promise<Result<ValueOf<K>>> };

/** The shape of the handler table that main, the CLI and the tests share. */
export type Handlers = { readonly [K in ChannelName]: (args: ValidArgsOf<K>) => ValueOf<K> | Promise<ValueOf<K>> };

/** Channels that need the desktop shell (native dialogs); everything else runs in the core. */
export type ShellChannelName = Extract<ChannelName, `dialog.${string}`>;
export type CoreChannelName = Exclude<ChannelName, ShellChannelName>;
export type CoreHandlers = Pick<Handlers, CoreChannelName>;
export type ShellHandlers = Pick<Handlers, ShellChannelName>;
