import type { Language } from './language';
import type { Master } from './project';

/** One language master frozen in an iteration, and its size. */
export interface IterationLanguage {
  readonly language: Language;
  /** Characters of text (not of its JSON). */
  readonly characters: number;
}

/** A dated, immutable snapshot of every language master, as the editor sent it out. */
export interface IterationSummary {
  /** 1, 2, 3 … in the order they were saved. */
  readonly number: number;
  /** "Output of the Geneva meeting". */
  readonly label: string;
  /** The SC's N-number or the SG's TD number ("N1234", "TD 56"); '' when it has none. */
  readonly documentNumber: string;
  /** The day the editor dated it, YYYY-MM-DD. */
  readonly date: string;
  /** Who saved it; '' when no name was given. */
  readonly editor: string;
  /** The moment it was saved (ISO 8601, UTC). */
  readonly createdAt: string;
  /** The masters it holds, in the order of the publication languages. */
  readonly languages: readonly IterationLanguage[];
  /** The iteration the working text had been started from when this one was saved; null when none. */
  readonly basedOn: number | null;
}

/** The project's iterations, and where its working text comes from. */
export interface IterationList {
  /** Newest first. */
  readonly iterations: readonly IterationSummary[];
  /** The iteration the working text was last started afresh from; null when it never was. */
  readonly workingBasedOn: number | null;
}

/** One language master as an iteration holds it: shaped as a master, so the editor shows it alike. */
export interface IterationMaster extends Master {
  readonly iteration: number;
}

/** What the editor says about an iteration when saving it. */
export interface NewIteration {
  readonly label: string;
  readonly documentNumber: string;
  /** YYYY-MM-DD; today in local time when not given. */
  readonly date?: string | undefined;
  readonly editor: string;
}
