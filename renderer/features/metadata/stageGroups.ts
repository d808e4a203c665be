import type { Stage } from '../../../shared/domain/stage';

/** The stages as the Stage list groups them: the deliverable each belongs to. */
export const stageGroups: readonly { readonly label: string; readonly stages: readonly Stage[] }[] = [
  { label: 'Standard', stages: ['PWI', 'NP', 'WD', 'CD', 'DIS', 'FDIS', 'IS'] },
  { label: 'Amendment', stages: ['PDAM', 'DAM', 'FDAM', 'AMD'] },
  { label: 'Corrigendum', stages: ['DCOR', 'COR'] },
];
