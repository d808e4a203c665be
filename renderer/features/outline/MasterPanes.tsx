import type { Editor } from '@tiptap/react';
import type { ReactNode } from 'react';
import { ChangesPanel } from '../changes/ChangesPanel';
import { OutlinePanel } from './OutlinePanel';
import { ProblemsPanel } from './ProblemsPanel';
import { SidePane } from './SidePane';
import '../../styles/outline.css';

interface MasterPanesProps {
  readonly editor: Editor;
  /** The project summary, folded away below. */
  readonly summary: ReactNode;
}

/** The context panel beside a master: its outline, its problems, its changes since an iteration, and the project summary. */
export function MasterPanes({ editor, summary }: MasterPanesProps) {
  return (
    <div className="contextPanel-panes">
      <OutlinePanel editor={editor} />
      <ProblemsPanel editor={editor} />
      <ChangesPanel editor={editor} />
      <SidePane name="summary" title="Project summary" initiallyExpanded={false}>
        <div className="sidePane-summaryBody">{summary}</div>
      </SidePane>
    </div>
  );
}
