/**
 * The JTC 1 document stages a common text passes through (ISO/IEC Directives, Part 1),
 * for a Standard and for an Amendment.
 */
export const stages = ['PWI', 'NP', 'WD', 'CD', 'DIS', 'FDIS', 'IS', 'PDAM', 'DAM', 'FDAM', 'AMD', 'DCOR', 'COR'] as const;

export type Stage = (typeof stages)[number];

export const stageNames: Readonly<Record<Stage, string>> = {
  PWI: 'Preliminary work item',
  NP: 'New work item proposal',
  WD: 'Working draft',
  CD: 'Committee draft',
  DIS: 'Draft International Standard',
  FDIS: 'Final Draft International Standard',
  IS: 'International Standard',
  PDAM: 'Proposed draft amendment',
  DAM: 'Draft amendment',
  FDAM: 'Final draft amendment',
  AMD: 'Amendment',
  DCOR: 'Draft technical corrigendum',
  COR: 'Technical corrigendum',
};

export function isStage(value: string): value is Stage {
  return (stages as readonly string[]).includes(value);
}
