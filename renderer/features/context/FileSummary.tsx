import { languageInfo } from '../../../shared/domain/language';
import { useStore } from '../../store/store';
import { formatDateTime } from '../../ui/formatDateTime';
import { SummaryRow } from './SummaryRow';

/** Where the project lives and what it holds. */
export function FileSummary() {
  const path = useStore((state) => state.snapshot?.path ?? '');
  const createdAt = useStore((state) => state.snapshot?.createdAt ?? '');
  const updatedAt = useStore((state) => state.snapshot?.updatedAt ?? '');
  const schemaVersion = useStore((state) => state.snapshot?.schemaVersion ?? 0);
  const languages = useStore((state) => state.snapshot?.masters.map((master) => languageInfo[master.language].name).join(', ') ?? '');
  return (
    <section className="summarySection">
      <h3 className="summarySection-heading">File</h3>
      <p className="summary-path" title={path}>
        {path}
      </p>
      <dl className="summaryList">
        <SummaryRow term="Masters">{languages}</SummaryRow>
        <SummaryRow term="Created">{formatDateTime(createdAt)}</SummaryRow>
        <SummaryRow term="Changed">{formatDateTime(updatedAt)}</SummaryRow>
        <SummaryRow term="Format">{`Project file, schema ${schemaVersion}`}</SummaryRow>
      </dl>
    </section>
  );
}
