import { designation } from '../../../shared/domain/projectMetadata';
import { stageNames } from '../../../shared/domain/stage';
import { useStore } from '../../store/store';
import { SummaryRow } from './SummaryRow';

/** Which text this is, at which stage, and the groups that own it. */
export function IdentitySummary() {
  const metadata = useStore((state) => state.snapshot?.metadata);
  if (!metadata) return null;
  const itu = [metadata.studyGroup && `Study Group ${metadata.studyGroup}`, metadata.question && `Question ${metadata.question}`]
    .filter(Boolean)
    .join(' · ');
  const jtc1 = metadata.subcommittee
    ? `JTC 1/SC ${metadata.subcommittee}${metadata.workingGroup ? `/WG ${metadata.workingGroup}` : ''}`
    : '';
  return (
    <section className="summarySection">
      <p className="summary-designation">{designation(metadata)}</p>
      <p className="summary-title">{metadata.title}</p>
      <dl className="summaryList">
        <SummaryRow term="Stage">
          {metadata.stage ? (
            <>
              <span className="pill pill-stage">{metadata.stage}</span> {stageNames[metadata.stage]}
            </>
          ) : null}
        </SummaryRow>
        <SummaryRow term="Edition">{metadata.edition}</SummaryRow>
        <SummaryRow term="ITU-T group">{itu}</SummaryRow>
        <SummaryRow term="JTC 1 group">{jtc1}</SummaryRow>
        <SummaryRow term="Project no.">{metadata.projectNumber}</SummaryRow>
      </dl>
    </section>
  );
}
