import { z } from 'zod';
import { calendarDateProblem } from '../domain/calendarDate';
import { languages } from '../domain/language';
import { isoNumberPattern, ituNumberPattern } from '../domain/projectMetadata';
import { stages } from '../domain/stage';
import { marksStyles } from '../domain/wordExport';
import { trackedChangesChoices } from '../domain/wordImport';
import { documentShapeProblem } from './documentShape';

const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);

/** A path chosen by the user; main resolves it, this only rules out nonsense. */
export const filePath = z
  .string()
  .min(1, 'Choose a file.')
  .max(4096, 'The path is too long.')
  .refine((value) => !value.includes('\0'), 'The path contains a null character.');

export const editorSchema = z.strictObject({
  name: text(200).min(1, 'Give the editor a name.'),
  affiliation: text(200),
  email: text(320).refine((value) => value === '' || /^[^\s@]+@[^\s@]+$/.test(value), 'Enter an e-mail address.'),
});

export const metadataSchema = z.strictObject({
  ituNumber: text(40).refine((value) => value === '' || ituNumberPattern.test(value), 'Write the ITU-T number as e.g. X.500.'),
  isoNumber: text(40).refine((value) => value === '' || isoNumberPattern.test(value), 'Write the ISO/IEC number as e.g. 9594-1.'),
  title: text(1000).min(1, 'Give the text a title.'),
  edition: text(40),
  stage: z.enum(stages).nullable(),
  studyGroup: text(40),
  question: text(40),
  subcommittee: text(40),
  workingGroup: text(40),
  projectNumber: text(80),
  editors: z.array(editorSchema).max(50, 'A text has at most 50 editors.'),
});

/** What a new project needs: a title, and the numbers when known. */
export const newProjectSchema = metadataSchema.partial().extend({ title: metadataSchema.shape.title });

export const languageSchema = z.enum(languages);

export const trackedChangesSchema = z.enum(trackedChangesChoices);

/** A ProseMirror node as JSON; the editor's schema checks the rest. */
export interface DocumentNodeInput {
  type: string;
  content?: DocumentNodeInput[];
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/**
 * A whole master as ProseMirror JSON, checked by shape (see documentShape.ts) without recursion.
 * The editor sends it as JSON text: a string crosses the process boundary in a copy, where a
 * 300-page object graph costs the renderer tens of milliseconds to clone; main parses it.
 */
export const documentSchema = z
  .custom<DocumentNodeInput | string>(() => true)
  .transform((input, context) => {
    let value: unknown = input;
    if (typeof input === 'string') {
      try {
        value = JSON.parse(input);
      } catch (error) {
        context.addIssue({ code: 'custom', message: `The text is not valid JSON: ${(error as Error).message}` });
        return z.NEVER;
      }
    }
    const problem = documentShapeProblem(value);
    if (problem) {
      context.addIssue({ code: 'custom', message: problem.message, path: [...problem.path] });
      return z.NEVER;
    }
    return value as DocumentNodeInput;
  });

export const noArguments = z.strictObject({});

/** A day on the calendar, written YYYY-MM-DD: "2026-11-22" (not "2026-02-30", not "22/11/2026"). */
export const calendarDateSchema = z
  .string()
  .trim()
  .superRefine((value, context) => {
    const problem = calendarDateProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** What the editor says about an iteration when saving it; the date is today (local time) when not given. */
export const newIterationSchema = z.strictObject({
  label: text(200).min(1, 'Give the iteration a label, e.g. “Output of the Geneva meeting”.'),
  documentNumber: text(40).default(''),
  date: calendarDateSchema.optional(),
  editor: text(200).default(''),
});

/** An iteration's number: 1, 2, 3 … */
export const iterationNumberSchema = z
  .number({ error: 'Give the number of an iteration.' })
  .int('An iteration number is a whole number.')
  .min(1, 'Iterations are numbered from 1.')
  .max(1_000_000, 'There is no iteration with so high a number.');

/** The text of a master to export: the working text, or an iteration by its number. */
export const exportedTextSchema = z.union([z.literal('working'), iterationNumberSchema], {
  error: 'Choose the working text or an iteration.',
});

export const marksStyleSchema = z.enum(marksStyles);

/** Change marks count from an iteration older than the text they mark. */
function marksFromAnOlderText(value: { text: 'working' | number; marksSince?: number | undefined }, context: z.RefinementCtx): void {
  if (value.marksSince !== undefined && value.text !== 'working' && value.marksSince >= value.text) {
    context.addIssue({
      code: 'custom',
      path: ['marksSince'],
      message: `Change marks count from an iteration older than the text: choose one before iteration ${value.text}.`,
    });
  }
}

/** Which text is exported, and the iteration its change marks count from (none: a clean text). */
const exportedText = { text: exportedTextSchema, marksSince: iterationNumberSchema.optional() };

/** What the conventional name of an exported master depends on. */
export const exportNameSchema = z.strictObject({ language: languageSchema, ...exportedText }).superRefine(marksFromAnOlderText);

/** One master exported as a .docx written to `path`; `templatePath` replaces the built-in template's styles. */
export const masterExportSchema = z
  .strictObject({
    path: filePath,
    language: languageSchema,
    ...exportedText,
    marksStyle: marksStyleSchema,
    templatePath: filePath.optional(),
  })
  .superRefine(marksFromAnOlderText);

/** A submission package written into `folder`. */
export const submissionExportSchema = z
  .strictObject({ folder: filePath, ...exportedText, templatePath: filePath.optional() })
  .superRefine(marksFromAnOlderText);
