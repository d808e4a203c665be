import type { IterationSummary } from '../../../shared/domain/iteration';
import { iterationLine } from '../../../shared/domain/iterationLine';
import type { Language } from '../../../shared/domain/language';
import type { ExportedTextChoice } from '../../../shared/domain/wordExport';

/** One entry of a select: its value as the select holds it, and what it shows. */
export interface TextOption {
  readonly value: string;
  readonly label: string;
}

/** The select's value for a text: "working" or the iteration's number. */
export const textValue = (text: ExportedTextChoice): string => String(text);
export const textFromValue = (value: string): ExportedTextChoice => (value === 'working' ? 'working' : Number(value));

/** The iterations (newest first) holding `language`; every one when no language is given (a package holds them all). */
function holding(iterations: readonly IterationSummary[], language: Language | null): readonly IterationSummary[] {
  return language === null
    ? iterations
    : iterations.filter((iteration) => iteration.languages.some((entry) => entry.language === language));
}

/** The texts that can be exported: the working text, then the iterations, newest first, as the sidebar lists them. */
export function textOptions(iterations: readonly IterationSummary[], language: Language | null): TextOption[] {
  return [
    { value: 'working', label: 'The working text, as it is now' },
    ...holding(iterations, language).map((iteration) => ({
      value: String(iteration.number),
      label: `Iteration ${iterationLine(iteration)}`,
    })),
  ];
}

/** The iterations change marks can count from: those older than the text exported. */
export function marksOptions(iterations: readonly IterationSummary[], text: ExportedTextChoice, language: Language | null): TextOption[] {
  return holding(iterations, language)
    .filter((iteration) => text === 'working' || iteration.number < text)
    .map((iteration) => ({ value: String(iteration.number), label: `Since iteration ${iterationLine(iteration)}` }));
}

/** `text` when it is still one of `options`, else the working text (the list changed with the language). */
export function availableText(text: ExportedTextChoice, options: readonly TextOption[]): ExportedTextChoice {
  return options.some((option) => option.value === textValue(text)) ? text : 'working';
}

/** `since` when it is still one of `options`, else no marks (the text chosen is older than it). */
export function availableSince(since: number | null, options: readonly TextOption[]): number | null {
  return since !== null && options.some((option) => option.value === String(since)) ? since : null;
}
