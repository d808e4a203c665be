import type { Register } from '../../store/viewSlice';
import type { IconName } from '../../ui/Icon';

/** How the app presents one register of the project. */
export interface RegisterDescription {
  readonly label: string;
  readonly icon: IconName;
  /** What it holds, in one sentence. */
  readonly summary: string;
  /** What the editor will do with it. */
  readonly uses: readonly string[];
  /** Said when the register is empty. */
  readonly emptyTitle: string;
}

export const registerOrder: readonly Register[] = ['iterations', 'comments', 'defectReports', 'ballots'];

export const registers: Readonly<Record<Register, RegisterDescription>> = {
  iterations: {
    label: 'Iterations',
    icon: 'history',
    summary: 'Dated, immutable snapshots of the master text. Save an iteration to compare drafts with change marks.',
    uses: [
      'Every draft sent out for ballot or review is kept exactly as it was sent, with its date.',
      'Change marks show what changed since the previous iteration, as the editors’ guide requires.',
      'A timeline shows how the text moved from working draft to publication.',
    ],
    emptyTitle: 'No iteration saved yet',
  },
  comments: {
    label: 'Comments',
    icon: 'comment',
    summary: 'Ballot comments from national bodies and ITU-T members, with their dispositions.',
    uses: [
      'Import the ISO/IEC commenting template: member body, clause, type (ge, te, ed), comment and proposed change.',
      'Record a disposition for each: accepted, accepted in principle, noted, not accepted or withdrawn.',
      'Produce the Disposition of Comments report for the secretariats.',
    ],
    emptyTitle: 'No comment received yet',
  },
  defectReports: {
    label: 'Defect reports',
    icon: 'defect',
    summary: 'The defect reports received after publication, and the status of each.',
    uses: [
      'Each report with its submitter, the text concerned, the nature of the defect and the solution proposed.',
      'The editor’s response and the deadline for it.',
      'How each one ended: Technical Corrigendum, Amendment, record of response, or withdrawn.',
    ],
    emptyTitle: 'No defect report received yet',
  },
  ballots: {
    label: 'Ballots',
    icon: 'ballot',
    summary: 'Who voted what in each ballot, and whether the ballot passed under the rules.',
    uses: [
      'The votes of P-members: approve, approve with comments, disapprove with technical reasons, abstain.',
      'The JTC 1 test: at least two thirds of P-members in favour, and no more than a quarter of all votes negative.',
      'ITU-T approval under AAP (Last Call, Additional Review) or TAP.',
    ],
    emptyTitle: 'No ballot recorded yet',
  },
};
